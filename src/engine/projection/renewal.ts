import { expiryDate } from '../billing/deduction';
import { dayNumberToIso, type IsoDate, parseIsoDate, toDayNumber } from '../core/calendar';
import { readNumberText } from '../core/typed-number';

/**
 * The day a renewal takes over from a package, as typed: the day after its expiry day
 * (billing-rules §4: usable through the end of its expiry day). Null while its dates are not valid.
 */
export function renewalDate(pkg: {
  readonly createdOn: string;
  readonly activatesOn: string;
  readonly validityMonths: string;
}): string | null {
  const activatesOn = pkg.activatesOn.trim() === '' ? pkg.createdOn.trim() : pkg.activatesOn.trim();
  const validity = readNumberText(pkg.validityMonths) ?? 12;
  if (
    parseIsoDate(activatesOn) === null ||
    typeof validity !== 'number' ||
    !Number.isInteger(validity) ||
    validity < 1
  )
    return null;
  const expires = parseIsoDate(expiryDate({ activatesOn, validityMonths: validity }));
  return expires ? dayNumberToIso(toDayNumber(expires) + 1) : null;
}

/** What the simulation says of a package that a renewal needs (PackageDetail of simulateDetailed). */
export type RenewalOutcome = {
  /** The horizon day its balance reached 0, or null. */
  readonly exhaustedOn: IsoDate | null;
  /** The day 80 % of its quota was used (the usage alert), or null. */
  readonly alertOn: IsoDate | null;
};

/** When a renewal takes effect and why: the day the package runs out, or the day after it expires. */
export type RenewalStart = {
  readonly startsOn: IsoDate;
  readonly reason: 'runs-out' | 'expires';
};

/**
 * The day a renewal should take effect (billing-rules §4, §5): the day the package runs out in
 * the simulation or the day after its expiry day, whichever comes first. On the day it runs out
 * it still pays first (it took effect earlier, §5), so a renewal taking effect that day pays only
 * the calls it could not: no call of that day goes to pay-per-use or fails. Without a
 * simulation (`outcome` null) or when it does not run out inside the horizon: after expiry.
 * Null while its dates are not valid.
 */
export function renewalStart(
  pkg: {
    readonly createdOn: string;
    readonly activatesOn: string;
    readonly validityMonths: string;
  },
  outcome: RenewalOutcome | null,
): RenewalStart | null {
  const afterExpiry = renewalDate(pkg);
  if (afterExpiry === null) return null;
  const runsOut = outcome?.exhaustedOn ?? null;
  return runsOut !== null && runsOut < afterExpiry
    ? { startsOn: runsOut, reason: 'runs-out' }
    : { startsOn: afterExpiry as IsoDate, reason: 'expires' };
}

/**
 * The day to renew at the usage alert (80 % of the quota used, when HUAWEI CLOUD warns), or
 * null when the alert does not fire inside the horizon or comes no earlier than the renewal
 * would anyway (renewalStart).
 */
export function renewalAtAlert(
  pkg: {
    readonly createdOn: string;
    readonly activatesOn: string;
    readonly validityMonths: string;
  },
  outcome: RenewalOutcome | null,
): IsoDate | null {
  const start = renewalStart(pkg, outcome);
  const alert = outcome?.alertOn ?? null;
  return start !== null && alert !== null && alert < start.startsOn ? alert : null;
}
