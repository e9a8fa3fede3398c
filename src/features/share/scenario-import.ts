import { type ParseResult, parseScenarioText, SCENARIO_LIMITS, type Scenario } from '../../engine';

/*
 * Scenario documents from outside (an imported file, a share link) pass the engine's one gate,
 * parseScenarioText, with the same caps the page, saved data and the command line meet. Nothing
 * here executes or renders what the document holds: names and labels stay plain text.
 */

export const IMPORT_LIMITS = SCENARIO_LIMITS;

export type ImportResult = ParseResult;

/** Reads scenario text (a file's content, an inflated link): capped, parsed, validated. */
export function readScenarioText(text: string): ImportResult {
  return parseScenarioText(text);
}

/** Which built-in catalog a scenario's prices belong with, from its currency. */
export function catalogForCurrency(scenario: Pick<Scenario, 'currency'>): string {
  return scenario.currency === 'CNY' ? 'mainland' : 'international';
}
