import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalog, parseCatalog } from '../../engine';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft, type PackageDraft } from '../../store/draft';
import {
  newAllowance,
  newPackage,
  packageApiPatch,
  packageName,
  packageNames,
  unusedPackageWarning,
} from './package-defaults';

function loadCatalog(id: string): Catalog {
  const path = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs', `${id}.json`);
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.catalog;
}

const international = loadCatalog('international');

const textPackage: PackageDraft = {
  id: 'p1',
  label: '',
  api: 'general-text',
  region: 'ap-southeast-1',
  source: 'purchased',
  calls: '100000',
  price: '720',
  createdOn: '2027-01-01',
  activatesOn: '',
  validityMonths: '12',
  usedCalls: '',
  priority: '',
  resetEvery: 'never',
  colour: 0,
};

describe('newPackage', () => {
  it("takes the first stream's API and region, 100,000 calls at the catalog price, on the horizon's first day", () => {
    expect(newPackage(DEMO_DRAFT, international)).toEqual({
      label: '',
      api: 'general-text',
      region: 'ap-southeast-1',
      source: 'purchased',
      calls: '100000',
      price: '720',
      createdOn: '2027-01-01',
      activatesOn: '',
      validityMonths: '12',
      usedCalls: '',
      priority: '',
      resetEvery: 'never',
    });
  });

  it('adds a package the engine accepts', () => {
    const pkg = { ...newPackage(DEMO_DRAFT, international), id: 'new', colour: 4 };
    expect(checkDraft({ ...DEMO_DRAFT, packages: [...DEMO_DRAFT.packages, pkg] }).parsed.ok).toBe(
      true,
    );
  });

  it("takes the catalog's first API and region when there is no stream", () => {
    expect(newPackage({ streams: [], start: '2027-03' }, international)).toMatchObject({
      api: 'passport',
      region: 'ap-southeast-1',
      price: '1080',
      createdOn: '2027-03-01',
    });
  });

  it('leaves the price and the date to fill in without a catalog or a valid start', () => {
    expect(newPackage({ streams: [], start: '2027' }, undefined)).toMatchObject({
      api: '',
      region: '',
      price: '',
      createdOn: '',
      validityMonths: '12',
    });
  });
});

describe('packageApiPatch', () => {
  const streams = [{ api: 'passport', region: 'ap-southeast-2' }];
  it.each([
    {
      name: 'keeps a region offering the API and follows the catalog price',
      pkg: textPackage,
      api: 'passport',
      patch: { api: 'passport', region: 'ap-southeast-1', price: '1080' },
    },
    {
      name: 'moves to a region where a stream calls the API',
      pkg: { ...textPackage, region: 'ap-southeast-3' },
      api: 'passport',
      patch: { api: 'passport', region: 'ap-southeast-2', price: '1080' },
    },
    {
      name: 'moves to the first region offering the API when no stream calls it',
      pkg: textPackage,
      api: 'general-table',
      patch: { api: 'general-table', region: 'ap-southeast-3', price: '1440' },
    },
    {
      name: 'keeps a price the user typed',
      pkg: { ...textPackage, price: '650' },
      api: 'passport',
      patch: { api: 'passport', region: 'ap-southeast-1' },
    },
  ])('$name', ({ pkg, api, patch }) => {
    expect(packageApiPatch(pkg, api, international, streams)).toEqual(patch);
  });

  it('changes only the API without a catalog', () => {
    expect(packageApiPatch(textPackage, 'passport', undefined, streams)).toEqual({
      api: 'passport',
    });
  });
});

describe('packageName', () => {
  it.each([
    {
      name: 'uses the label',
      pkg: { ...textPackage, label: ' Promo ' },
      catalog: international,
      expected: 'Promo',
    },
    {
      name: 'says the API and size without a label',
      pkg: { ...textPackage, calls: '1000000' },
      catalog: international,
      expected: 'General Text 1M',
    },
    {
      name: 'uses the API id without a catalog',
      pkg: textPackage,
      catalog: undefined,
      expected: 'general-text 100k',
    },
    {
      name: 'leaves out a size that is not a number',
      pkg: { ...textPackage, calls: '' },
      catalog: international,
      expected: 'General Text',
    },
    {
      name: 'calls a blank package new',
      pkg: { ...textPackage, api: '', calls: '' },
      catalog: undefined,
      expected: 'New package',
    },
  ])('$name', ({ pkg, catalog, expected }) => {
    expect(packageName(pkg, catalog)).toBe(expected);
  });

  it('numbers packages that would share a name', () => {
    expect(
      packageNames([textPackage, { ...textPackage, label: 'Mine' }, textPackage], international),
    ).toEqual(['General Text 100k', 'Mine', 'General Text 100k (2)']);
  });
});

describe('unusedPackageWarning', () => {
  const streams = [{ api: 'general-text', region: 'ap-southeast-1' }];
  it.each([
    { name: 'a stream calls its API in its region', pkg: textPackage, warning: null },
    {
      name: 'no stream calls its API in its region',
      pkg: { ...textPackage, region: 'ap-southeast-3' },
      warning: 'No stream calls General Text in AP-Singapore: this package will never be used.',
    },
    {
      name: 'streams call its API elsewhere only',
      pkg: { ...textPackage, api: 'passport' },
      warning: 'No stream calls Passport in CN-Hong Kong: this package will never be used.',
    },
    {
      name: 'its region is blank (the field error says so)',
      pkg: { ...textPackage, region: '' },
      warning: null,
    },
  ])('warns $warning when $name', ({ pkg, warning }) => {
    expect(unusedPackageWarning(pkg, streams, international)).toBe(warning);
  });
});

describe('newAllowance', () => {
  it.each(['day', 'month'] as const)(
    'adds a free allowance renewing every %s, valid through the horizon, that the engine accepts and that lapses',
    (resetEvery) => {
      const allowance = newAllowance(DEMO_DRAFT, international, resetEvery);
      expect(allowance).toMatchObject({
        source: 'free',
        price: '0',
        resetEvery,
        validityMonths: DEMO_DRAFT.months,
      });
      const check = checkDraft({
        ...DEMO_DRAFT,
        packages: [...DEMO_DRAFT.packages, { ...allowance, id: 'free', colour: 5 }],
      });
      if (!check.parsed.ok) throw new Error('refused');
      expect(check.parsed.scenario.packages.at(-1)?.resetEvery).toBe(resetEvery);
    },
  );
});
