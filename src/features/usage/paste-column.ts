/* Pasting a column of monthly calls copied from a spreadsheet into the typed months. */

/**
 * The cells of pasted text: one per line or tab, blanks dropped, surrounding quotes removed.
 * Thousands separators stay in the text; the draft reads "1,200" and "1 200" as 1200.
 */
export function parsePastedColumn(text: string): string[] {
  return text
    .split(/[\r\n\t]+/)
    .map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim(),
    )
    .filter((cell) => cell !== '');
}

export type PastedColumn = {
  readonly typedCalls: readonly string[];
  /** How many months received a value. */
  readonly filled: number;
  /** Values beyond the horizon's last month, left out. */
  readonly ignored: number;
};

/**
 * Fills the month pasted into and the following ones, one cell each. Null when the text holds
 * fewer than two cells: a single value is an ordinary paste into the field. Months not typed yet
 * are 0, as the draft already counts them.
 */
export function pasteColumn(
  typedCalls: readonly string[],
  months: number,
  fromIndex: number,
  text: string,
): PastedColumn | null {
  const cells = parsePastedColumn(text);
  if (cells.length < 2) return null;
  const next = Array.from(
    { length: Math.max(months, typedCalls.length) },
    (_, month) => typedCalls[month] ?? '0',
  );
  const filled = Math.max(0, Math.min(cells.length, months - fromIndex));
  cells.slice(0, filled).forEach((cell, offset) => {
    next[fromIndex + offset] = cell;
  });
  return { typedCalls: next, filled, ignored: cells.length - filled };
}
