import type { Message } from '../../engine';
import type { DraftCheck } from '../../store/draft';

/** Every problem the draft has, once each: the field messages, then the general ones. */
export function listProblems(check: Pick<DraftCheck, 'fieldErrors' | 'generalErrors'>): Message[] {
  return [...Object.values(check.fieldErrors), ...check.generalErrors];
}
