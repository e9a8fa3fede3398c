import type { ReactNode } from 'react';
import { useT } from '../i18n/translate';

/**
 * A wide table that scrolls sideways on a phone: focusable so a keyboard can scroll it, and a
 * named region so a screen reader says what it is (Adrian Roselli's responsive table pattern).
 */
export function TableScroll({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <p className="scroll-hint" aria-hidden="true">
        {t('Swipe the table sideways to see every column.')}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" aria-label={label} tabIndex={0}>
        {children}
      </section>
    </>
  );
}
