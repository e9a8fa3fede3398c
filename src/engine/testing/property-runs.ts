/*
 * How many cases a fast-check property tries. Under Stryker every mutant reruns the covering
 * properties, so there a tenth of the cases keeps mutation testing to minutes; the full count
 * runs everywhere else.
 */
const underMutation = Boolean(
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env
    .STRYKER_MUTATOR_WORKER,
);

export function propertyRuns(numRuns: number): { numRuns: number } {
  return { numRuns: underMutation ? Math.max(10, Math.ceil(numRuns / 10)) : numRuns };
}
