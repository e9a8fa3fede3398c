import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalog, parseCatalog } from '../../engine';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft, type ScenarioDraft } from '../../store/draft';
import { planCatalogSwitch } from './catalog-switch';

function catalog(id: string): Catalog {
  const path = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs', `${id}.json`);
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`catalog ${id} must be valid`);
  return parsed.catalog;
}

const international = catalog('international');
const mainland = catalog('mainland');

describe('switching an estimate to another price catalog', () => {
  const plan = planCatalogSwitch(DEMO_DRAFT, international, mainland);

  it('takes the new catalog’s currency and every price from it, never relabelling a number', () => {
    expect(plan.draft.catalogId).toBe('mainland');
    expect(plan.draft.currency).toBe('CNY');
    for (const entry of plan.draft.payPerUse) {
      const listed = mainland.payPerUse.find((candidate) => candidate.api === entry.api);
      expect(entry.tiers.map((tier) => tier.unitPrice)).toEqual(
        listed?.tiers.map((tier) => tier.unitPrice),
      );
    }
    plan.draft.packages.forEach((pkg, index) => {
      const offer = mainland.packages.find(
        (candidate) => candidate.api === pkg.api && String(candidate.calls) === pkg.calls,
      );
      const free = DEMO_DRAFT.packages[index]?.price === '0';
      expect(pkg.price).toBe(free ? '0' : offer ? offer.price : '');
      if (!offer && !free) expect(plan.unpriced).toContain(index);
      if (free) expect(plan.typedPackages).not.toContain(index);
    });
  });

  it('takes each stream to a region of the new catalog that offers its API, and says so', () => {
    for (const stream of plan.draft.streams) {
      const region = mainland.regions.find((candidate) => candidate.id === stream.region);
      expect(region?.apis).toContain(stream.api);
    }
    expect(plan.moved.filter((item) => item.kind === 'stream')).toEqual(
      DEMO_DRAFT.streams.map((stream, index) => ({
        kind: 'stream',
        index,
        from: stream.region,
        to: plan.draft.streams[index]?.region,
      })),
    );
    // Two streams of one API never land in one place.
    const places = plan.draft.streams.map((stream) => `${stream.api} ${stream.region}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('takes a package where its stream went, so it still covers it', () => {
    plan.draft.packages.forEach((pkg) => {
      expect(
        plan.draft.streams.some((stream) => stream.api === pkg.api && stream.region === pkg.region),
      ).toBe(true);
    });
  });

  it('lists the prices typed by hand, and only those', () => {
    expect(plan.typedPayPerUse).toEqual([]);
    const typed: ScenarioDraft = {
      ...DEMO_DRAFT,
      payPerUse: DEMO_DRAFT.payPerUse.map((entry, index) =>
        index === 0
          ? { ...entry, tiers: entry.tiers.map((tier) => ({ ...tier, unitPrice: '0.0001' })) }
          : entry,
      ),
      packages: DEMO_DRAFT.packages.map((pkg, index) =>
        index === 1 ? { ...pkg, price: '1234' } : pkg,
      ),
    };
    const again = planCatalogSwitch(typed, international, mainland);
    expect(again.typedPayPerUse.map((entry) => entry.api)).toEqual([DEMO_DRAFT.payPerUse[0]?.api]);
    expect(again.typedPackages).toContain(1);
  });

  it('flags what the new catalog does not sell, and leaves it to fix', () => {
    const draft: ScenarioDraft = {
      ...DEMO_DRAFT,
      streams: [{ ...(DEMO_DRAFT.streams[0] as ScenarioDraft['streams'][number]), api: 'x-ray' }],
      packages: [],
    };
    const flagged = planCatalogSwitch(draft, international, mainland);
    expect(flagged.unavailable).toEqual([{ kind: 'stream', index: 0 }]);
    expect(flagged.draft.streams[0]?.api).toBe('x-ray');
  });

  it('gives an estimate the page can simulate once the flagged prices are filled in', () => {
    const priced: ScenarioDraft = {
      ...plan.draft,
      packages: plan.draft.packages.map((pkg) => (pkg.price === '' ? { ...pkg, price: '1' } : pkg)),
    };
    expect(checkDraft(priced).parsed.ok).toBe(true);
  });
});
