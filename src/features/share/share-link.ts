import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { type MessageCode, message, type Scenario, serializeScenario } from '../../engine';
import { IMPORT_LIMITS, type ImportResult, readScenarioText } from './scenario-import';
import { SHARE_PARAMETER } from './share-parameter';

/*
 * A share link carries the whole scenario document in the URL fragment, deflated and written in
 * base64url: no server sees it and it never expires. `#scenario=2.<data>`: the number is the
 * link encoding's version, so a link from a newer simulator can say so.
 */

/**
 * The link encoding's version. 2: the scenario inside is written in format version 2, which
 * keeps each stream's model. A version 1 link holds a version 1 document, which the gate still
 * reads as it is: the encoding did not change, so no step is needed to read it.
 */
const SHARE_LINK_VERSION = 2;
/** A fragment longer than this cannot hold a scenario within the import size limit. */
const MAX_FRAGMENT_LENGTH = 2 * IMPORT_LIMITS.bytes;

/**
 * A link longer than this leaves the usage history out: chat apps and mail cut longer links,
 * and a printed QR code cannot hold one. The monthly calls stay, so the link means the same.
 */
export const HISTORY_LINK_LIMIT = 8000;

/** The scenario without its streams' imported history (and where it came from). */
export function withoutHistory(scenario: Scenario): Scenario {
  return {
    ...scenario,
    streams: scenario.streams.map(
      ({ history: _history, historySource: _source, ...stream }) => stream,
    ),
  };
}

/** The share link, without the usage history when keeping it would pass HISTORY_LINK_LIMIT. */
export function shortShareLinkFor(
  scenario: Scenario,
  pageUrl: string,
): { readonly link: string; readonly historyLeftOut: boolean } {
  const link = shareLinkFor(scenario, pageUrl);
  if (link.length <= HISTORY_LINK_LIMIT || !scenario.streams.some((stream) => stream.history))
    return { link, historyLeftOut: false };
  return { link: shareLinkFor(withoutHistory(scenario), pageUrl), historyLeftOut: true };
}

export function encodeScenarioFragment(scenario: Scenario): string {
  const json = JSON.stringify(serializeScenario(scenario));
  return `${SHARE_PARAMETER}=${SHARE_LINK_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The page's address with the scenario as its fragment. */
export function shareLinkFor(scenario: Scenario, pageUrl: string): string {
  const url = new URL(pageUrl);
  url.hash = encodeScenarioFragment(scenario);
  return url.toString();
}

/** Reads a share link's fragment back into a scenario, or says clearly why it cannot. */
export function decodeScenarioFragment(fragment: string): ImportResult {
  const body = fragment.replace(/^#/, '').slice(SHARE_PARAMETER.length + 1);
  if (body.length > MAX_FRAGMENT_LENGTH) return refused('link.tooLong');
  const match = /^(\d{1,6})\.([A-Za-z0-9_-]*)$/.exec(body);
  if (!match) return refused('link.notALink');
  const version = Number(match[1]);
  if (version > SHARE_LINK_VERSION) {
    return {
      ok: false,
      errors: [message('link.newer', ['link'], { found: version, expected: SHARE_LINK_VERSION })],
    };
  }
  if (version < 1)
    return { ok: false, errors: [message('link.unknownVersion', ['link'], { found: version })] };
  const bytes = fromBase64Url(match[2] as string);
  if (bytes === null) return refused('link.notBase64');
  const inflated = inflateCapped(bytes, IMPORT_LIMITS.bytes);
  if (inflated === 'too large')
    return {
      ok: false,
      errors: [message('link.tooLarge', ['link'], { limit: IMPORT_LIMITS.bytes })],
    };
  if (inflated === null) return refused('link.notDeflated');
  let text: string;
  try {
    text = strFromU8(inflated);
  } catch {
    return refused('link.notText');
  }
  return readScenarioText(text);
}

/** A link refused for a reason that needs no detail. */
function refused(
  code: Extract<
    MessageCode,
    'link.tooLong' | 'link.notALink' | 'link.notBase64' | 'link.notDeflated' | 'link.notText'
  >,
): ImportResult {
  return { ok: false, errors: [message(code, ['link'], {})] };
}

/** Inflates at most `limit` bytes: a small link must never expand into a huge document. */
function inflateCapped(bytes: Uint8Array, limit: number): Uint8Array | 'too large' | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let ended = false;
  try {
    const inflater = new Inflate((chunk, final) => {
      ended = final;
      total += chunk.length;
      if (total > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    for (let offset = 0; offset < bytes.length && !tooLarge; offset += 16 * 1024) {
      const end = Math.min(bytes.length, offset + 16 * 1024);
      inflater.push(bytes.subarray(offset, end), end === bytes.length);
    }
    if (tooLarge) return 'too large';
    if (!ended) return null;
  } catch {
    return tooLarge ? 'too large' : null;
  }
  if (bytes.length === 0) return null;
  const result = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    result.set(chunk, position);
    position += chunk.length;
  }
  return result;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(
      text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4),
    );
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}
