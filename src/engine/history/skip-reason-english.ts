import type { SkipReason } from './aggregate';

/* The command line's English for a skipped row; the page words the same codes in its language. */
export function skipReasonInEnglish(reason: SkipReason): string {
  switch (reason.code) {
    case 'totalRow':
      return 'a total line, not usage';
    case 'missingColumn':
      return `the row has no "${reason.column}" column`;
    case 'badDate':
      return `"${reason.value}" is not a date`;
    case 'unknownApi':
      return `"${reason.value}" is not an OCR API of either catalog`;
    case 'unknownRegion':
      return `"${reason.value}" is not a region of either catalog`;
    case 'noRegion':
      return 'the file has no region column and no region was given';
    case 'badNumber':
      return `"${reason.value}" is not a whole number of calls`;
    case 'monthTooLarge':
      return `${reason.month} would exceed 1,000,000,000,000 calls`;
  }
}
