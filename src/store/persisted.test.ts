import { describe, expect, it, vi } from 'vitest';
import { DEMO_DRAFT } from './demo';
import { BACKUP_KEY, isScenarioDraft, migrateStoredDraft, STORE_VERSION } from './persisted';

describe('what localStorage holds', () => {
  it('recognises a draft of this version', () => {
    expect(isScenarioDraft(DEMO_DRAFT)).toBe(true);
    expect(migrateStoredDraft({ draft: DEMO_DRAFT }, STORE_VERSION)).toEqual(DEMO_DRAFT);
  });

  it.each([
    ['not an object', 'draft'],
    [
      'a package without a price',
      { ...DEMO_DRAFT, packages: [{ ...DEMO_DRAFT.packages[0], price: undefined }] },
    ],
    [
      'an unknown source',
      { ...DEMO_DRAFT, packages: [{ ...DEMO_DRAFT.packages[0], source: 'gift' }] },
    ],
    [
      'a stream with numbers for months',
      { ...DEMO_DRAFT, streams: [{ ...DEMO_DRAFT.streams[0], typedCalls: [1, 2] }] },
    ],
    ['an unknown deduction key', { ...DEMO_DRAFT, deductionOrder: ['cheapest'] }],
  ])('refuses %s', (_, draft) => {
    expect(isScenarioDraft(draft)).toBe(false);
  });

  it('sets aside a state it cannot read, from a newer version, instead of losing it', () => {
    const memory = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      setItem: (key: string, value: string) => memory.set(key, value),
    });
    expect(migrateStoredDraft({ draft: DEMO_DRAFT }, STORE_VERSION + 1)).toBeNull();
    expect(JSON.parse(memory.get(BACKUP_KEY) ?? 'null')).toEqual({
      version: STORE_VERSION + 1,
      state: { draft: DEMO_DRAFT },
    });
    vi.unstubAllGlobals();
  });

  it('has no migration for a version before the first, and sets that state aside too', () => {
    vi.stubGlobal('localStorage', { setItem: () => undefined });
    expect(migrateStoredDraft({ draft: DEMO_DRAFT }, 0)).toBeNull();
    vi.unstubAllGlobals();
  });
});
