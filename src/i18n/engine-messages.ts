import type { Catalog } from '../engine';
import {
  apiDisplayName,
  callsOfSizeLabel,
  regionDisplayName,
  sizeDisplayName,
} from '../ui/catalog-names';
import { formatCurrency, formatDate } from '../ui/format';
import { currentLocale } from './locale';
import { t } from './translate';

/*
 * The engine's messages in the page's language, translated where they are shown. The engine
 * stays pure and English (the command line and the tests read its exact words): its messages
 * are recognised here by their shape, `path: rule` keeping its path and translating its rule.
 * A message not recognised stays English. In English every message is returned as it is.
 */

type Pattern = readonly [RegExp, (groups: readonly string[]) => string];

const DATE = String.raw`(\d{4}-\d{2}-\d{2})`;
const NUMBER = String.raw`(-?[\d,]+(?:\.\d+)?)`;
const group = (groups: readonly string[], index: number) => groups[index] ?? '';
const date = (iso: string) => formatDate(iso);

/** The rules of the scenario gate, the catalog check, the draft's generator and the import gate. */
const RULES: readonly Pattern[] = [
  // src/engine/scenario.ts MESSAGES
  [/^must be an object$/, () => t('must be an object')],
  [/^must be a list$/, () => t('must be a list')],
  [/^must be a string$/, () => t('must be a string')],
  [/^must be true or false$/, () => t('must be true or false')],
  [/^is required$/, () => t('is required')],
  [
    /^unknown field \(not part of the scenario format\)$/,
    () => t('unknown field (not part of the scenario format)'),
  ],
  [/^must be a non-empty string$/, () => t('must be a non-empty string')],
  [
    /^must be a three-letter currency code such as "USD"$/,
    () => t('must be a three-letter currency code such as "USD"'),
  ],
  [/^must be a real month written YYYY-MM$/, () => t('must be a real month written YYYY-MM')],
  [/^must be a real date written YYYY-MM-DD$/, () => t('must be a real date written YYYY-MM-DD')],
  [
    new RegExp(`^must be a whole number from ${NUMBER} to ${NUMBER}$`),
    (g) => t('must be a whole number from {min} to {max}', { min: group(g, 1), max: group(g, 2) }),
  ],
  [
    /^must be a whole number \(negative allowed\)$/,
    () => t('must be a whole number (negative allowed)'),
  ],
  [
    /^must be a plain decimal string ≥ 0 with at most (\d+) digits after the point, such as "([^"]*)"$/,
    (g) =>
      t(
        'must be a plain decimal string ≥ 0 with at most {digits} digits after the point, such as "{example}"',
        { digits: group(g, 1), example: group(g, 2) },
      ),
  ],
  [/^must be one of (.+)$/, (g) => t('must be one of {values}', { values: group(g, 1) })],
  [
    /^must list (\d+) to (\d+) keys$/,
    (g) => t('must list {min} to {max} keys', { min: group(g, 1), max: group(g, 2) }),
  ],
  [/^must have at least one tier$/, () => t('must have at least one tier')],
  [
    /^must be a whole number ≥ 1, or null on the last tier only$/,
    () => t('must be a whole number ≥ 1, or null on the last tier only'),
  ],
  [
    /^must be null: the last tier has no upper limit$/,
    () => t('must be null: the last tier has no upper limit'),
  ],
  // src/engine/scenario.ts, rules with values
  [
    /^unknown field (".*") \(not part of the scenario format\)$/,
    (g) => t('unknown field {field} (not part of the scenario format)', { field: group(g, 1) }),
  ],
  [
    /^is required and must be (".*")$/,
    (g) => t('is required and must be {format}', { format: group(g, 1) }),
  ],
  [
    /^unknown format (.+): this reader reads (".*")$/,
    (g) =>
      t('unknown format {format}: this reader reads {expected}', {
        format: group(g, 1),
        expected: group(g, 2),
      }),
  ],
  [
    /^is required \(this reader reads version (\d+)\)$/,
    (g) => t('is required (this reader reads version {version})', { version: group(g, 1) }),
  ],
  [
    /^unknown version (.+): this scenario was written by a newer version of the format; this reader reads version (\d+)$/,
    (g) =>
      t(
        'unknown version {version}: this scenario was written by a newer version of the format; this reader reads version {expected}',
        { version: group(g, 1), expected: group(g, 2) },
      ),
  ],
  [
    /^unknown version (.+): this reader reads version (\d+)$/,
    (g) =>
      t('unknown version {version}: this reader reads version {expected}', {
        version: group(g, 1),
        expected: group(g, 2),
      }),
  ],
  [
    /^no pay-per-use price for (.*) in (.*) \(add a payPerUse entry, or set subscribed to false\)$/,
    (g) =>
      t(
        'no pay-per-use price for {api} in {region} (add a payPerUse entry, or set subscribed to false)',
        { api: group(g, 1), region: group(g, 2) },
      ),
  ],
  [
    /^the calls of all streams add up to more than (\d+), the largest total this simulator counts exactly$/,
    (g) =>
      t(
        'the calls of all streams add up to more than {max}, the largest total this simulator counts exactly',
        { max: group(g, 1) },
      ),
  ],
  [/^not valid JSON \((.*)\)$/s, (g) => t('not valid JSON ({detail})', { detail: group(g, 1) })],
  [
    /^(".*") is already listed at (\S+)$/,
    (g) => t('{key} is already listed at {path}', { key: group(g, 1), path: group(g, 2) }),
  ],
  [
    /^(\S+) already projects (.*) in (.*): one stream per API and region$/,
    (g) =>
      t('{path} already projects {api} in {region}: one stream per API and region', {
        path: group(g, 1),
        api: group(g, 2),
        region: group(g, 3),
      }),
  ],
  [
    /^must have exactly (\d+) whole numbers, one per month of the horizon \(found (\d+)\)$/,
    (g) =>
      t('must have exactly {months} whole numbers, one per month of the horizon (found {found})', {
        months: group(g, 1),
        found: group(g, 2),
      }),
  ],
  [
    /^must be a whole number from 0 to calls \((\d+)\)$/,
    (g) => t('must be a whole number from 0 to calls ({calls})', { calls: group(g, 1) }),
  ],
  [
    new RegExp(`^must not be before createdOn ${DATE}$`),
    (g) => t('must not be before createdOn {date}', { date: date(group(g, 1)) }),
  ],
  [
    /^(\S+) already prices (.*) in every region: one entry per API and region$/,
    (g) =>
      t('{path} already prices {api} in every region: one entry per API and region', {
        path: group(g, 1),
        api: group(g, 2),
      }),
  ],
  [
    /^(\S+) already prices (.*) in (.*): one entry per API and region$/,
    (g) =>
      t('{path} already prices {api} in {region}: one entry per API and region', {
        path: group(g, 1),
        api: group(g, 2),
        region: group(g, 3),
      }),
  ],
  [
    /^must be greater than the previous tier's upTo \((\d+)\): tiers ascend$/,
    (g) =>
      t("must be greater than the previous tier's upTo ({previous}): tiers ascend", {
        previous: group(g, 1),
      }),
  ],
  [
    /^(".*") is already the id of (\S+): ids must be unique$/,
    (g) =>
      t('{id} is already the id of {path}: ids must be unique', {
        id: group(g, 1),
        path: group(g, 2),
      }),
  ],
  // src/engine/catalog.ts
  [/^must be (".*")$/, (g) => t('must be {format}', { format: group(g, 1) })],
  [
    /^unknown version: this app reads version (\d+)$/,
    (g) => t('unknown version: this app reads version {version}', { version: group(g, 1) }),
  ],
  [/^must be a three-letter currency code$/, () => t('must be a three-letter currency code')],
  [/^must be a date written YYYY-MM-DD$/, () => t('must be a date written YYYY-MM-DD')],
  [/^must be a list of non-empty strings$/, () => t('must be a list of non-empty strings')],
  [/^must be a whole number ≥ 1$/, () => t('must be a whole number ≥ 1')],
  [
    /^must be a non-empty list of whole numbers ≥ 1$/,
    () => t('must be a non-empty list of whole numbers ≥ 1'),
  ],
  [/^must be a non-empty list$/, () => t('must be a non-empty list')],
  [/^must have a non-empty id and name$/, () => t('must have a non-empty id and name')],
  [/^(".*") is listed twice$/, (g) => t('{id} is listed twice', { id: group(g, 1) })],
  [
    /^must have a non-empty id, a name and a list of apis$/,
    () => t('must have a non-empty id, a name and a list of apis'),
  ],
  [/^must be the id of an API in apis$/, () => t('must be the id of an API in apis')],
  [/^must be a plain decimal string ≥ 0$/, () => t('must be a plain decimal string ≥ 0')],
  [
    /^must have a unitPrice written as a plain decimal string ≥ 0$/,
    () => t('must have a unitPrice written as a plain decimal string ≥ 0'),
  ],
  [/^must be null on the last tier$/, () => t('must be null on the last tier')],
  [
    /^must be a whole number above the previous tier$/,
    () => t('must be a whole number above the previous tier'),
  ],
  // src/store/draft.ts, the calls generator
  [
    new RegExp(`^must be a number from ${NUMBER} to ${NUMBER} \\(% a month\\)$`),
    (g) =>
      t('must be a number from {min} to {max} (% a month)', { min: group(g, 1), max: group(g, 2) }),
  ],
  [
    new RegExp(`^must be a percentage from ${NUMBER} to ${NUMBER}, such as ${NUMBER}$`),
    (g) =>
      t('must be a percentage from {min} to {max}, such as {example}', {
        min: group(g, 1),
        max: group(g, 2),
        example: group(g, 3),
      }),
  ],
  [
    new RegExp(`^gives a month more than ${NUMBER} calls$`),
    (g) => t('gives a month more than {max} calls', { max: group(g, 1) }),
  ],
  [
    new RegExp(`^must be a percentage from ${NUMBER} to ${NUMBER}$`),
    (g) => t('must be a percentage from {min} to {max}', { min: group(g, 1), max: group(g, 2) }),
  ],
  [
    new RegExp(`^gives month (\\d+) more than ${NUMBER} calls$`),
    (g) => t('gives month {month} more than {max} calls', { month: group(g, 1), max: group(g, 2) }),
  ],
  // src/features/share: the import gate and share links
  [
    /^the document is (.+); the limit is (.+)$/,
    (g) =>
      t('the document is {size}; the limit is {limit}', { size: group(g, 1), limit: group(g, 2) }),
  ],
  [
    /^(\d+) streams; the limit is (\d+)$/,
    (g) => t('{count} streams; the limit is {limit}', { count: group(g, 1), limit: group(g, 2) }),
  ],
  [
    /^(\d+) packages; the limit is (\d+)$/,
    (g) => t('{count} packages; the limit is {limit}', { count: group(g, 1), limit: group(g, 2) }),
  ],
  [
    /^(\d+) price entries; the limit is (\d+)$/,
    (g) =>
      t('{count} price entries; the limit is {limit}', { count: group(g, 1), limit: group(g, 2) }),
  ],
  [
    /^too long to be a scenario the simulator can open$/,
    () => t('too long to be a scenario the simulator can open'),
  ],
  [
    /^damaged \(it is not a scenario link this simulator wrote\); ask for the link again$/,
    () => t('damaged (it is not a scenario link this simulator wrote); ask for the link again'),
  ],
  [
    /^made by a newer version of the simulator \(link format (\d+)\); this one reads format (\d+)$/,
    (g) =>
      t(
        'made by a newer version of the simulator (link format {version}); this one reads format {expected}',
        { version: group(g, 1), expected: group(g, 2) },
      ),
  ],
  [
    /^unknown link format (\d+)$/,
    (g) => t('unknown link format {version}', { version: group(g, 1) }),
  ],
  [
    /^damaged \(its data is not base64url\); ask for the link again$/,
    () => t('damaged (its data is not base64url); ask for the link again'),
  ],
  [
    /^the scenario in it is larger than the 1 MB limit$/,
    () => t('the scenario in it is larger than the 1 MB limit'),
  ],
  [
    /^the page could not load what opens links; reload it to try again$/,
    () => t('the page could not load what opens links; reload it to try again'),
  ],
  [
    /^damaged \(its data does not decompress\); ask for the link again$/,
    () => t('damaged (its data does not decompress); ask for the link again'),
  ],
  [
    /^damaged \(its data is not text\); ask for the link again$/,
    () => t('damaged (its data is not text); ask for the link again'),
  ],
];

