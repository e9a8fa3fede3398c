import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages';
import {
  apiName,
  apisOfRegion,
  type CatalogParseResult,
  catalogPackage,
  catalogPriceEntry,
  parseCatalog as parseCatalogData,
  regionName,
  regionsOfApi,
} from './catalog';

/** The catalog check with its messages in English, as these tests read them. */
function parseCatalog(document: unknown) {
  const result: CatalogParseResult = parseCatalogData(document);
  return result.ok ? result : { ok: false, errors: result.errors.map(renderMessage) };
}

function validCatalog(): Record<string, unknown> {
  return {
    format: 'ocr-billing-catalog',
    version: 1,
    id: 'test',
    name: 'Test catalog',
    currency: 'USD',
    asOf: '2026-11-01',
    illustrative: true,
    note: 'Illustrative.',
    sources: ['A source'],
    validityMonths: 12,
    packageSizes: [1000, 10000],
    apis: [
      { id: 'general-text', name: 'General Text' },
      { id: 'passport', name: 'Passport' },
    ],
    regions: [
      { id: 'ap-southeast-1', name: 'CN-Hong Kong', apis: ['general-text', 'passport'] },
      { id: 'ap-southeast-2', name: 'AP-Bangkok', apis: ['passport'] },
    ],
    packages: [
      { api: 'general-text', calls: 1000, price: '9' },
      { api: 'general-text', calls: 10000, price: '82.8' },
    ],
    payPerUse: [
      {
        api: 'general-text',
        mode: 'graduated',
        tiers: [
          { upTo: 1000, unitPrice: '0.01' },
          { upTo: null, unitPrice: '0.008' },
        ],
      },
      { api: 'passport', mode: 'volume', tiers: [{ upTo: null, unitPrice: '0.02' }] },
    ],
  };
}

type Change = (catalog: Record<string, unknown>) => void;
const at = (catalog: Record<string, unknown>, key: string) =>
  catalog[key] as Record<string, unknown>[];

