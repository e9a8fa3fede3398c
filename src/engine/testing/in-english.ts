import { type Message, renderMessage } from '../messages';

/*
 * Tests that were written against the engine's English messages read them through this: the
 * command line's rendering of each message, path included, exactly as the gate once wrote them.
 */

export type InEnglish<T> =
  | Exclude<T, { readonly ok: false }>
  | { readonly ok: false; readonly errors: readonly string[] };

/** A gate's result with its messages in the command line's English. */
export function inEnglish<T extends { readonly ok: boolean }>(
  result: T & ({ readonly ok: true } | { readonly ok: false; readonly errors: readonly Message[] }),
): InEnglish<T> {
  if (result.ok) return result as Exclude<T, { readonly ok: false }>;
  return {
    ok: false,
    errors: (result as { readonly errors: readonly Message[] }).errors.map(renderMessage),
  };
}
