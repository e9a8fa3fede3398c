import {
  type Message,
  message,
  type ParseResult,
  parseScenario,
  type Scenario,
} from '../../engine';

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

/** Reads scenario text (a file's content, an inflated link): capped, parsed, validated. */
export function readScenarioText(text: string): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > IMPORT_LIMITS.bytes) {
    return {
      ok: false,
      errors: [message('limit.documentSize', ['scenario'], { bytes, limit: IMPORT_LIMITS.bytes })],
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        message('json.invalid', ['scenario'], {
          detail: error instanceof Error ? error.message : 'unreadable',
        }),
      ],
    };
  }
  return readScenarioDocument(document);
}

/** Caps the lists of a parsed document, then hands it to the engine's gate. */
function readScenarioDocument(document: unknown): ImportResult {
  if (typeof document === 'object' && document !== null && !Array.isArray(document)) {
    const record = document as Record<string, unknown>;
    const errors: Message[] = [];
    const cap = (list: 'streams' | 'packages' | 'payPerUse', limit: number) => {
      const items = record[list];
      if (Array.isArray(items) && items.length > limit)
        errors.push(message('limit.listLength', [list], { list, count: items.length, limit }));
    };
    cap('streams', IMPORT_LIMITS.streams);
    cap('packages', IMPORT_LIMITS.packages);
    cap('payPerUse', IMPORT_LIMITS.payPerUseEntries);
    if (errors.length > 0) return { ok: false, errors };
  }
  return parseScenario(document);
}

/** Which built-in catalog a scenario's prices belong with, from its currency. */
export function catalogForCurrency(scenario: Pick<Scenario, 'currency'>): string {
  return scenario.currency === 'CNY' ? 'mainland' : 'international';
}