function firstMatch(patterns: readonly Pattern[], text: string): string | null {
  for (const [pattern, render] of patterns) {
    const match = pattern.exec(text);
    if (match) return render(match);
  }
  return null;
}

/** A rule without its path ("must be a whole number from 1 to 120"), in the page's language. */
export function translateRule(rule: string): string {
  if (currentLocale() === 'en') return rule;
  return firstMatch(RULES, rule) ?? rule;
}

/** A field's message, when it has one, in the page's language. */
export function translateError(rule: string | undefined): string | undefined {
  return rule === undefined ? undefined : translateRule(rule);
}

/** A path as messages write it: `packages[2].activatesOn`, `link`, `scenario`. */
const PATH = /^[A-Za-z_][\w]*(?:\[\d+\])*(?:\.[\w]+(?:\[\d+\])*)*$/;

function translatePath(path: string): string {
  if (path === 'link') return t('link');
  if (path === 'scenario') return t('scenario');
  if (path === 'catalog') return t('catalog');
  return path;
}

/**
 * A whole message ("packages[2].activatesOn: must not be before createdOn 2027-03-01") in the
 * page's language: the path kept, the rule translated.
 */
export function translateEngineMessage(message: string): string {
  if (currentLocale() === 'en') return message;
  const separator = message.indexOf(': ');
  const path = separator > 0 ? message.slice(0, separator) : '';
  if (!PATH.test(path)) return translateRule(message);
  return t('{path}: {rule}', {
    path: translatePath(path),
    rule: translateRule(message.slice(separator + 2)),
  });
}

