import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/translate';

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
  const t = useT();
  const id = useId();
  return (
    <span className="info-tip">
      <button
        type="button"
        className="info-tip-trigger"
        aria-label={t('About {label}', { label })}
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
