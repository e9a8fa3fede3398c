/* billing-rules §3: a month's calls spread over its days, the one formula the day loop and the
 * advisor both use, so the two can never disagree by a call. */

/**
 * billing-rules §3: the calls on days 1 through `day` of a `daysInMonth`-day month with `volume`
 * calls, ⌊V·k/D⌋ (0 for day 0, `volume` for the last day).
 */
export function callsThroughDay(volume: number, day: number, daysInMonth: number): number {
  // V ≤ 10^12 and k ≤ 31, so V·k is an exact double and the division floors to the exact quotient.
  return Math.floor((volume * day) / daysInMonth);
}

/** billing-rules §3: day `day` (1-based) of a `daysInMonth`-day month with `volume` calls gets ⌊V·k/D⌋ − ⌊V·(k−1)/D⌋. */
export function callsOnDay(volume: number, day: number, daysInMonth: number): number {
  return callsThroughDay(volume, day, daysInMonth) - callsThroughDay(volume, day - 1, daysInMonth);
}