const SOURCE_NAMES = {
  free: () => t('free'),
  promotional: () => t('promotional'),
  purchased: () => t('purchased'),
} as const;

const sourceName = (source: string) =>
  source in SOURCE_NAMES ? SOURCE_NAMES[source as keyof typeof SOURCE_NAMES]() : source;

/** Why one package pays before another (src/engine/deduction.ts describeRule). */
const ORDER_REASONS: readonly Pattern[] = [
  [
    /^(free|promotional|purchased) before (free|promotional|purchased)$/,
    (g) =>
      t('{first} before {second}', {
        first: sourceName(group(g, 1)),
        second: sourceName(group(g, 2)),
      }),
  ],
  [
    /^priority (-?\d+) before priority (-?\d+) \(lower first\)$/,
    (g) =>
      t('priority {first} before priority {second} (lower first)', {
        first: group(g, 1),
        second: group(g, 2),
      }),
  ],
  [
    new RegExp(`^takes effect earlier \\(${DATE} before ${DATE}\\)$`),
    (g) =>
      t('takes effect earlier ({first} before {second})', {
        first: date(group(g, 1)),
        second: date(group(g, 2)),
      }),
  ],
  [
    new RegExp(`^expires earlier \\(${DATE} before ${DATE}\\)$`),
    (g) =>
      t('expires earlier ({first} before {second})', {
        first: date(group(g, 1)),
        second: date(group(g, 2)),
      }),
  ],
  [
    new RegExp(`^bought earlier \\(${DATE} before ${DATE}\\)$`),
    (g) =>
      t('bought earlier ({first} before {second})', {
        first: date(group(g, 1)),
        second: date(group(g, 2)),
      }),
  ],
  [
    /^listed earlier \(package (\d+) before package (\d+)\); every other rule ties$/,
    (g) =>
      t('listed earlier (package {first} before package {second}); every other rule ties', {
        first: group(g, 1),
        second: group(g, 2),
      }),
  ],
];

