import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../engine/testing/in-english';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft, draftFromScenario } from '../../store/draft';
import {
  decodeScenarioFragment as decodeScenarioFragmentData,
  encodeScenarioFragment,
  HISTORY_LINK_LIMIT,
  shareLinkFor,
  shortShareLinkFor,
} from './share-link';

import { isShareFragment } from './share-parameter';

const decodeScenarioFragment = (fragment: string) =>
  inEnglish(decodeScenarioFragmentData(fragment));

function demoScenario() {
  const check = checkDraft(DEMO_DRAFT);
  if (!check.parsed.ok) throw new Error('the demo must be valid');
  return check.parsed.scenario;
}

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('share links', () => {
  it('round-trips a scenario exactly', () => {
    const scenario = demoScenario();
    expect(decodeScenarioFragment(`#${encodeScenarioFragment(scenario)}`)).toEqual({
      ok: true,
      scenario,
    });
  });

  it('keeps the demo scenario link under 2,000 characters', () => {
    const link = shareLinkFor(demoScenario(), 'https://example.org/tools/ocr/');
    expect(link.length).toBeLessThan(2000);
    expect(link.startsWith('https://example.org/tools/ocr/#scenario=2.')).toBe(true);
  });

  it('recognises its own fragments only', () => {
    expect(isShareFragment('#scenario=1.abc')).toBe(true);
    expect(isShareFragment('#results')).toBe(false);
  });

  it('says when a link was made by a newer simulator', () => {
    expect(decodeScenarioFragment('#scenario=3.abc')).toEqual({
      ok: false,
      errors: [
        'link: made by a newer version of the simulator (link format 3); this one reads format 2',
      ],
    });
  });

  it('opens a link the previous version made (link format 1, a version 1 scenario)', () => {
    const fragment = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'e2e', 'fixtures', 'link-format-1.txt'),
      'utf8',
    ).trim();
    expect(fragment.startsWith('#scenario=1.')).toBe(true);
    const result = decodeScenarioFragment(fragment);
    expect(result.ok && result.scenario.name).toBe('Saved by the previous version');
  });

  it('keeps each stream’s model, so the link reopens the generator as it was', () => {
    const result = decodeScenarioFragment(`#${encodeScenarioFragment(demoScenario())}`);
    if (!result.ok) throw new Error('the demo link must open');
    const draft = draftFromScenario(result.scenario, 'international');
    expect(draft.streams.map((stream) => [stream.callsSource, stream.generator])).toEqual(
      DEMO_DRAFT.streams.map((stream) => [stream.callsSource, stream.generator]),
    );
  });

  it('says when the scenario inside is of a newer format version', () => {
    const newer = JSON.stringify({ format: 'ocr-billing-scenario', version: 7 });
    const result = decodeScenarioFragment(`scenario=1.${base64Url(deflateSync(strToU8(newer)))}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(
      /^version: unknown version 7: .*newer version of the format/,
    );
  });

  it.each([
    ['#scenario=', 'damaged'],
    ['#scenario=1.', 'does not decompress'],
    ['#scenario=1.%%%', 'damaged'],
    ['#scenario=1.A', 'not base64url'],
    ['#scenario=1.AAAA', 'does not decompress'],
  ])('explains a damaged link %s', (fragment, words) => {
    const result = decodeScenarioFragment(fragment);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toContain(words);
  });

  it('explains a truncated link', () => {
    const fragment = encodeScenarioFragment(demoScenario());
    const result = decodeScenarioFragment(fragment.slice(0, fragment.length - 40));
    expect(result.ok).toBe(false);
  });

  it('refuses a small link that inflates beyond 1 MB', () => {
    const bomb = deflateSync(strToU8(' '.repeat(3 * 1024 * 1024)), { level: 9 });
    expect(decodeScenarioFragment(`scenario=1.${base64Url(bomb)}`)).toEqual({
      ok: false,
      errors: ['link: the scenario in it is larger than the 1 MB limit'],
    });
  });

  it('keeps markup in names as plain text', () => {
    const scenario = { ...demoScenario(), name: '<img src=x onerror=alert(1)>' };
    const result = decodeScenarioFragment(encodeScenarioFragment(scenario));
    expect(result.ok && result.scenario.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps a short history in the link and leaves a long one out, saying so', () => {
    const scenario = demoScenario();
    const withHistory = (months: number, noise: (month: number) => number) => ({
      ...scenario,
      streams: scenario.streams.map((stream) => ({
        ...stream,
        history: Array.from({ length: months }, (_, month) => ({
          month: `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
          calls: noise(month),
        })),
      })),
    });
    const page = 'https://example.org/';
    const short = shortShareLinkFor(
      withHistory(24, (month) => 1000 + month),
      page,
    );
    expect(short.historyLeftOut).toBe(false);
    const opened = decodeScenarioFragment(new URL(short.link).hash);
    expect(opened.ok && opened.scenario.streams[0]?.history).toHaveLength(24);

    // Calls that do not compress: 50 years per stream make a link too long to pass on.
    const long = shortShareLinkFor(
      withHistory(600, (month) => (month * 2_654_435_761) % 999_999_937),
      page,
    );
    expect(long.historyLeftOut).toBe(true);
    expect(long.link.length).toBeLessThanOrEqual(HISTORY_LINK_LIMIT);
    const reopened = decodeScenarioFragment(new URL(long.link).hash);
    expect(reopened.ok && reopened.scenario.streams[0]?.history).toBeUndefined();
    expect(reopened.ok && reopened.scenario.streams[0]?.monthlyCalls).toEqual(
      scenario.streams[0]?.monthlyCalls,
    );
  });
});
