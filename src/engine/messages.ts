import type { IsoDate } from './core/calendar';
import { type Money, roundMoney } from './core/money';

/*
 * Every message the engine (and the gates around it) produces, as data: a code, the path of the
 * field it is about, and typed parameters (counts, Money, dates, API and region ids), never
 * preformatted text. The page words each code in its language (src/i18n/messages.ts, where a
 * missing code is a type error); the command line and the tests use the one English rendering
 * below, which keeps the wording the command line has always printed.
 */

/** A path into a document, one segment per step: ['packages', 2, 'activatesOn']. */
export type MessagePath = readonly (string | number)[];

type None = Readonly<Record<never, never>>;

export type PackageSourceName = 'free' | 'promotional' | 'purchased';
export type DeductionKeyName =
  | 'source'
  | 'priority'
  | 'activatesOn'
  | 'expiresOn'
  | 'createdOn'
  | 'calls';

/** One purchase of an advised plan, as an explanation names it. */
export type PurchaseMention = {
  readonly count: number;
  readonly calls: number;
  readonly createdOn: IsoDate;
};

export type MessageParams = {
  // The shape of a JSON document (scenario, catalog).
  readonly 'json.notObject': None;
  readonly 'json.notList': None;
  readonly 'json.notText': None;
  readonly 'json.notBoolean': None;
  readonly 'json.required': None;
  /** `field` is set when the unknown key cannot be written in a path (empty, spaces, dots…). */
  readonly 'json.unknownField': { readonly field: string | null };
  readonly 'json.emptyText': None;
  readonly 'json.invalid': { readonly detail: string };

  // The scenario gate (scenario-format.md, billing-rules.md §8).
  readonly 'scenario.formatRequired': { readonly expected: string };
  /** `found` is the value as JSON writes it. */
  readonly 'scenario.formatUnknown': { readonly found: string; readonly expected: string };
  readonly 'scenario.versionRequired': { readonly expected: number };
  readonly 'scenario.versionNewer': { readonly found: number; readonly expected: number };
  readonly 'scenario.versionUnknown': { readonly found: string; readonly expected: number };
  readonly 'scenario.currency': None;
  readonly 'scenario.month': None;
  readonly 'scenario.date': None;
  readonly 'scenario.wholeNumber': { readonly min: number; readonly max: number };
  readonly 'scenario.usedCallsAboveQuota': { readonly calls: number };
  readonly 'scenario.priority': None;
  readonly 'scenario.price': { readonly places: number; readonly example: string };
  readonly 'scenario.source': { readonly allowed: readonly PackageSourceName[] };
  readonly 'scenario.mode': { readonly allowed: readonly string[] };
  readonly 'scenario.orderLength': { readonly min: number; readonly max: number };
  readonly 'scenario.orderKey': { readonly allowed: readonly DeductionKeyName[] };
  readonly 'scenario.orderKeyRepeated': { readonly key: DeductionKeyName; readonly first: number };
  readonly 'scenario.noTiers': None;
  readonly 'scenario.tierUpTo': None;
  readonly 'scenario.lastTierUpTo': None;
  readonly 'scenario.tiersAscend': { readonly previous: number };
  readonly 'scenario.monthCount': { readonly months: number; readonly found: number };
  readonly 'scenario.activatesBeforeCreated': { readonly createdOn: IsoDate };
  readonly 'scenario.unpriced': { readonly api: string; readonly region: string };
  readonly 'scenario.duplicatePlace': {
    readonly other: number;
    readonly api: string;
    readonly region: string;
  };
  /** `region` null: the entry for every region. */
  readonly 'scenario.duplicatePrice': {
    readonly other: number;
    readonly api: string;
    readonly region: string | null;
  };
  readonly 'scenario.duplicateId': {
    readonly id: string;
    readonly list: 'streams' | 'packages';
    readonly other: number;
  };
  readonly 'scenario.tooManyCalls': { readonly max: number };
  /** A field (or the `calls` key) that only format version 2 has, in a version 1 document. */
  readonly 'scenario.versionTwoField': { readonly version: number };
  readonly 'scenario.resetEvery': { readonly allowed: readonly string[] };
  readonly 'scenario.usedCallsNotUsable': { readonly firstDay: IsoDate };
  readonly 'scenario.modelKind': { readonly allowed: readonly string[] };
  readonly 'scenario.percent': { readonly min: number; readonly max: number };
  readonly 'scenario.seasonality': { readonly months: number };
  readonly 'scenario.historyLength': { readonly max: number };
  readonly 'scenario.historyOrder': { readonly previous: string };
  readonly 'scenario.sourceWithoutHistory': None;
  /** A date outside the calendar this simulator counts (CALENDAR_RANGE). */
  readonly 'scenario.dateRange': { readonly first: IsoDate; readonly last: IsoDate };
  readonly 'scenario.monthRange': { readonly first: string; readonly last: string };
  /** The horizon's last month falls after the calendar's last. */
  readonly 'scenario.horizonEnd': { readonly last: string };
  /** A package that would expire after the calendar's last day. */
  readonly 'scenario.expiryRange': { readonly last: IsoDate };
  readonly 'scenario.priceDigits': { readonly digits: number };

  // Limits on a document from outside (an import, a link).
  readonly 'limit.documentSize': { readonly bytes: number; readonly limit: number };
  readonly 'limit.nesting': { readonly limit: number };
  readonly 'limit.listLength': {
    readonly list: 'streams' | 'packages' | 'payPerUse';
    readonly count: number;
    readonly limit: number;
  };

  // Share links.
  readonly 'link.tooLong': None;
  readonly 'link.notALink': None;
  readonly 'link.newer': { readonly found: number; readonly expected: number };
  readonly 'link.unknownVersion': { readonly found: number };
  readonly 'link.notBase64': None;
  readonly 'link.tooLarge': { readonly limit: number };
  readonly 'link.notDeflated': None;
  readonly 'link.notText': None;
  readonly 'link.codecUnavailable': None;

  // A usage export's rows that cannot be used (history/aggregate.ts `SkipReason`).
  readonly 'usage.totalRow': None;
  readonly 'usage.missingColumn': { readonly column: string };
  readonly 'usage.badDate': { readonly value: string };
  readonly 'usage.unknownApi': { readonly value: string };
  readonly 'usage.unknownRegion': { readonly value: string };
  readonly 'usage.noRegion': None;
  readonly 'usage.badNumber': { readonly value: string };
  readonly 'usage.monthTooLarge': { readonly month: string };

  // The price catalog's check.
  readonly 'catalog.format': { readonly expected: string };
  readonly 'catalog.version': { readonly expected: number };
  readonly 'catalog.currency': None;
  readonly 'catalog.date': None;
  readonly 'catalog.textList': None;
  readonly 'catalog.count': None;
  readonly 'catalog.sizes': None;
  readonly 'catalog.emptyList': None;
  readonly 'catalog.api': None;
  readonly 'catalog.region': None;
  readonly 'catalog.listedTwice': { readonly id: string };
  readonly 'catalog.unknownApi': None;
  readonly 'catalog.price': None;
  readonly 'catalog.tierPrice': None;
  readonly 'catalog.lastTier': None;
  readonly 'catalog.tierAbove': None;

  // The monthly-calls generator and the low and high cases (engine/projection).
  readonly 'projection.firstMonth': { readonly max: number };
  readonly 'projection.growth': { readonly min: number; readonly max: number };
  readonly 'projection.season': { readonly min: number; readonly max: number };
  readonly 'projection.monthTooLarge': { readonly month: number; readonly max: number };
  readonly 'projection.lowPercent': {
    readonly min: number;
    readonly max: number;
    readonly example: number;
  };
  readonly 'projection.highPercent': {
    readonly min: number;
    readonly max: number;
    readonly example: number;
  };
  readonly 'projection.caseTooLarge': { readonly max: number };

  // Why one package pays before another (billing-rules §5): `first` pays first.
  readonly 'order.source': {
    readonly first: PackageSourceName;
    readonly second: PackageSourceName;
  };
  readonly 'order.priority': { readonly first: number; readonly second: number };
  readonly 'order.activatesOn': { readonly first: IsoDate; readonly second: IsoDate };
  readonly 'order.expiresOn': { readonly first: IsoDate; readonly second: IsoDate };
  readonly 'order.createdOn': { readonly first: IsoDate; readonly second: IsoDate };
  readonly 'order.calls': { readonly first: number; readonly second: number };
  /** Positions count from 1, as the page lists packages. */
  readonly 'order.position': { readonly first: number; readonly second: number };

  // The purchase advisor's explanation.
  readonly 'advice.objectiveTotal': None;
  readonly 'advice.objectiveWorst': { readonly cases: number };
  readonly 'advice.unsubscribedRule': None;
  readonly 'advice.purchaseRule': { readonly validityMonths: number };
  readonly 'advice.kept': { readonly kept: number; readonly planned: number };
  readonly 'advice.groupedWorst': None;
  readonly 'advice.groupedByStream': None;
  readonly 'advice.proven': None;
  /** `percent` is the gap rounded up, as a plain decimal ("0.3"). */
  readonly 'advice.withinGap': {
    readonly percent: string;
    readonly bound: Money;
    readonly currency: string;
  };
  readonly 'advice.boundOnly': { readonly bound: Money; readonly currency: string };
  readonly 'advice.solverUnavailable': None;
  readonly 'advice.solverFailed': None;
  readonly 'advice.total': {
    readonly total: Money;
    readonly againstCurrent: Money;
    readonly againstPayPerUse: Money;
    readonly currency: string;
  };
  readonly 'advice.streamNoOffers': { readonly api: string; readonly region: string };
  readonly 'advice.streamBuysNothing': { readonly api: string; readonly region: string };
  readonly 'advice.streamNoCalls': { readonly api: string; readonly region: string };
  readonly 'advice.streamBuys': {
    readonly api: string;
    readonly region: string;
    readonly purchases: readonly PurchaseMention[];
    readonly cost: Money;
    readonly currency: string;
  };
  readonly 'advice.streamUnsubscribed': { readonly failedCalls: number };
  readonly 'advice.streamProven': None;
  readonly 'advice.streamWithinGap': { readonly percent: string };
  readonly 'advice.streamNotProven': None;

  // Why an advisor run gave no plan.
  readonly 'advisor.stopped': None;
  /** `detail` is the browser's own words, when it gave any. */
  readonly 'advisor.cannotStart': { readonly detail: string | null };
  readonly 'advisor.crashed': { readonly detail: string | null };
};

