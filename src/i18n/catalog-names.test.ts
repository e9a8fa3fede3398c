import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Catalog, parseCatalog } from '../engine';
import {
  apiDisplayName,
  catalogDisplayName,
  regionDisplayName,
  sizeDisplayName,
} from './catalog-names';
import { useLocaleStore } from './locale';

function catalog(id: string): Catalog {
  const path = join(import.meta.dirname, '..', '..', 'public', 'catalogs', `${id}.json`);
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.catalog;
}

const international = catalog('international');
const mainland = catalog('mainland');

describe('catalog names in the page language', () => {
  afterEach(() => useLocaleStore.setState({ locale: 'en' }));

  it('uses the English names in English', () => {
    expect(apiDisplayName(international, 'general-text')).toBe('General Text');
    expect(regionDisplayName(international, 'ap-southeast-1')).toBe('CN-Hong Kong');
    expect(catalogDisplayName(mainland)).toBe('HUAWEI CLOUD Chinese mainland');
    expect(sizeDisplayName(1_000_000)).toBe('1M');
  });

  it("uses HUAWEI CLOUD's Chinese names in Chinese", () => {
    useLocaleStore.setState({ locale: 'zh-CN' });
    expect(apiDisplayName(international, 'general-text')).toBe('通用文字识别');
    expect(apiDisplayName(mainland, 'id-card')).toBe('身份证识别');
    expect(regionDisplayName(international, 'ap-southeast-1')).toBe('中国-香港');
    expect(regionDisplayName(mainland, 'cn-north-4')).toBe('华北-北京四');
    expect(catalogDisplayName(international)).toBe('华为云国际站');
    expect(sizeDisplayName(1_000_000)).toBe('100万次');
    expect(sizeDisplayName(1000)).toBe('1,000次');
  });

  it('names an id the catalog does not know by the id, in either language', () => {
    useLocaleStore.setState({ locale: 'zh-CN' });
    expect(apiDisplayName(international, 'no-such-api')).toBe('no-such-api');
    expect(regionDisplayName(undefined, 'eu-west-0')).toBe('eu-west-0');
  });

  it('names a locale given explicitly, whatever the page shows', () => {
    expect(apiDisplayName(international, 'passport', 'zh-CN')).toBe('护照识别');
  });
});
