import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMoney, type Money, multiplyMoney, parseMoney, renderMessage } from '../../engine';
import { CATALOG_IDS, CatalogError, fetchCatalog } from './catalog-query';

const publicDirectory = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs');
const respond =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('loading a price catalog', () => {
  it.each(CATALOG_IDS)('accepts the shipped %s catalog', async (catalogId) => {
    const text = readFileSync(join(publicDirectory, `${catalogId}.json`), 'utf8');
    const catalog = await fetchCatalog(catalogId, respond(text) as typeof fetch);
    expect(catalog.id).toBe(catalogId);
    expect(catalog.packageSizes).toEqual([1000, 10000, 100000, 500000, 1000000, 5000000, 10000000]);
  });

  it('makes every larger package of an API cheaper per call', () => {
    for (const catalogId of CATALOG_IDS) {
      const catalog = JSON.parse(
        readFileSync(join(publicDirectory, `${catalogId}.json`), 'utf8'),
      ) as {
        packages: { api: string; calls: number; price: string }[];
      };
      for (const api of new Set(catalog.packages.map((pkg) => pkg.api))) {
        const sizes = catalog.packages.filter((pkg) => pkg.api === api);
        // Price per call compared as exact cross products: larger.price × smaller.calls < smaller.price × larger.calls.
        for (let index = 1; index < sizes.length; index++) {
          const smaller = sizes[index - 1] as { calls: number; price: string };
          const larger = sizes[index] as { calls: number; price: string };
          const cheaper = compareMoney(
            multiplyMoney(parseMoney(larger.price) as Money, smaller.calls),
            multiplyMoney(parseMoney(smaller.price) as Money, larger.calls),
          );
          expect(cheaper, `${catalogId} ${api} size ${index}`).toBe(-1);
        }
      }
    }
  });

  it('reports a missing file with its HTTP status', async () => {
    await expect(
      fetchCatalog('international', respond('not found', 404) as typeof fetch),
    ).rejects.toThrow('HTTP 404');
  });

  it('reports a file that is not JSON', async () => {
    await expect(fetchCatalog('international', respond('<html>') as typeof fetch)).rejects.toThrow(
      'not valid JSON',
    );
  });

  it('reports a damaged catalog with the path of each problem', async () => {
    const error = await fetchCatalog(
      'international',
      respond(JSON.stringify({ format: 'ocr-billing-catalog', version: 1 })) as typeof fetch,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).details.map(renderMessage)).toContain(
      'currency: must be a three-letter currency code',
    );
  });

  it('reports a network failure', async () => {
    const failing = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchCatalog('international', failing as typeof fetch)).rejects.toThrow(
      'Failed to fetch',
    );
  });
});
