/*
 * The gate keeps its reading of a part of a scenario document that cannot change (parseScenario):
 * whoever builds documents edit by edit freezes the parts with `deepFreeze`, and the gate asks
 * `isDeeplyFrozen` before it reuses anything.
 */

/** Freezes `value` and everything in it, and gives it back. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Whether nothing in `value` can change. */
export function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}
