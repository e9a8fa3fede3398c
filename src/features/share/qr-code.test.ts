import { describe, expect, it } from 'vitest';
import { loadQrCode, qrCodeImage } from './qr-code';

describe('qrCodeImage', () => {
  it('is null until the library has loaded, then an SVG image of the text', async () => {
    expect(qrCodeImage('https://example.com/#scenario=2.abc')).toBeNull();
    await loadQrCode();
    const image = qrCodeImage('https://example.com/#scenario=2.abc');
    expect(image).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(decodeURIComponent(image ?? '')).toContain('<svg');
  });

  it('is null for a text too long for any QR code', async () => {
    await loadQrCode();
    expect(qrCodeImage('x'.repeat(5000))).toBeNull();
  });
});
