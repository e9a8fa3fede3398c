import type { DraftCheck } from '../../store/draft';

/** Every problem the draft has, once each: field messages as `path: message`, then the general ones. */
export function listProblems(check: Pick<DraftCheck, 'fieldErrors' | 'generalErrors'>): string[] {
  return [
    ...Object.entries(check.fieldErrors).map(([path, message]) => `${path}: ${message}`),
    ...check.generalErrors,
  ];
}
