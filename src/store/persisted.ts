import { DEDUCTION_KEYS, PACKAGE_SOURCES, PRICING_MODES } from '../engine';
import type { ScenarioDraft } from './draft';

/*
 * What localStorage holds: { draft } under a version. A stored state from an older version is
 * migrated step by step; one this app cannot read is set aside under BACKUP_KEY, never thrown
 * away, and the page opens on the demo.
 */

export const STORE_VERSION = 1;
export const BACKUP_KEY = 'ocr-billing-simulator:unreadable';

/** MIGRATIONS[n] turns a version-n stored state into a version n + 1 one. */
const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {};

export function migrateStoredDraft(persisted: unknown, version: number): ScenarioDraft | null {
  let state = persisted;
  for (let current = version; current < STORE_VERSION; current++) {
    const step = MIGRATIONS[current];
    if (!step) return setAside(persisted, version);
    state = step(state);
  }
  const draft = (state as { draft?: unknown } | null)?.draft;
  return version <= STORE_VERSION && isScenarioDraft(draft) ? draft : setAside(persisted, version);
}

function setAside(persisted: unknown, version: number): null {
  try {
    globalThis.localStorage?.setItem(BACKUP_KEY, JSON.stringify({ version, state: persisted }));
  } catch {
    // Storage full or unavailable: nothing more can be kept.
  }
  return null;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const every = (value: unknown, check: (item: unknown) => boolean) =>
  Array.isArray(value) && value.every(check);
const hasTexts = (value: Record<string, unknown>, keys: readonly string[]) =>
  keys.every((key) => isText(value[key]));

/** A stored draft has the shape this version writes (values may still be invalid: they are what the user typed). */
export function isScenarioDraft(value: unknown): value is ScenarioDraft {
  if (!isObject(value)) return false;
  if (!hasTexts(value, ['name', 'catalogId', 'currency', 'start', 'months'])) return false;
  if (!every(value.deductionOrder, (key) => (DEDUCTION_KEYS as readonly unknown[]).includes(key)))
    return false;
  const streamsOk = every(
    value.streams,
    (stream) =>
      isObject(stream) &&
      hasTexts(stream, ['id', 'api', 'region']) &&
      typeof stream.subscribed === 'boolean' &&
      (stream.callsSource === 'generated' || stream.callsSource === 'typed') &&
      isObject(stream.generator) &&
      hasTexts(stream.generator, ['firstMonth', 'growthPercent']) &&
      typeof stream.generator.seasonal === 'boolean' &&
      every(stream.generator.seasonality, isText) &&
      every(stream.typedCalls, isText),
  );
  const packagesOk = every(
    value.packages,
    (pkg) =>
      isObject(pkg) &&
      hasTexts(pkg, [
        'id',
        'label',
        'api',
        'region',
        'calls',
        'price',
        'createdOn',
        'activatesOn',
        'validityMonths',
        'usedCalls',
        'priority',
      ]) &&
      (PACKAGE_SOURCES as readonly unknown[]).includes(pkg.source),
  );
  const pricesOk = every(
    value.payPerUse,
    (entry) =>
      isObject(entry) &&
      isText(entry.api) &&
      (entry.region === null || isText(entry.region)) &&
      (PRICING_MODES as readonly unknown[]).includes(entry.mode) &&
      every(entry.tiers, (tier) => isObject(tier) && hasTexts(tier, ['upTo', 'unitPrice'])),
  );
  return streamsOk && packagesOk && pricesOk;
}
