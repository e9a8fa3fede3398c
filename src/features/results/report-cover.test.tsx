import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Catalog, simulateDetailed } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import { ResultsCatalogContext } from './package-names';
import { ReportCover } from './report-cover';

const catalog = {
  apis: [{ id: 'general-text', name: 'General Text' }],
  regions: [],
  asOf: '2026-11-01',
} as unknown as Catalog;

function coverOf(firstLabel: string): string {
  const scenario = buildScenario({
    start: '2027-01',
    months: 24,
    streams: [{ monthlyCalls: Array.from({ length: 24 }, () => 100_000) }],
    packages: [
      { id: 'pkg-1', label: firstLabel, calls: 1_200_000, price: '6000', createdOn: '2027-01-01' },
      { id: 'pkg-2', calls: 1_200_000, price: '11000', createdOn: '2028-01-01' },
    ],
    payPerUse: [{ api: 'general-text', tiers: [{ upTo: null, unitPrice: '0.01' }] }],
  });
  return renderToStaticMarkup(
    <ResultsCatalogContext value={catalog}>
      <ReportCover
        simulation={simulateDetailed(scenario)}
        scenario={scenario}
        catalog={catalog}
        today="2026-12-05"
      />
    </ResultsCatalogContext>,
  );
}

describe('ReportCover', () => {
  it('writes the first purchase’s payback with its name isolated, never as an object', () => {
    const markup = coverOf('Year one');
    expect(markup).toContain('The first purchase, <bdi>Year one</bdi> (bought ');
    expect(markup).not.toContain('[object Object]');
  });

  it('names an unlabelled first purchase as the packages editor does, never by its id', () => {
    const markup = coverOf('');
    expect(markup).toContain('The first purchase, <bdi>General Text 1.2M</bdi> (bought ');
    expect(markup).not.toContain('pkg-1');
  });
});
