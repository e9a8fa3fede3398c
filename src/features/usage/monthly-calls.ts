import { addMonths, formatIsoMonth, generateCalls, parseIsoMonth } from '../../engine';
import { formatMonth } from '../../i18n/format';
import { t } from '../../i18n/translate';
import type { StreamDraft } from '../../store/draft';

/* The months of the horizon as the stream editors show them, and switching how calls are given. */

/** "Mar 2027" for each month of the horizon; "Month 3" while the start month is not a real month. */
export function horizonMonthLabels(start: string, months: number): string[] {
  const first = parseIsoMonth(start.trim());
  return Array.from({ length: months }, (_, index) =>
    first
      ? formatMonth(formatIsoMonth(addMonths(first, index)))
      : t('Month {number}', { number: index + 1 }),
  );
}

/**
 * The typed months when a stream switches from generated to typed: the generated numbers, so
 * nothing the user saw is lost; the typed months kept as they were while the generator is invalid.
 */
export function typedCallsFromGenerator(
  stream: Pick<StreamDraft, 'generator' | 'typedCalls'>,
  start: string,
  months: number | null,
): string[] {
  if (months === null) return [...stream.typedCalls];
  const generated = generateCalls(stream.generator, start, months);
  return 'calls' in generated ? generated.calls.map(String) : [...stream.typedCalls];
}

/**
 * The generator when a stream switches from typed to generated: a blank first month takes the
 * first typed month, so the generated line starts where the typed one did.
 */
export function generatorFromTypedCalls(
  stream: Pick<StreamDraft, 'generator' | 'typedCalls'>,
): StreamDraft['generator'] {
  const firstTyped = stream.typedCalls[0]?.trim() ?? '';
  return stream.generator.firstMonth.trim() === '' && firstTyped !== ''
    ? { ...stream.generator, firstMonth: firstTyped }
    : stream.generator;
}

/**
 * The typed months with one month changed. The list grows to the horizon so every month has its
 * text; months not typed yet are 0, as the draft already counts them.
 */
export function setTypedMonth(
  typedCalls: readonly string[],
  months: number,
  index: number,
  text: string,
): string[] {
  const next = Array.from(
    { length: Math.max(months, typedCalls.length) },
    (_, month) => typedCalls[month] ?? '0',
  );
  next[index] = text;
  return next;
}
