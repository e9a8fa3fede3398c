import type { Translate, TranslationValues } from '../i18n/translate';

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
/** LEFT-TO-RIGHT, RIGHT-TO-LEFT and FIRST STRONG ISOLATE: each opens an isolate a PDI closes. */
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * A typed name for an attribute (aria-label, title), where no <bdi> can go: wrapped in the
 * Unicode isolates FSI … PDI, so that it turns only itself around. A PDI in the name that
 * closes nothing the name opened is dropped, or it would end the isolate early and let what
 * follows it (an override) reach the sentence; the closing PDI ends anything the name left open.
 */
export function isolateName(name: string): string {
  let open = 0;
  let kept = '';
  for (const character of name) {
    if (ISOLATE_OPENERS.has(character)) open++;
    else if (character === POP_DIRECTIONAL_ISOLATE) {
      if (open === 0) continue;
      open--;
    }
    kept += character;
  }
  return `${FIRST_STRONG_ISOLATE}${kept}${POP_DIRECTIONAL_ISOLATE}`;
}

/**
 * A translated sentence for an attribute (aria-label, title) with each typed name isolated
 * (isolateName): the attribute's counterpart of withNames.
 */
export function labelWithNames(
  t: Translate,
  text: string,
  values: TranslationValues,
  nameKeys: readonly string[] = ['name'],
): string {
  const isolated: Record<string, string | number> = { ...values };
  for (const key of nameKeys) {
    const value = values[key];
    if (value !== undefined) isolated[key] = isolateName(String(value));
  }
  return t(text, isolated);
}
