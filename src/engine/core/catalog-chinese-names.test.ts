import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages';
import { parseCatalog } from './catalog';

/* The optional Simplified Chinese names a catalog may carry (the page shows them in Chinese). */

function shipped(id: string): Record<string, unknown> {
  const path = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs', `${id}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe('Chinese names in a catalog', () => {
  it.each(['international', 'mainland'])(
    'gives every API and region of the %s catalog a Chinese name',
    (id) => {
      const parsed = parseCatalog(shipped(id));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const { catalog } = parsed;
      expect(catalog.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(catalog.noteZh).toMatch(/[\u4e00-\u9fff]/);
      expect(catalog.sourcesZh).toHaveLength(catalog.sources.length);
      for (const entry of [...catalog.apis, ...catalog.regions])
        expect(entry.nameZh, entry.id).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('reads a catalog without Chinese names', () => {
    const { nameZh, noteZh, sourcesZh, ...document } = shipped('international');
    const apis = (document.apis as { id: string; name: string }[]).map(({ id, name }) => ({
      id,
      name,
    }));
    expect([nameZh, noteZh, sourcesZh].every(Boolean)).toBe(true);
    expect(parseCatalog({ ...document, apis }).ok).toBe(true);
  });

  it('refuses an empty or non-text Chinese name', () => {
    const document = shipped('international');
    const apis = document.apis as Record<string, unknown>[];
    const regions = document.regions as Record<string, unknown>[];
    const parsed = parseCatalog({
      ...document,
      nameZh: '',
      sourcesZh: [1],
      apis: [{ ...apis[0], nameZh: 7 }, ...apis.slice(1)],
      regions: [{ ...regions[0], nameZh: ' ' }, ...regions.slice(1)],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map(renderMessage)).toEqual([
      'nameZh: must be a non-empty string',
      'sourcesZh: must be a list of non-empty strings',
      'apis[0].nameZh: must be a non-empty string',
      'regions[0].nameZh: must be a non-empty string',
    ]);
  });
});