export type MessageCode = keyof MessageParams;

/** The codes whose messages carry no parameters. */
export type CodeWithoutParams = {
  [C in MessageCode]: keyof MessageParams[C] extends never ? C : never;
}[MessageCode];

/** One message: what it says (its code and parameters) and what it is about (its path). */
export type Message = {
  readonly [C in MessageCode]: {
    readonly code: C;
    readonly path: MessagePath;
    readonly params: MessageParams[C];
  };
}[MessageCode];

/** A message of one code, for code that knows which one it holds. */
export type MessageOf<C extends MessageCode> = Extract<Message, { readonly code: C }>;

/** A message about `path`; an empty path for one that is about nothing in particular. */
export function message<C extends MessageCode>(
  code: C,
  path: MessagePath,
  params: MessageParams[C],
): MessageOf<C> {
  return { code, path, params } as MessageOf<C>;
}

/** `['packages', 2, 'activatesOn']` → `packages[2].activatesOn`, as messages have always named fields. */
export function formatPath(path: MessagePath): string {
  let text = '';
  for (const segment of path)
    text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return text;
}

/** True when `path` is `prefix` or lies under it. */
export function isPathUnder(path: MessagePath, prefix: MessagePath): boolean {
  return path.length >= prefix.length && prefix.every((segment, index) => path[index] === segment);
}

