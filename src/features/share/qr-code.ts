/*
 * The printed report's QR code of the share link, made by the `qrcode` library. It loads with
 * the share panel, in a chunk of its own, and then draws synchronously: printing from the
 * browser's menu gives no time to wait.
 */

type QrCodeLibrary = typeof import('qrcode');

let library: QrCodeLibrary | null = null;

export async function loadQrCode(): Promise<void> {
  library ??= await import('qrcode');
}

/** An SVG image of `text` as a QR code, as a data address; null before the library loads or when the text is too long for one. */
export function qrCodeImage(text: string): string | null {
  if (library === null) return null;
  let svg: string | null = null;
  library.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 }, (error, result) => {
    svg = error ? null : result;
  });
  return svg === null ? null : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
