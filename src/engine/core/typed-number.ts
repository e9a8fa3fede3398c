/**
 * A number as people type it: grouping commas, spaces and underscores are allowed
 * ("1,000,000"). Undefined for empty text; the text itself when it is not a plain number, so
 * the gate can say what is wrong with it.
 */
export function readNumberText(text: string): number | string | undefined {
  const compact = text.trim().replace(/[,_\s]/g, '');
  if (compact === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : text;
}
