import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { useLocaleStore } from '../../i18n/locale';
import { allowanceName, resultPackageNames } from './package-names';

const catalog = {
  apis: [{ id: 'general-text', name: 'General Text', nameZh: '通用文字识别' }],
  regions: [],
} as unknown as Catalog;

describe('resultPackageNames', () => {
  afterEach(() => useLocaleStore.setState({ locale: 'en' }));

  const scenario = buildScenario({
    streams: [{ monthlyCalls: [1_000] }],
    packages: [
      { id: 'pkg-7f3a', label: 'Starter', calls: 20_000, createdOn: '2027-01-01' },
      { id: 'pkg-91c2', calls: 1_000_000, createdOn: '2027-01-01' },
      { id: 'pkg-0d44', calls: 1_000_000, createdOn: '2027-02-01' },
      { id: 'pkg-55e1', label: ' Starter ', calls: 5_000, createdOn: '2027-03-01' },
    ],
  });

  it('names a package by its label, else by its API and size, never by its id', () => {
    expect(resultPackageNames(scenario.packages, catalog)).toEqual([
      'Starter',
      'General Text 1M',
      'General Text 1M (2)',
      'Starter (2)',
    ]);
  });

  it('names them in Chinese on a Chinese page', () => {
    useLocaleStore.setState({ locale: 'zh-CN' });
    expect(resultPackageNames(scenario.packages, catalog)[1]).toBe('通用文字识别 100万次');
  });
});

describe('allowanceName', () => {
  const t = (text: string) => `«${text}»`;
  it('is the label, or how often the allowance renews', () => {
    expect(allowanceName('Launch gift', 'day', t)).toBe('Launch gift');
    expect(allowanceName('', 'day', t)).toBe('«Free calls every day»');
    expect(allowanceName('', 'month', t)).toBe('«Free calls every month»');
  });
});
