/* The results charts' tooltip box: a heading and one line per series, with its colour. */

export type ChartTipItem = { readonly key: string; readonly colour: string; readonly text: string };

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
            <span className="chart-tip-swatch" style={{ background: item.colour }} />
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
