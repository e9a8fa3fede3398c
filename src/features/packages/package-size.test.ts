import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Catalog, parseCatalog } from '../../engine';
import { useLocaleStore } from '../../i18n/locale';
import { shortSize } from '../../i18n/package-name';
import {
  catalogPriceHint,
  chooseSize,
  formatSize,
  isCatalogPrice,
  sizeChoiceOf,
} from './package-size';

function loadCatalog(id: string): Catalog {
  const path = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs', `${id}.json`);
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.catalog;
}

const international = loadCatalog('international');

describe('sizeChoiceOf', () => {
  it.each([
    { calls: '100000', catalog: international, choice: 100000 },
    { calls: '1,000,000', catalog: international, choice: 1000000 },
    { calls: '250000', catalog: international, choice: 'custom' },
    { calls: '', catalog: international, choice: 'custom' },
    { calls: 'lots', catalog: international, choice: 'custom' },
    { calls: '100000', catalog: undefined, choice: 'custom' },
  ])('reads $calls calls as $choice', ({ calls, catalog, choice }) => {
    expect(sizeChoiceOf({ calls }, catalog)).toBe(choice);
  });
});

describe('chooseSize', () => {
  it('fills the calls and the catalog price of that size', () => {
    expect(chooseSize({ api: 'general-text' }, 100000, international)).toEqual({
      calls: '100000',
      price: '720',
    });
  });

  it('fills only the calls when the catalog does not sell that API', () => {
    expect(chooseSize({ api: 'not-an-api' }, 1000, international)).toEqual({ calls: '1000' });
  });
});

describe('catalog price', () => {
  const pkg = { api: 'general-text', calls: '100000', price: '720' };
  it.each([
    { name: 'the catalog price', change: {}, hint: null, same: true },
    {
      name: 'the catalog price with trailing zeros',
      change: { price: '720.00' },
      hint: null,
      same: true,
    },
    { name: 'another price', change: { price: '650' }, hint: 'catalog price 720 USD', same: false },
    {
      name: 'a price not yet a number',
      change: { price: '' },
      hint: 'catalog price 720 USD',
      same: false,
    },
    {
      name: 'a size the catalog does not sell',
      change: { calls: '250000', price: '1' },
      hint: null,
      same: false,
    },
  ])('hints $hint for $name', ({ change, hint, same }) => {
    expect(catalogPriceHint({ ...pkg, ...change }, international)).toBe(hint);
    expect(isCatalogPrice({ ...pkg, ...change }, international)).toBe(same);
  });

  it('gives no hint without a catalog', () => {
    expect(catalogPriceHint({ ...pkg, price: '1' }, undefined)).toBeNull();
  });
});

describe('writing sizes', () => {
  it.each([
    { calls: 1000, short: '1k', long: '1,000 calls' },
    { calls: 100000, short: '100k', long: '100,000 calls' },
    { calls: 1000000, short: '1M', long: '1,000,000 calls' },
    { calls: 2500000, short: '2.5M', long: '2,500,000 calls' },
    { calls: 1234567, short: '1,234,567', long: '1,234,567 calls' },
    { calls: 250, short: '250', long: '250 calls' },
  ])('writes $calls as "$short" and "$long"', ({ calls, short, long }) => {
    expect(shortSize(calls)).toBe(short);
    expect(formatSize(calls)).toBe(long);
  });
});

describe('sizes in Simplified Chinese', () => {
  afterEach(() => useLocaleStore.setState({ locale: 'en' }));

  it.each([
    { calls: 1000, short: '1,000次', long: '1,000 次调用' },
    { calls: 100000, short: '10万次', long: '100,000 次调用' },
    { calls: 2500000, short: '250万次', long: '2,500,000 次调用' },
    { calls: 12345, short: '12,345次', long: '12,345 次调用' },
  ])('writes $calls as "$short" and "$long"', ({ calls, short, long }) => {
    useLocaleStore.setState({ locale: 'zh-CN' });
    expect(shortSize(calls)).toBe(short);
    expect(formatSize(calls)).toBe(long);
  });
});
