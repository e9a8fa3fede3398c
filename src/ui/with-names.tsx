import type { ReactNode } from 'react';
import type { Translate, TranslationValues } from '../i18n/translate';

/** Stands in for a name while the sentence is translated; no template or name holds it. */
const MARK = '\u0000';

/**
 * A translated sentence with the user's own words (estimate, package, stream and variant
 * names) each in a <bdi>, so that a name written right to left, or holding direction-override
 * characters, turns only itself around and never the sentence it sits in (issue 14).
 * `nameKeys` are the placeholders that hold typed names; the other values are the page's own.
 */
export function withNames(
  t: Translate,
  text: string,
  values: TranslationValues,
  nameKeys: readonly string[] = ['name'],
): ReactNode {
  const marked: Record<string, string | number> = { ...values };
  for (const key of nameKeys) if (key in values) marked[key] = `${MARK}${key}${MARK}`;
  return t(text, marked)
    .split(MARK)
    .map((part, index) =>
      // The split leaves the placeholders' keys at the odd places; each names one value.
      index % 2 === 1 ? <bdi key={part}>{values[part]}</bdi> : part,
    );
}