/** A deduction-order reason ("promotional before purchased") in the page's language. */
export function translateOrderReason(reason: string): string {
  if (currentLocale() === 'en') return reason;
  return firstMatch(ORDER_REASONS, reason) ?? reason;
}

/** "1234.5 USD" as the engine writes an amount, formatted for the page; other text as it is. */
function money(text: string): string {
  const match = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(text);
  return match ? formatCurrency(group(match, 1), group(match, 2)) : text;
}

/**
 * "General Text in ap-southeast-1" as the advisor names a stream (the catalog's English API name,
 * the region's id), in the page's language with the catalog's names.
 */
function streamPlace(text: string, catalog: Catalog | undefined): string {
  const match = /^(.*) in ([\w-]+)$/.exec(text);
  if (!match) return text;
  const apiText = group(match, 1);
  const api = catalog?.apis.find(
    (candidate) => candidate.name === apiText || candidate.id === apiText,
  );
  return t('{api} in {region}', {
    api: api ? apiDisplayName(catalog, api.id) : apiText,
    region: regionDisplayName(catalog, group(match, 2)),
  });
}

/** "1M", "100k" as the advisor writes a size, in the page's language ("100万次", "10万次"). */
function packageSize(text: string): string {
  const calls = callsOfSizeLabel(text);
  return calls === null ? text : sizeDisplayName(calls);
}

