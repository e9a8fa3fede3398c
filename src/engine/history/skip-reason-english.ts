import { message, renderRule } from '../messages';
import type { SkipReason } from './aggregate';

/* The command line's English for a skipped row; the page words the same codes in its language. */
export function skipReasonInEnglish(reason: SkipReason): string {
  return renderRule(skipReasonMessage(reason));
}

/** A skipped row's reason as a message (its code under `usage.`), for either renderer. */
export function skipReasonMessage(reason: SkipReason) {
  switch (reason.code) {
    case 'totalRow':
      return message('usage.totalRow', [], {});
    case 'noRegion':
      return message('usage.noRegion', [], {});
    case 'missingColumn':
      return message('usage.missingColumn', [], { column: reason.column });
    case 'monthTooLarge':
      return message('usage.monthTooLarge', [], { month: reason.month });
    default:
      return message(`usage.${reason.code}`, [], { value: reason.value });
  }
}
