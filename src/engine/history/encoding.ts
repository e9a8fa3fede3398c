/*
 * Usage exports come as UTF-8 (with or without a byte-order mark) or, when a Chinese spreadsheet
 * program saved them, as GBK/GB18030. GB18030 is a superset of GBK, so one decoder reads both.
 */

export type UsageEncoding = 'utf-8' | 'gb18030';

const BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return BOM.every((byte, index) => bytes[index] === byte);
}

/** UTF-8 when the bytes are valid UTF-8 (or start with its mark), GB18030 otherwise. */
export function detectEncoding(bytes: Uint8Array): UsageEncoding {
  if (hasUtf8Bom(bytes)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The file's text in the given (or detected) encoding, without a byte-order mark. */
export function decodeUsageBytes(
  bytes: Uint8Array,
  encoding: UsageEncoding = detectEncoding(bytes),
): { readonly text: string; readonly encoding: UsageEncoding } {
  // ignoreBOM false (the default) drops a leading mark in UTF-8.
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