describe('checking a catalog file', () => {
  it('accepts a valid catalog as it is', () => {
    const document = validCatalog();
    expect(parseCatalog(document)).toEqual({ ok: true, catalog: document });
  });

  it.each<[string, Change, string[]]>([
    [
      'a wrong format',
      (c) => {
        c.format = 'other';
      },
      ['format: must be "ocr-billing-catalog"'],
    ],
    [
      'an unknown version',
      (c) => {
        c.version = 2;
      },
      ['version: unknown version: this app reads version 1'],
    ],
    [
      'an empty id',
      (c) => {
        c.id = ' ';
      },
      ['id: must be a non-empty string'],
    ],
    [
      'a missing name',
      (c) => {
        delete c.name;
      },
      ['name: must be a non-empty string'],
    ],
    [
      'a missing note',
      (c) => {
        delete c.note;
      },
      ['note: must be a non-empty string'],
    ],
    [
      'a lowercase currency',
      (c) => {
        c.currency = 'usd';
      },
      ['currency: must be a three-letter currency code'],
    ],
    [
      'a numeric currency',
      (c) => {
        c.currency = 840;
      },
      ['currency: must be a three-letter currency code'],
    ],
    [
      'a bad as-of date',
      (c) => {
        c.asOf = '1 Nov 2026';
      },
      ['asOf: must be a date written YYYY-MM-DD'],
    ],
    [
      'a missing as-of date',
      (c) => {
        delete c.asOf;
      },
      ['asOf: must be a date written YYYY-MM-DD'],
    ],
    [
      'illustrative as text',
      (c) => {
        c.illustrative = 'yes';
      },
      ['illustrative: must be true or false'],
    ],
    [
      'sources with an empty one',
      (c) => {
        c.sources = ['a', ''];
      },
      ['sources: must be a list of non-empty strings'],
    ],
    [
      'sources as text',
      (c) => {
        c.sources = 'a';
      },
      ['sources: must be a list of non-empty strings'],
    ],
    [
      'a zero validity',
      (c) => {
        c.validityMonths = 0;
      },
      ['validityMonths: must be a whole number ≥ 1'],
    ],
    [
      'a fractional validity',
      (c) => {
        c.validityMonths = 1.5;
      },
      ['validityMonths: must be a whole number ≥ 1'],
    ],
    [
      'no package sizes',
      (c) => {
        c.packageSizes = [];
      },
      ['packageSizes: must be a non-empty list of whole numbers ≥ 1'],
    ],
    [
      'a zero package size',
      (c) => {
        c.packageSizes = [0];
      },
      ['packageSizes: must be a non-empty list of whole numbers ≥ 1'],
    ],
    [
      'package sizes as text',
      (c) => {
        c.packageSizes = '1000';
      },
      ['packageSizes: must be a non-empty list of whole numbers ≥ 1'],
    ],
    [
      'an API without a name',
      (c) => {
        at(c, 'apis')[1] = { id: 'passport' };
      },
      [
        'apis[1]: must have a non-empty id and name',
        'regions[0].apis[1]: must be the id of an API in apis',
        'regions[1].apis[0]: must be the id of an API in apis',
        'payPerUse[1].api: must be the id of an API in apis',
      ],
    ],
    [
      'an API listed twice',
      (c) => {
        at(c, 'apis').push({ id: 'passport', name: 'Again' });
      },
      ['apis[2].id: "passport" is listed twice'],
    ],
    [
      'no APIs',
      (c) => {
        c.apis = [];
      },
      [
        'apis: must be a non-empty list',
        'regions[0].apis[0]: must be the id of an API in apis',
        'regions[0].apis[1]: must be the id of an API in apis',
        'regions[1].apis[0]: must be the id of an API in apis',
        'packages[0].api: must be the id of an API in apis',
        'packages[1].api: must be the id of an API in apis',
        'payPerUse[0].api: must be the id of an API in apis',
        'payPerUse[1].api: must be the id of an API in apis',
      ],
    ],
    [
      'no regions',
      (c) => {
        c.regions = [];
      },
      ['regions: must be a non-empty list'],
    ],
    [
      'regions as an object',
      (c) => {
        c.regions = {};
      },
      ['regions: must be a non-empty list'],
    ],
    [
      'a region without its API list',
      (c) => {
        delete at(c, 'regions')[0]?.apis;
      },
      ['regions[0]: must have a non-empty id, a name and a list of apis'],
    ],
    [
      'a region offering an unknown API',
      (c) => {
        at(c, 'regions')[1] = { id: 'x', name: 'X', apis: ['vin'] };
      },
      ['regions[1].apis[0]: must be the id of an API in apis'],
    ],
    [
      'packages as an object',
      (c) => {
        c.packages = {};
      },
      ['packages: must be a list'],
    ],
    [
      'a package that is not an object',
      (c) => {
        at(c, 'packages')[0] = 'big' as never;
      },
      ['packages[0]: must be an object'],
    ],
    [
      'a package of an unknown API',
      (c) => {
        at(c, 'packages')[0] = { api: 'vin', calls: 1000, price: '9' };
      },
      ['packages[0].api: must be the id of an API in apis'],
    ],
    [
      'a package of zero calls',
      (c) => {
        at(c, 'packages')[1] = { api: 'passport', calls: 0, price: '9' };
      },
      ['packages[1].calls: must be a whole number ≥ 1'],
    ],
    [
      'a package price as a number',
      (c) => {
        at(c, 'packages')[1] = { api: 'passport', calls: 10, price: 9 };
      },
      ['packages[1].price: must be a plain decimal string ≥ 0'],
    ],
    [
      'pay-per-use as an object',
      (c) => {
        c.payPerUse = {};
      },
      ['payPerUse: must be a list'],
    ],
    [
      'a price entry that is not an object',
      (c) => {
        at(c, 'payPerUse')[0] = 3 as never;
      },
      ['payPerUse[0]: must be an object'],
    ],
    [
      'a price entry of an unknown API',
      (c) => {
        at(c, 'payPerUse')[1] = {
          api: 'vin',
          mode: 'volume',
          tiers: [{ upTo: null, unitPrice: '1' }],
        };
      },
      ['payPerUse[1].api: must be the id of an API in apis'],
    ],
    [
      'an unknown pricing mode',
      (c) => {
        at(c, 'payPerUse')[1] = {
          api: 'passport',
          mode: 'tiered',
          tiers: [{ upTo: null, unitPrice: '1' }],
        };
      },
      ['payPerUse[1].mode: must be one of graduated, volume'],
    ],
    [
      'no tiers',
      (c) => {
        at(c, 'payPerUse')[1] = { api: 'passport', mode: 'volume', tiers: [] };
      },
      ['payPerUse[1].tiers: must be a non-empty list'],
    ],
    [
      'a tier without a price',
      (c) => {
        at(c, 'payPerUse')[1] = { api: 'passport', mode: 'volume', tiers: [{ upTo: null }] };
      },
      ['payPerUse[1].tiers[0]: must have a unitPrice written as a plain decimal string ≥ 0'],
    ],
    [
      'a last tier with a limit',
      (c) => {
        at(c, 'payPerUse')[1] = {
          api: 'passport',
          mode: 'volume',
          tiers: [{ upTo: 5, unitPrice: '1' }],
        };
      },
      ['payPerUse[1].tiers[0].upTo: must be null on the last tier'],
    ],
    [
      'a middle tier without a limit',
      (c) => {
        at(c, 'payPerUse')[1] = {
          api: 'passport',
          mode: 'volume',
          tiers: [
            { upTo: null, unitPrice: '1' },
            { upTo: null, unitPrice: '1' },
          ],
        };
      },
      ['payPerUse[1].tiers[0].upTo: must be a whole number above the previous tier'],
    ],
    [
      'tiers that do not ascend',
      (c) => {
        at(c, 'payPerUse')[1] = {
          api: 'passport',
          mode: 'volume',
          tiers: [
            { upTo: 10, unitPrice: '1' },
            { upTo: 10, unitPrice: '1' },
            { upTo: null, unitPrice: '1' },
          ],
        };
      },
      ['payPerUse[1].tiers[1].upTo: must be a whole number above the previous tier'],
    ],
  ])('refuses %s, naming the path', (_, change, errors) => {
    const document = validCatalog();
    change(document);
    expect(parseCatalog(document)).toEqual({ ok: false, errors });
  });

  it.each([null, [], 'catalog', 3])('refuses %j as a whole', (document) => {
    expect(parseCatalog(document)).toEqual({ ok: false, errors: ['catalog: must be an object'] });
  });
});

