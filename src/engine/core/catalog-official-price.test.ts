import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages';
import { parseCatalog } from './catalog';

/* huawei-ocr-facts.md: the one official OCR price, VAT invoice recognition at 0.18 CNY a call. */

function shipped(id: string): Record<string, unknown> {
  const path = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs', `${id}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe('the official VAT invoice price', () => {
  it('is the mainland catalog pay-per-use price, one flat tier at 0.18 CNY, cited; every other price stays illustrative', () => {
    const parsed = parseCatalog(shipped('mainland'));
    if (!parsed.ok) throw new Error('the mainland catalog is refused');
    const { catalog } = parsed;
    expect(catalog.currency).toBe('CNY');
    expect(catalog.illustrative).toBe(true);
    const official = catalog.payPerUse.filter((entry) => entry.officialSource !== undefined);
    expect(official.map((entry) => [entry.api, entry.tiers])).toEqual([
      ['vat-invoice', [{ upTo: null, unitPrice: '0.18' }]],
    ]);
    expect(official[0]?.officialSource).toContain('101414-5-Z');
    expect(official[0]?.officialSourceZh).toContain('101414-5-Z');
    expect(catalog.sources.some((source) => source.includes('101414-5-Z'))).toBe(true);
  });

  it('marks no price official in the international catalog', () => {
    const parsed = parseCatalog(shipped('international'));
    if (!parsed.ok) throw new Error('the international catalog is refused');
    expect(parsed.catalog.payPerUse.every((entry) => entry.officialSource === undefined)).toBe(
      true,
    );
  });

  it('refuses an official source that is not text', () => {
    const document = shipped('mainland');
    const [first, ...rest] = document.payPerUse as Record<string, unknown>[];
    const parsed = parseCatalog({
      ...document,
      payPerUse: [{ ...first, officialSource: 1 }, ...rest],
    });
    expect(parsed.ok ? [] : parsed.errors.map(renderMessage)).toEqual([
      'payPerUse[0].officialSource: must be a string',
    ]);
  });
});