/** The messages about exactly `path` (a list item as a whole, not one of its fields). */
export function messagesAt(messages: readonly Message[], path: MessagePath): Message[] {
  return messages.filter(
    (message) =>
      message.path.length === path.length &&
      message.path.every((segment, index) => segment === path[index]),
  );
}

type EnglishRules = { readonly [C in MessageCode]: (params: MessageParams[C]) => string };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const amount = (money: Money, currency: string) => `${roundMoney(money, 2)} ${currency}`;
/** 1000000 → "1,000,000", as the generator's messages have always written their limits. */
const grouped = (count: number) => count.toLocaleString('en-US');
const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
const LIST_NOUNS = { streams: 'streams', packages: 'packages', payPerUse: 'price entries' };

/** A size as people say it: 1000 → "1k", 1000000 → "1M", 2500000 → "2.5M". */
export function sizeLabel(calls: number): string {
  if (calls >= 1_000_000 && calls % 100_000 === 0) return `${calls / 1_000_000}M`;
  if (calls >= 1000 && calls % 100 === 0) return `${calls / 1000}k`;
  return String(calls);
}

/**
 * The command line's English: the rule a message states, without its path. The gate's wording
 * is the command line's contract (its bad-input table), so it stays exactly as it was.
 */
const ENGLISH: EnglishRules = {
  'json.notObject': () => 'must be an object',
  'json.notList': () => 'must be a list',
  'json.notText': () => 'must be a string',
  'json.notBoolean': () => 'must be true or false',
  'json.required': () => 'is required',
  'json.unknownField': ({ field }) =>
    field === null
      ? 'unknown field (not part of the scenario format)'
      : `unknown field ${JSON.stringify(field)} (not part of the scenario format)`,
  'json.emptyText': () => 'must be a non-empty string',
  'json.invalid': ({ detail }) => `not valid JSON (${detail})`,

  'scenario.formatRequired': ({ expected }) => `is required and must be "${expected}"`,
  'scenario.formatUnknown': ({ found, expected }) =>
    `unknown format ${found}: this reader reads "${expected}"`,
  'scenario.versionRequired': ({ expected }) =>
    `is required (this reader reads versions 1 to ${expected})`,
  'scenario.versionNewer': ({ found, expected }) =>
    `unknown version ${found}: this scenario was written by a newer version of the format; this reader reads versions 1 to ${expected}`,
  'scenario.versionUnknown': ({ found, expected }) =>
    `unknown version ${found}: this reader reads versions 1 to ${expected}`,
  'scenario.currency': () => 'must be a three-letter currency code such as "USD"',
  'scenario.month': () => 'must be a real month written YYYY-MM',
  'scenario.date': () => 'must be a real date written YYYY-MM-DD',
  'scenario.wholeNumber': ({ min, max }) => `must be a whole number from ${min} to ${max}`,
  'scenario.usedCallsAboveQuota': ({ calls }) =>
    `must be a whole number from 0 to calls (${calls})`,
  'scenario.priority': () => 'must be a whole number (negative allowed)',
  'scenario.price': ({ places, example }) =>
    `must be a plain decimal string ≥ 0 with at most ${places} digits after the point, such as "${example}"`,
  'scenario.source': ({ allowed }) => `must be one of ${allowed.join(', ')}`,
  'scenario.mode': ({ allowed }) => `must be one of ${allowed.join(', ')}`,
  'scenario.orderLength': ({ min, max }) => `must list ${min} to ${max} keys`,
  'scenario.orderKey': ({ allowed }) => `must be one of ${allowed.join(', ')}`,
  'scenario.orderKeyRepeated': ({ key, first }) =>
    `"${key}" is already listed at deductionOrder[${first}]`,
  'scenario.noTiers': () => 'must have at least one tier',
  'scenario.tierUpTo': () => 'must be a whole number ≥ 1, or null on the last tier only',
  'scenario.lastTierUpTo': () => 'must be null: the last tier has no upper limit',
  'scenario.tiersAscend': ({ previous }) =>
    `must be greater than the previous tier's upTo (${previous}): tiers ascend`,
  'scenario.monthCount': ({ months, found }) =>
    `must have exactly ${months} whole numbers, one per month of the horizon (found ${found})`,
  'scenario.activatesBeforeCreated': ({ createdOn }) => `must not be before createdOn ${createdOn}`,
  'scenario.unpriced': ({ api, region }) =>
    `no pay-per-use price for ${api} in ${region} (add a payPerUse entry, or set subscribed to false)`,
  'scenario.duplicatePlace': ({ other, api, region }) =>
    `streams[${other}] already projects ${api} in ${region}: one stream per API and region`,
  'scenario.duplicatePrice': ({ other, api, region }) =>
    `payPerUse[${other}] already prices ${api} in ${region ?? 'every region'}: one entry per API and region`,
  'scenario.duplicateId': ({ id, list, other }) =>
    `"${id}" is already the id of ${list}[${other}]: ids must be unique`,
  'scenario.tooManyCalls': ({ max }) =>
    `the calls of all streams add up to more than ${max}, the largest total this simulator counts exactly`,
  'scenario.versionTwoField': ({ version }) =>
    `is part of format version ${version}: set version to ${version} to use it`,
  'scenario.resetEvery': ({ allowed }) => `must be one of ${allowed.join(', ')}`,
  'scenario.usedCallsNotUsable': ({ firstDay }) =>
    `must be 0: an allowance counts calls already used against the period of the horizon's first day (${firstDay}), and this one is not usable that day`,
  'scenario.modelKind': ({ allowed }) => `must be one of ${allowed.join(', ')}`,
  'scenario.percent': ({ min, max }) =>
    `must be a percentage written as a decimal string from ${min} to ${max}, such as "4"`,
  'scenario.seasonality': ({ months }) =>
    `must be null or a list of ${months} percentages, January first`,
  'scenario.historyLength': ({ max }) => `must hold at most ${max} months`,
  'scenario.historyOrder': ({ previous }) =>
    `must come after ${previous}: history months ascend, each once`,
  'scenario.sourceWithoutHistory': () => 'is allowed only beside a history',
  'scenario.dateRange': ({ first, last }) => `must be a date from ${first} to ${last}`,
  'scenario.monthRange': ({ first, last }) => `must be a month from ${first} to ${last}`,
  'scenario.horizonEnd': ({ last }) => `the horizon must end by ${last}`,
  'scenario.expiryRange': ({ last }) =>
    `the package would expire after ${last}, the last day this simulator counts`,
  'scenario.priceDigits': ({ digits }) => `must have at most ${digits} digits before the point`,

  'limit.documentSize': ({ bytes, limit }) =>
    `the document is ${megabytes(bytes)}; the limit is ${megabytes(limit)}`,
  'limit.nesting': ({ limit }) => `nests lists or objects more than ${limit} levels deep`,
  'limit.listLength': ({ list, count, limit }) =>
    `${count} ${LIST_NOUNS[list]}; the limit is ${limit}`,

  'link.tooLong': () => 'too long to be a scenario the simulator can open',
  'link.notALink': () =>
    'damaged (it is not a scenario link this simulator wrote); ask for the link again',
  'link.newer': ({ found, expected }) =>
    `made by a newer version of the simulator (link format ${found}); this one reads format ${expected}`,
  'link.unknownVersion': ({ found }) => `unknown link format ${found}`,
  'link.notBase64': () => 'damaged (its data is not base64url); ask for the link again',
  'link.tooLarge': ({ limit }) =>
    `the scenario in it is larger than the ${limit / 1024 / 1024} MB limit`,
  'link.notDeflated': () => 'damaged (its data does not decompress); ask for the link again',
  'link.notText': () => 'damaged (its data is not text); ask for the link again',
  'link.codecUnavailable': () => 'the page could not load what opens links; reload it to try again',

  'usage.totalRow': () => 'a total line, not usage',
  'usage.missingColumn': ({ column }) => `the row has no "${column}" column`,
  'usage.badDate': ({ value }) => `"${value}" is not a date`,
  'usage.unknownApi': ({ value }) => `"${value}" is not an OCR API of either catalog`,
  'usage.unknownRegion': ({ value }) => `"${value}" is not a region of either catalog`,
  'usage.noRegion': () => 'the file has no region column and no region was given',
  'usage.badNumber': ({ value }) => `"${value}" is not a whole number of calls`,
  'usage.monthTooLarge': ({ month }) => `${month} would exceed 1,000,000,000,000 calls`,

  'catalog.format': ({ expected }) => `must be "${expected}"`,
  'catalog.version': ({ expected }) => `unknown version: this app reads version ${expected}`,
  'catalog.currency': () => 'must be a three-letter currency code',
  'catalog.date': () => 'must be a date written YYYY-MM-DD',
  'catalog.textList': () => 'must be a list of non-empty strings',
  'catalog.count': () => 'must be a whole number ≥ 1',
  'catalog.sizes': () => 'must be a non-empty list of whole numbers ≥ 1',
  'catalog.emptyList': () => 'must be a non-empty list',
  'catalog.api': () => 'must have a non-empty id and name',
  'catalog.region': () => 'must have a non-empty id, a name and a list of apis',
  'catalog.listedTwice': ({ id }) => `"${id}" is listed twice`,
  'catalog.unknownApi': () => 'must be the id of an API in apis',
  'catalog.price': () => 'must be a plain decimal string ≥ 0',
  'catalog.tierPrice': () => 'must have a unitPrice written as a plain decimal string ≥ 0',
  'catalog.lastTier': () => 'must be null on the last tier',
  'catalog.tierAbove': () => 'must be a whole number above the previous tier',

  'projection.firstMonth': ({ max }) => `must be a whole number from 0 to ${grouped(max)}`,
  'projection.growth': ({ min, max }) => `must be a number from ${min} to ${max} (% a month)`,
  'projection.season': ({ min, max }) => `must be a percentage from ${min} to ${max}`,
  'projection.monthTooLarge': ({ month, max }) =>
    `gives month ${month} more than ${grouped(max)} calls`,
  'projection.lowPercent': ({ min, max, example }) =>
    `must be a percentage from ${min} to ${max}, such as ${example}`,
  'projection.highPercent': ({ min, max, example }) =>
    `must be a percentage from ${min} to ${max}, such as ${example}`,
  'projection.caseTooLarge': ({ max }) => `gives a month more than ${grouped(max)} calls`,

  'order.source': ({ first, second }) => `${first} before ${second}`,
  'order.priority': ({ first, second }) =>
    `priority ${first} before priority ${second} (lower first)`,
  'order.activatesOn': ({ first, second }) => `takes effect earlier (${first} before ${second})`,
  'order.expiresOn': ({ first, second }) => `expires earlier (${first} before ${second})`,
  'order.createdOn': ({ first, second }) => `bought earlier (${first} before ${second})`,
  'order.calls': ({ first, second }) => `smaller quota (${first} calls before ${second} calls)`,
  'order.position': ({ first, second }) =>
    `listed earlier (package ${first} before package ${second}); every other rule ties`,

  'advice.objectiveTotal': () =>
    'Lowest total cost over the horizon (packages bought plus pay-per-use), as the simulation computes it.',
  'advice.objectiveWorst': ({ cases }) =>
    `Lowest worst-case total cost over ${cases} scenarios that differ only in monthly calls, as the simulation computes each.`,
  'advice.unsubscribedRule': () =>
    'Where pay-per-use is not subscribed, calls no package covers fail and cost nothing: there the plan first keeps failed calls as low as possible, then costs the least.',
  'advice.purchaseRule': ({ validityMonths }) =>
    `Packages are bought on the first day of a month, in the catalog's sizes, valid ${validityMonths} months.`,
  'advice.kept': ({ kept, planned }) =>
    `Keeps the ${plural(kept, 'package')} already held or given; replaces ${plural(planned, 'planned purchase')}.`,
  'advice.groupedWorst': () =>
    'The worst case is a maximum over scenarios, so all streams are planned together.',
  'advice.groupedByStream': () =>
    'Each stream is planned on its own: a package pays only for its own API and region, so costs add up stream by stream.',
  'advice.proven': () =>
    'The cheapest possible plan (proven): its exact cost equals a proven lower bound on every plan.',
  'advice.withinGap': ({ percent, bound, currency }) =>
    `At most ${percent} % above the cheapest possible plan: no plan can cost less than ${amount(bound, currency)}.`,
  'advice.boundOnly': ({ bound, currency }) =>
    `Not proven cheapest: no plan can cost less than ${amount(bound, currency)}.`,
  'advice.solverUnavailable': () =>
    'The exact solver could not be loaded, so this is the best plan the quick search found; it may not be the cheapest.',
  'advice.solverFailed': () =>
    'The exact solver could not finish, so this is the best plan found; it may not be the cheapest.',
  'advice.total': ({ total, againstCurrent, againstPayPerUse, currency }) =>
    `Total ${amount(total, currency)}: ${amount(againstCurrent, currency)} less than the current plan, ${amount(againstPayPerUse, currency)} less than pay-per-use only.`,
  'advice.streamNoOffers': ({ api, region }) =>
    `${api} in ${region}: the catalog sells no package for this API.`,
  'advice.streamBuysNothing': ({ api, region }) =>
    `${api} in ${region}: buy nothing; no package pays for itself at these volumes.`,
  'advice.streamNoCalls': ({ api, region }) => `${api} in ${region}: no calls, nothing to buy.`,
  'advice.streamBuys': ({ api, region, purchases, cost, currency }) =>
    `${api} in ${region}: buy ${purchases
      .map(
        (purchase) => `${purchase.count} × ${sizeLabel(purchase.calls)} on ${purchase.createdOn}`,
      )
      .join(', ')}; this stream then costs ${amount(cost, currency)}.`,
  'advice.streamUnsubscribed': ({ failedCalls }) =>
    `Pay-per-use is not subscribed here: calls no package covers fail (ModelArts.4204). The plan first keeps failed calls as low as possible (${failedCalls} left), then costs the least.`,
  'advice.streamProven': () => 'The cheapest possible plan for this stream (proven).',
  'advice.streamWithinGap': ({ percent }) =>
    `At most ${percent} % above the cheapest possible plan for this stream.`,
  'advice.streamNotProven': () =>
    'The best plan found for this stream; it may not be the cheapest.',

  'advisor.stopped': () => 'The search was stopped.',
  'advisor.cannotStart': ({ detail }) =>
    `The advisor could not start (${detail ?? 'no Web Worker'}).`,
  'advisor.crashed': ({ detail }) =>
    `The advisor stopped unexpectedly${detail ? ` (${detail})` : ''}.`,
};

/** The rule a message states, in the command line's English, without its path. */
export function renderRule(message: Message): string {
  return (ENGLISH[message.code] as (params: Message['params']) => string)(message.params);
}

/** A message in the command line's English: `packages[2].activatesOn: must not be before …`. */
export function renderMessage(message: Message): string {
  const path = formatPath(message.path);
  const rule = renderRule(message);
  return path === '' ? rule : `${path}: ${rule}`;
}