describe('looking things up in a catalog', () => {
  const parsed = parseCatalogData(validCatalog());
  if (!parsed.ok) throw new Error('the test catalog must be valid');
  const catalog = parsed.catalog;

  it('lists the APIs a region offers, in catalog order', () => {
    expect(apisOfRegion(catalog, 'ap-southeast-2').map((api) => api.id)).toEqual(['passport']);
    expect(apisOfRegion(catalog, 'nowhere')).toEqual([]);
  });

  it('lists the regions offering an API', () => {
    expect(regionsOfApi(catalog, 'passport').map((region) => region.id)).toEqual([
      'ap-southeast-1',
      'ap-southeast-2',
    ]);
    expect(regionsOfApi(catalog, 'general-text').map((region) => region.id)).toEqual([
      'ap-southeast-1',
    ]);
  });

  it('finds a package size and a price entry of an API', () => {
    expect(catalogPackage(catalog, 'general-text', 10000)).toEqual({
      api: 'general-text',
      calls: 10000,
      price: '82.8',
    });
    expect(catalogPackage(catalog, 'general-text', 5)).toBeUndefined();
    expect(catalogPriceEntry(catalog, 'passport')?.mode).toBe('volume');
    expect(catalogPriceEntry(catalog, 'vin')).toBeUndefined();
  });

  it('names APIs and regions, falling back to their ids', () => {
    expect(apiName(catalog, 'passport')).toBe('Passport');
    expect(apiName(catalog, 'vin')).toBe('vin');
    expect(apiName(undefined, 'passport')).toBe('passport');
    expect(regionName(catalog, 'ap-southeast-2')).toBe('AP-Bangkok');
    expect(regionName(undefined, 'ap-southeast-2')).toBe('ap-southeast-2');
  });
});
