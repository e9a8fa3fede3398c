import { expiryDate } from '../billing/deduction';
import { dayNumberToIso, parseIsoDate, toDayNumber } from '../core/calendar';
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
