import { type ParseResult, parseScenario, type Scenario } from '../../engine';

/*
 * The gate for scenario documents from outside (an imported file, a share link): sizes are
 * capped before any real work, then the engine's parseScenario judges the rest. Nothing here
 * executes or renders what the document holds: names and labels stay plain text.
 */

export const IMPORT_LIMITS = {
  bytes: 1024 * 1024,
  streams: 200,
  packages: 1000,
  payPerUseEntries: 1000,
} as const;

export type ImportResult = ParseResult;

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** Reads scenario text (a file's content, an inflated link): capped, parsed, validated. */
export function readScenarioText(text: string): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > IMPORT_LIMITS.bytes) {
    return {
      ok: false,
      errors: [
        `scenario: the document is ${megabytes(bytes)}; the limit is ${megabytes(IMPORT_LIMITS.bytes)}`,
      ],
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        `scenario: not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`,
      ],
    };
  }
  return readScenarioDocument(document);
}

/** Caps the lists of a parsed document, then hands it to the engine's gate. */
export function readScenarioDocument(document: unknown): ImportResult {
  if (typeof document === 'object' && document !== null && !Array.isArray(document)) {
    const record = document as Record<string, unknown>;
    const errors: string[] = [];
    const cap = (field: 'streams' | 'packages' | 'payPerUse', limit: number, noun: string) => {
      const list = record[field];
      if (Array.isArray(list) && list.length > limit)
        errors.push(`${field}: ${list.length} ${noun}; the limit is ${limit}`);
    };
    cap('streams', IMPORT_LIMITS.streams, 'streams');
    cap('packages', IMPORT_LIMITS.packages, 'packages');
    cap('payPerUse', IMPORT_LIMITS.payPerUseEntries, 'price entries');
    if (errors.length > 0) return { ok: false, errors };
  }
  return parseScenario(document);
}

/** Which built-in catalog a scenario's prices belong with, from its currency. */
export function catalogForCurrency(scenario: Pick<Scenario, 'currency'>): string {
  return scenario.currency === 'CNY' ? 'mainland' : 'international';
}
