import { type LegendMark, LegendMarkIcon } from '../../ui/chart-legend';

/* The results charts' tooltip box: a heading and one line per series, with its legend mark. */

export type ChartTipItem = {
  readonly key: string;
  readonly mark: LegendMark;
  readonly text: string;
};

export function ChartTip({
  label,
  items,
}: {
  readonly label: string;
  readonly items: readonly ChartTipItem[];
}) {
  return (
    <div className="chart-tip">
      <p className="chart-tip-label">{label}</p>
      <ul className="chart-tip-list">
        {items.map((item) => (
          <li key={item.key}>
            <LegendMarkIcon mark={item.mark} />
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