/** "2 × 1M on 2027-01-01, 1 × 100k on 2027-06-01" item by item. */
function purchaseList(text: string): string {
  return text
    .split(', ')
    .map((item) => {
      const match = new RegExp(`^(\\d+) × (\\S+) on ${DATE}$`).exec(item);
      return match
        ? t('{count} × {size} on {date}', {
            count: group(match, 1),
            size: packageSize(group(match, 2)),
            date: date(group(match, 3)),
          })
        : item;
    })
    .join(t(', '));
}

/** The advisor's explanation lines (src/engine/advisor.ts describeResult and explainStream). */
function advisorPatterns(catalog: Catalog | undefined): readonly Pattern[] {
  return [
    // Why a search did not finish (src/features/advisor: the worker and its host).
    [
      /^The scenario cannot be read: (.*)$/s,
      (g) =>
        t('The scenario cannot be read: {reason}', {
          reason: translateEngineMessage(group(g, 1)),
        }),
    ],
    [
      /^A low or high case cannot be read: (.*)$/s,
      (g) =>
        t('A low or high case cannot be read: {reason}', {
          reason: translateEngineMessage(group(g, 1)),
        }),
    ],
    [
      /^The price catalog cannot be read: (.*)$/s,
      (g) =>
        t('The price catalog cannot be read: {reason}', {
          reason: translateEngineMessage(group(g, 1)),
        }),
    ],
    [/^The search was stopped\.$/, () => t('The search was stopped.')],
    [
      /^The advisor could not start \((.*)\)\.$/s,
      (g) =>
        t('The advisor could not start ({reason}).', {
          reason: group(g, 1) === 'no Web Worker' ? t('no Web Worker') : group(g, 1),
        }),
    ],
    [
      /^The advisor stopped unexpectedly \((.*)\)\.$/s,
      (g) => t('The advisor stopped unexpectedly ({reason}).', { reason: group(g, 1) }),
    ],
    [/^The advisor stopped unexpectedly\.$/, () => t('The advisor stopped unexpectedly.')],
    [
      /^Lowest worst-case total cost over (\d+) scenarios that differ only in monthly calls, as the simulation computes each\.$/,
      (g) =>
        t(
          'Lowest worst-case total cost over {count} scenarios that differ only in monthly calls, as the simulation computes each.',
          { count: group(g, 1) },
        ),
    ],
    [
      /^Lowest total cost over the horizon \(packages bought plus pay-per-use\), as the simulation computes it\.$/,
      () =>
        t(
          'Lowest total cost over the horizon (packages bought plus pay-per-use), as the simulation computes it.',
        ),
    ],
    [
      /^Where pay-per-use is not subscribed, calls no package covers fail and cost nothing: there the plan first keeps failed calls as low as possible, then costs the least\.$/,
      () =>
        t(
          'Where pay-per-use is not subscribed, calls no package covers fail and cost nothing: there the plan first keeps failed calls as low as possible, then costs the least.',
        ),
    ],
    [
      /^Packages are bought on the first day of a month, in the catalog's sizes, valid (\d+) months\.$/,
      (g) =>
        t(
          "Packages are bought on the first day of a month, in the catalog's sizes, valid {months} months.",
          { months: group(g, 1) },
        ),
    ],
    [
      /^Keeps the (\d+) packages? already held or given; replaces (\d+) planned purchases?\.$/,
      (g) =>
        t(
          'Keeps the {kept} packages already held or given; replaces {planned} planned purchases.',
          {
            kept: group(g, 1),
            planned: group(g, 2),
          },
        ),
    ],
    [
      /^The worst case is a maximum over scenarios, so all streams are planned together\.$/,
      () => t('The worst case is a maximum over scenarios, so all streams are planned together.'),
    ],
    [
      /^Each stream is planned on its own: a package pays only for its own API and region, so costs add up stream by stream\.$/,
      () =>
        t(
          'Each stream is planned on its own: a package pays only for its own API and region, so costs add up stream by stream.',
        ),
    ],
    [
      /^Proven cheapest: the exhaustive search covered every plan that could be cheaper\.$/,
      () => t('Proven cheapest: the exhaustive search covered every plan that could be cheaper.'),
    ],
    [
      /^Not proven cheapest for every stream: see each stream\.$/,
      () => t('Not proven cheapest for every stream: see each stream.'),
    ],
    [
      /^Total (.+): (.+) less than the current plan, (.+) less than pay-per-use only\.$/,
      (g) =>
        t(
          'Total {total}: {againstCurrent} less than the current plan, {againstPayPerUse} less than pay-per-use only.',
          {
            total: money(group(g, 1)),
            againstCurrent: money(group(g, 2)),
            againstPayPerUse: money(group(g, 3)),
          },
        ),
    ],
    [
      /^(.+): the catalog sells no package for this API\.$/,
      (g) =>
        t('{stream}: the catalog sells no package for this API.', {
          stream: streamPlace(group(g, 1), catalog),
        }),
    ],
    [
      /^(.+): buy nothing; no package pays for itself at these volumes\.$/,
      (g) =>
        t('{stream}: buy nothing; no package pays for itself at these volumes.', {
          stream: streamPlace(group(g, 1), catalog),
        }),
    ],
    [
      /^(.+): no calls, nothing to buy\.$/,
      (g) =>
        t('{stream}: no calls, nothing to buy.', { stream: streamPlace(group(g, 1), catalog) }),
    ],
    [
      /^(.+): buy (.+); this stream then costs (.+)\.$/,
      (g) =>
        t('{stream}: buy {purchases}; this stream then costs {cost}.', {
          stream: streamPlace(group(g, 1), catalog),
          purchases: purchaseList(group(g, 2)),
          cost: money(group(g, 3)),
        }),
    ],
    [
      /^Pay-per-use is not subscribed here: calls no package covers fail \(ModelArts\.4204\)\. The plan first keeps failed calls as low as possible \((\d+) left\), then costs the least\.$/,
      (g) =>
        t(
          'Pay-per-use is not subscribed here: calls no package covers fail (ModelArts.4204). The plan first keeps failed calls as low as possible ({failed} left), then costs the least.',
          { failed: group(g, 1) },
        ),
    ],
    [
      /^Proven cheapest: every plan that could be cheaper was checked\.$/,
      () => t('Proven cheapest: every plan that could be cheaper was checked.'),
    ],
    [
      /^Best plan found, not proven cheapest: no single change \(adding, removing or resizing one package, or moving one by a month\) makes it cheaper; the exhaustive search stopped after (\d+) steps\.$/,
      (g) =>
        t(
          'Best plan found, not proven cheapest: no single change (adding, removing or resizing one package, or moving one by a month) makes it cheaper; the exhaustive search stopped after {steps} steps.',
          { steps: group(g, 1) },
        ),
    ],
  ];
}

/** One line of the advisor's explanation in the page's language; the catalog names its APIs and regions. */
export function translateAdvisorLine(line: string, catalog?: Catalog): string {
  if (currentLocale() === 'en') return line;
  return firstMatch(advisorPatterns(catalog), line) ?? line;
}
