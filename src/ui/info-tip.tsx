import { type ReactNode, useId } from 'react';

/**
 * A one-line explanation shown on hover and on keyboard focus of its trigger (CSS does the
 * showing; the text is always the trigger's accessible description).
 */
export function InfoTip({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  const id = useId();
  return (
    <span className="info-tip">
      <button
        type="button"
        className="info-tip-trigger"
        aria-label={`About ${label}`}
        aria-describedby={id}
      >
        ?
      </button>
      <span role="tooltip" id={id} className="info-tip-text">
        {children}
      </span>
    </span>
  );
}
