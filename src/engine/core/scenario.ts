import {
  type Message,
  type MessageCode,
  type MessageParams,
  type MessagePath,
  message,
} from '../messages';
import {
  addMonths,
  addMonthsClamped,
  type CalendarDate,
  type CalendarMonth,
  formatIsoDate,
  formatIsoMonth,
  type IsoDate,
  type IsoMonth,
  parseIsoDate,
  parseIsoMonth,
} from './calendar';
import { isDeeplyFrozen } from './frozen';
import { type Money, moneyToString, parseMoney } from './money';

/*
 * The scenario document (scenario-format.md, versions 1 and 2) and its one gate, parseScenario:
 * every rule is checked here, every error names its path, and what passes is typed so the
 * rest of the engine can trust it. A version 1 document reads as it always did; the fields and
 * the deduction key that version 2 adds are refused in it, by name.
 */

export const SCENARIO_FORMAT = 'ocr-billing-scenario';
/** The version this simulator writes; it reads this one and every one before it. */
export const SCENARIO_VERSION = 2;
/** The first version with stream models and history, allowances and the `calls` key. */
const FIRST_V2 = 2;
export const MAX_CALLS = 1_000_000_000_000;
export const MAX_MONTHS = 120;
export const MAX_VALIDITY_MONTHS = 120;
/**
 * The calendar every date of a scenario lies in, expiries included: far enough either way for
 * any real plan, and near enough that day numbers, four-digit years and the day loop stay
 * small. Dates outside it are refused here, so no later step meets a year like 9999 or 10000.
 */
export const CALENDAR_RANGE = { first: '2000-01-01', last: '2199-12-31' } as const;
const FIRST_MONTH = CALENDAR_RANGE.first.slice(0, 7);
const LAST_MONTH = CALENDAR_RANGE.last.slice(0, 7);
/** Digits a price may have before the point: a unit or package price is never near a trillion. */
export const MAX_PRICE_DIGITS = 12;
/**
 * The caps on a scenario, wherever it comes from (the page, a link, an import, saved data, the
 * command line): a document within them is read in well under a second.
 */
export const SCENARIO_LIMITS = {
  bytes: 1024 * 1024,
  streams: 200,
  packages: 1000,
  payPerUseEntries: 1000,
  /** Lists and objects inside each other; a scenario needs six. */
  nesting: 64,
} as const;

export const PACKAGE_SOURCES = ['free', 'promotional', 'purchased'] as const;
export type PackageSource = (typeof PACKAGE_SOURCES)[number];

export const DEDUCTION_KEYS = [
  'source',
  'priority',
  'activatesOn',
  'expiresOn',
  'createdOn',
  'calls',
] as const;
/** The keys of format version 1: `calls` came with version 2. */
const V1_DEDUCTION_KEYS: readonly DeductionKey[] = DEDUCTION_KEYS.filter((key) => key !== 'calls');
export type DeductionKey = (typeof DEDUCTION_KEYS)[number];
export const DEFAULT_DEDUCTION_ORDER: readonly DeductionKey[] = [
  'source',
  'activatesOn',
  'expiresOn',
  'createdOn',
];

export const PRICING_MODES = ['graduated', 'volume'] as const;
export type PricingMode = (typeof PRICING_MODES)[number];

/** How often an allowance's quota renews (billing-rules §4a); absent, it never does. */
export const RESET_PERIODS = ['day', 'month'] as const;
export type ResetPeriod = (typeof RESET_PERIODS)[number];

export const GROWTH_RANGE = { min: -100, max: 1000 } as const;
export const SEASON_RANGE = { min: 0, max: 1000 } as const;
/** How many months of imported history a stream may keep (50 years). */
export const MAX_HISTORY_MONTHS = 600;

/**
 * Where a stream's monthly calls came from (version 2 `model`), as the user typed it:
 * monthlyCalls stays the one authority, so this never changes a result.
 */
export type GrowthModel = {
  readonly kind: 'growth';
  readonly firstMonth: number;
  /** Percent a month, as a decimal string ("4", "-2.5"). */
  readonly growthPercent: string;
  /** Twelve percentages as decimal strings, January first; null for none. */
  readonly seasonality: readonly string[] | null;
};

/** One month of a stream's imported past (version 2 `history`). */
export type HistoryMonth = { readonly month: IsoMonth; readonly calls: number };

/** The file a stream's history was imported from (the stream's `source`, beside its history). */
export type HistorySource = { readonly file: string; readonly importedOn: IsoDate };

export type Stream = {
  readonly id: string;
  readonly api: string;
  readonly region: string;
  readonly subscribed: boolean;
  readonly monthlyCalls: readonly number[];
  readonly model?: GrowthModel;
  readonly history?: readonly HistoryMonth[];
  readonly historySource?: HistorySource;
};

export type Package = {
  readonly id: string;
  readonly label: string;
  readonly api: string;
  readonly region: string;
  readonly source: PackageSource;
  readonly calls: number;
  readonly price: Money;
  readonly createdOn: IsoDate;
  readonly activatesOn: IsoDate;
  readonly validityMonths: number;
  readonly usedCalls: number;
  readonly priority: number;
  /** Set on an allowance whose quota renews every day or month (§4a). */
  readonly resetEvery?: ResetPeriod;
};

export type Tier = { readonly upTo: number | null; readonly unitPrice: Money };

export type PriceEntry = {
  readonly api: string;
  readonly region: string | null;
  readonly mode: PricingMode;
  readonly tiers: readonly Tier[];
};

export type Scenario = {
  readonly name: string;
  readonly currency: string;
  readonly start: IsoMonth;
  readonly months: number;
  readonly deductionOrder: readonly DeductionKey[];
  readonly streams: readonly Stream[];
  readonly packages: readonly Package[];
  readonly payPerUse: readonly PriceEntry[];
};

export type ParseResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly Message[] };

const SCENARIO_FIELDS = [
  'format',
  'version',
  'name',
  'currency',
  'start',
  'months',
  'deductionOrder',
  'streams',
  'packages',
  'payPerUse',
];
const STREAM_FIELDS = [
  'id',
  'api',
  'region',
  'subscribed',
  'monthlyCalls',
  'model',
  'history',
  'source',
];
const PACKAGE_FIELDS = [
  'id',
  'label',
  'api',
  'region',
  'source',
  'calls',
  'price',
  'createdOn',
  'activatesOn',
  'validityMonths',
  'usedCalls',
  'priority',
  'resetEvery',
];
/** Fields a version 1 document must not have, by where they stand. */
const V2_STREAM_FIELDS = ['model', 'history', 'source'];
const V2_PACKAGE_FIELDS = ['resetEvery'];
const MODEL_FIELDS = ['kind', 'firstMonth', 'growthPercent', 'seasonality'];
const HISTORY_FIELDS = ['month', 'calls'];
const SOURCE_FIELDS = ['file', 'importedOn'];
/** A percentage written as a plain decimal string: "4", "-2.5", "100". */
const PERCENT_TEXT = /^-?(0|[1-9][0-9]{0,3})(\.[0-9]{1,6})?$/;
const PRICE_ENTRY_FIELDS = ['api', 'region', 'mode', 'tiers'];
const TIER_FIELDS = ['upTo', 'unitPrice'];

type JsonObject = { readonly [key: string]: unknown };

/** A key that can be written as it is in an error path. */
const PLAIN_KEY = /^[A-Za-z0-9_]+$/;

const WHOLE = (min: number, max: number) => ({ code: 'scenario.wholeNumber', min, max }) as const;
const PRICE_RULE = { places: 12, example: '0.0015' } as const;

/** The rule a number breaks: a range, or a rule of its own. */
type NumberRule =
  | { readonly code: 'scenario.wholeNumber'; readonly min: number; readonly max: number }
  | { readonly code: 'scenario.usedCallsAboveQuota'; readonly calls: number }
  | { readonly code: 'scenario.priority' };

/** Collects every error found, each a message naming its path. */
class Checker {
  readonly errors: Message[] = [];
  /** The document's format version, once read. */
  version = SCENARIO_VERSION;

  /** Refuses, by name, each field of `names` a version 1 document holds. */
  newerFields(fields: JsonObject, path: MessagePath, names: readonly string[]): void {
    if (this.version >= FIRST_V2) return;
    for (const name of names)
      if (fields[name] !== undefined)
        this.fail(childPath(path, name), 'scenario.versionTwoField', { version: FIRST_V2 });
  }

  fail<C extends MessageCode>(path: MessagePath, code: C, params: MessageParams[C]): void {
    this.errors.push(message(code, path, params));
  }

  object(value: unknown, path: MessagePath, fields: readonly string[]): JsonObject | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'json.notObject', {});
      return null;
    }
    for (const key of Object.keys(value)) {
      if (fields.includes(key)) continue;
      // A key that is not a plain name (empty, spaces, dots, brackets…) would garble the path:
      // the containing object is named instead, and the key quoted in the rule.
      if (PLAIN_KEY.test(key))
        this.fail(childPath(path, key), 'json.unknownField', { field: null });
      else this.fail(path, 'json.unknownField', { field: key });
    }
    return value as JsonObject;
  }

  array(value: unknown, path: MessagePath): readonly unknown[] | null {
    if (!Array.isArray(value)) {
      this.fail(path, value === undefined ? 'json.required' : 'json.notList', {});
      return null;
    }
    return value;
  }

  string(value: unknown, path: MessagePath, fallback?: string): string | null {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'string') {
      this.fail(path, value === undefined ? 'json.required' : 'json.notText', {});
      return null;
    }
    return value;
  }

  id(value: unknown, path: MessagePath): string | null {
    if (value === undefined) {
      this.fail(path, 'json.required', {});
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(path, 'json.emptyText', {});
      return null;
    }
    return value;
  }

  wholeNumber(
    value: unknown,
    path: MessagePath,
    min: number,
    max: number,
    rule: NumberRule,
    fallback?: number,
  ): number | null {
    if (value === undefined && fallback !== undefined) return fallback;
    if (value === undefined) {
      this.fail(path, 'json.required', {});
      return null;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const { code, ...params } = rule;
      this.fail(path, code, params as never);
      return null;
    }
    // JSON's -0 is the count 0.
    return value === 0 ? 0 : value;
  }

  oneOf<T extends string>(
    value: unknown,
    path: MessagePath,
    allowed: readonly T[],
    code:
      | 'scenario.source'
      | 'scenario.mode'
      | 'scenario.orderKey'
      | 'scenario.resetEvery'
      | 'scenario.modelKind',
    fallback?: T,
  ): T | null {
    if (value === undefined && fallback !== undefined) return fallback;
    if (value === undefined) {
      this.fail(path, 'json.required', {});
      return null;
    }
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(path, code, { allowed } as never);
      return null;
    }
    return value as T;
  }

  money(value: unknown, path: MessagePath): Money | null {
    if (value === undefined) {
      this.fail(path, 'json.required', {});
      return null;
    }
    if (typeof value === 'string' && wholeDigits(value) > MAX_PRICE_DIGITS) {
      this.fail(path, 'scenario.priceDigits', { digits: MAX_PRICE_DIGITS });
      return null;
    }
    const parsed = typeof value === 'string' ? parseMoney(value) : null;
    if (parsed === null) this.fail(path, 'scenario.price', PRICE_RULE);
    return parsed;
  }

  date(value: unknown, path: MessagePath, fallback?: IsoDate): IsoDate | null {
    if (value === undefined && fallback !== undefined) return fallback;
    if (value === undefined) {
      this.fail(path, 'json.required', {});
      return null;
    }
    if (typeof value !== 'string' || parseIsoDate(value) === null) {
      this.fail(path, 'scenario.date', {});
      return null;
    }
    if (value < CALENDAR_RANGE.first || value > CALENDAR_RANGE.last) {
      this.fail(path, 'scenario.dateRange', CALENDAR_RANGE);
      return null;
    }
    return value;
  }
}

/**
 * The one gate of the engine (scenario-format.md): a typed scenario with every default filled
 * in, or every error found, each naming its path and the rule broken. `document` is the
 * already-parsed JSON value.
 */
export function parseScenario(document: unknown): ParseResult {
  const check = new Checker();
  if (nestingDepth(document, SCENARIO_LIMITS.nesting) > SCENARIO_LIMITS.nesting)
    return {
      ok: false,
      errors: [message('limit.nesting', ['scenario'], { limit: SCENARIO_LIMITS.nesting })],
    };
  const root = check.object(document, ['scenario'], SCENARIO_FIELDS);
  if (!root) return { ok: false, errors: check.errors };

  const headerErrors: Message[] = [];
  if (root.format !== SCENARIO_FORMAT) {
    headerErrors.push(
      root.format === undefined
        ? message('scenario.formatRequired', ['format'], { expected: SCENARIO_FORMAT })
        : message('scenario.formatUnknown', ['format'], {
            found: describe(root.format),
            expected: SCENARIO_FORMAT,
          }),
    );
  }
  if (!isReadableVersion(root.version)) {
    headerErrors.push(
      root.version === undefined
        ? message('scenario.versionRequired', ['version'], { expected: SCENARIO_VERSION })
        : typeof root.version === 'number' &&
            Number.isInteger(root.version) &&
            root.version > SCENARIO_VERSION
          ? message('scenario.versionNewer', ['version'], {
              found: root.version,
              expected: SCENARIO_VERSION,
            })
          : message('scenario.versionUnknown', ['version'], {
              found: describe(root.version),
              expected: SCENARIO_VERSION,
            }),
    );
  }
  // Fields of an unknown format or version may mean anything: judging them would only mislead.
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  check.version = root.version as number;
  const listErrors = listLengthErrors(root);
  if (listErrors.length > 0) return { ok: false, errors: listErrors };

  const name = check.string(root.name, ['name'], '');
  const currency = check.string(root.currency, ['currency']);
  if (currency !== null && !/^[A-Z]{3}$/.test(currency))
    check.fail(['currency'], 'scenario.currency', {});

  const startText = check.string(root.start, ['start']);
  let startValid = startText !== null && parseIsoMonth(startText) !== null;
  if (startText !== null && !startValid) check.fail(['start'], 'scenario.month', {});
  if (startValid && !monthInRange(startText as IsoMonth)) {
    check.fail(['start'], 'scenario.monthRange', { first: FIRST_MONTH, last: LAST_MONTH });
    startValid = false;
  }
  const months = check.wholeNumber(root.months, ['months'], 1, MAX_MONTHS, WHOLE(1, MAX_MONTHS));
  if (
    startValid &&
    months !== null &&
    formatIsoMonth(addMonths(parseIsoMonth(startText as IsoMonth) as CalendarMonth, months - 1)) >
      LAST_MONTH
  )
    check.fail(['months'], 'scenario.horizonEnd', { last: LAST_MONTH });

  const deductionOrder = parseDeductionOrder(check, root.deductionOrder);
  const streams = parseStreams(check, root.streams, months);
  const packages = parsePackages(check, root.packages, startValid ? startText : null);
  const payPerUse = parsePayPerUse(check, root.payPerUse);

  if (streams && payPerUse) {
    const rawEntries = root.payPerUse as readonly unknown[];
    streams.forEach((stream, index) => {
      if (
        stream?.subscribed &&
        !payPerUse.some((entry, entryIndex) =>
          mayPrice(entry ?? rawEntries[entryIndex], stream.api, stream.region),
        )
      ) {
        check.fail(['streams', index], 'scenario.unpriced', {
          api: stream.api,
          region: stream.region,
        });
      }
    });
  }
  if (streams?.every(Boolean)) {
    const totalCalls = streams.reduce(
      (sum, stream) => sum + (stream as Stream).monthlyCalls.reduce((a, b) => a + b, 0),
      0,
    );
    if (totalCalls > Number.MAX_SAFE_INTEGER)
      check.fail(['streams'], 'scenario.tooManyCalls', { max: Number.MAX_SAFE_INTEGER });
  }

  if (check.errors.length > 0) return { ok: false, errors: check.errors };
  return {
    ok: true,
    scenario: {
      name: name as string,
      currency: currency as string,
      start: startText as IsoMonth,
      months: months as number,
      deductionOrder: deductionOrder as DeductionKey[],
      streams: streams as Stream[],
      packages: packages as Package[],
      payPerUse: payPerUse as PriceEntry[],
    },
  };
}

/**
 * Reads scenario text (a file, a paste, an inflated link, the command line's file): the size is
 * capped before any real work, a byte-order mark is skipped, and a JSON syntax error is reported
 * like any other error.
 */
export function parseScenarioText(text: string): ParseResult {
  // Each UTF-16 unit is at most three UTF-8 bytes: most texts are judged without encoding them.
  if (text.length * 3 > SCENARIO_LIMITS.bytes) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > SCENARIO_LIMITS.bytes)
      return {
        ok: false,
        errors: [
          message('limit.documentSize', ['scenario'], { bytes, limit: SCENARIO_LIMITS.bytes }),
        ],
      };
  }
  let document: unknown;
  try {
    document = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        message('json.invalid', ['scenario'], {
          detail: error instanceof Error ? error.message : String(error),
        }),
      ],
    };
  }
  return parseScenario(document);
}

/** The lists over their caps, each named: checked before any item is read. */
function listLengthErrors(root: JsonObject): Message[] {
  const caps = [
    ['streams', SCENARIO_LIMITS.streams],
    ['packages', SCENARIO_LIMITS.packages],
    ['payPerUse', SCENARIO_LIMITS.payPerUseEntries],
  ] as const;
  return caps.flatMap(([list, limit]) => {
    const items = root[list];
    return Array.isArray(items) && items.length > limit
      ? [message('limit.listLength', [list], { list, count: items.length, limit })]
      : [];
  });
}

/**
 * How deeply lists and objects nest, counted without recursion (a hostile document may nest a
 * million deep) and given up on once past `limit`.
 */
function nestingDepth(document: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[document, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    const inner = depth + 1;
    if (inner > deepest) deepest = inner;
    if (deepest > limit) return deepest;
    for (const child of Object.values(value)) pending.push([child, inner]);
  }
  return deepest;
}

function monthInRange(month: IsoMonth): boolean {
  return month >= FIRST_MONTH && month <= LAST_MONTH;
}

/** Digits before the point of a price as written, counted without a pattern. */
function wholeDigits(text: string): number {
  const point = text.indexOf('.');
  return point === -1 ? text.length : point;
}

function parseDeductionOrder(check: Checker, value: unknown): DeductionKey[] | null {
  if (value === undefined) return [...DEFAULT_DEDUCTION_ORDER];
  const list = check.array(value, ['deductionOrder']);
  if (!list) return null;
  const allowed = check.version >= FIRST_V2 ? DEDUCTION_KEYS : V1_DEDUCTION_KEYS;
  if (list.length < 1 || list.length > allowed.length) {
    check.fail(['deductionOrder'], 'scenario.orderLength', { min: 1, max: allowed.length });
    return null;
  }
  const keys: DeductionKey[] = [];
  list.forEach((item, index) => {
    if (item === 'calls' && check.version < FIRST_V2) {
      check.fail(['deductionOrder', index], 'scenario.versionTwoField', { version: FIRST_V2 });
      return;
    }
    const key = check.oneOf(item, ['deductionOrder', index], allowed, 'scenario.orderKey');
    if (key === null) return;
    if (keys.includes(key))
      check.fail(['deductionOrder', index], 'scenario.orderKeyRepeated', {
        key,
        first: keys.indexOf(key),
      });
    keys.push(key);
  });
  return keys;
}

/*
 * What the gate read from a frozen stream or package, kept while that object lives. A frozen
 * part cannot change, so reading it again in the same context (the format version, and the
 * horizon's length for a stream or its first month for a package) gives the same value: the
 * page builds each edit's document from frozen parts and has only the parts it changed read
 * again. Only a part read without an error is kept, since an error names the part's position.
 */
type Reading<T> = {
  readonly version: number;
  readonly context: number | string | null;
  readonly value: T;
};
const streamReadings = new WeakMap<object, Reading<Stream>>();
const packageReadings = new WeakMap<object, Reading<Package>>();

function readOnce<T>(
  readings: WeakMap<object, Reading<T>>,
  check: Checker,
  item: unknown,
  context: number | string | null,
  read: () => T | null,
): T | null {
  const lasting = typeof item === 'object' && item !== null && isDeeplyFrozen(item);
  const known = lasting ? readings.get(item) : undefined;
  if (known && known.version === check.version && known.context === context) return known.value;
  const errorsBefore = check.errors.length;
  const value = read();
  if (lasting && value !== null && check.errors.length === errorsBefore)
    readings.set(item, { version: check.version, context, value });
  return value;
}

function parseStreams(
  check: Checker,
  value: unknown,
  months: number | null,
): (Stream | null)[] | null {
  const list = check.array(value, ['streams']);
  if (!list) return null;
  const streams = list.map((item, index) =>
    readOnce(streamReadings, check, item, months, () => readStream(check, item, index, months)),
  );
  reportDuplicateIds(check, 'streams', list, streams);
  streams.forEach((stream, index) => {
    if (!stream) return;
    const twin = streams.findIndex(
      (other) => other?.api === stream.api && other.region === stream.region,
    );
    if (twin < index) {
      check.fail(['streams', index], 'scenario.duplicatePlace', {
        other: twin,
        api: stream.api,
        region: stream.region,
      });
    }
  });
  return streams;
}

function readStream(
  check: Checker,
  item: unknown,
  index: number,
  months: number | null,
): Stream | null {
  const path = ['streams', index];
  const fields = check.object(item, path, STREAM_FIELDS);
  if (!fields) return null;
  const id = check.id(fields.id, [...path, 'id']);
  const api = check.id(fields.api, [...path, 'api']);
  const region = check.id(fields.region, [...path, 'region']);
  let subscribed = true;
  if (fields.subscribed !== undefined) {
    if (typeof fields.subscribed === 'boolean') subscribed = fields.subscribed;
    else check.fail([...path, 'subscribed'], 'json.notBoolean', {});
  }
  const monthlyCalls = parseMonthlyCalls(
    check,
    fields.monthlyCalls,
    [...path, 'monthlyCalls'],
    months,
  );
  check.newerFields(fields, path, V2_STREAM_FIELDS);
  const model = fields.model === undefined ? undefined : parseModel(check, fields.model, path);
  const history =
    fields.history === undefined ? undefined : parseHistory(check, fields.history, path);
  const historySource =
    fields.source === undefined ? undefined : parseHistorySource(check, fields, path);
  if (
    id === null ||
    api === null ||
    region === null ||
    monthlyCalls === null ||
    model === null ||
    history === null ||
    historySource === null
  )
    return null;
  return {
    id,
    api,
    region,
    subscribed,
    monthlyCalls,
    ...(model ? { model } : {}),
    ...(history ? { history } : {}),
    ...(historySource ? { historySource } : {}),
  };
}

function parseMonthlyCalls(
  check: Checker,
  value: unknown,
  path: MessagePath,
  months: number | null,
): number[] | null {
  const list = check.array(value, path);
  if (!list) return null;
  const calls = list.map((item, index) =>
    check.wholeNumber(item, [...path, index], 0, MAX_CALLS, WHOLE(0, MAX_CALLS)),
  );
  if (months !== null && list.length !== months) {
    check.fail(path, 'scenario.monthCount', { months, found: list.length });
    return null;
  }
  return calls.every((count) => count !== null) ? (calls as number[]) : null;
}

function parsePackages(
  check: Checker,
  value: unknown,
  start: IsoMonth | null,
): (Package | null)[] | null {
  const list = check.array(value, ['packages']);
  if (!list) return null;
  const packages = list.map((item, index) =>
    readOnce(packageReadings, check, item, start, () => readPackage(check, item, index, start)),
  );
  reportDuplicateIds(check, 'packages', list, packages);
  return packages;
}

function readPackage(
  check: Checker,
  item: unknown,
  index: number,
  start: IsoMonth | null,
): Package | null {
  const path = ['packages', index];
  const at = (field: string) => [...path, field];
  const fields = check.object(item, path, PACKAGE_FIELDS);
  if (!fields) return null;
  const id = check.id(fields.id, at('id'));
  const label = check.string(fields.label, at('label'), '');
  const api = check.id(fields.api, at('api'));
  const region = check.id(fields.region, at('region'));
  const source = check.oneOf(
    fields.source,
    at('source'),
    PACKAGE_SOURCES,
    'scenario.source',
    'purchased',
  );
  const calls = check.wholeNumber(fields.calls, at('calls'), 1, MAX_CALLS, WHOLE(1, MAX_CALLS));
  const price = check.money(fields.price, at('price'));
  const createdOn = check.date(fields.createdOn, at('createdOn'));
  // Left out, activatesOn is createdOn: when createdOn is itself wrong, that one error is enough.
  const activatesOn =
    fields.activatesOn === undefined
      ? createdOn
      : check.date(fields.activatesOn, at('activatesOn'));
  const validityMonths = check.wholeNumber(
    fields.validityMonths,
    at('validityMonths'),
    1,
    MAX_VALIDITY_MONTHS,
    WHOLE(1, MAX_VALIDITY_MONTHS),
    12,
  );
  const usedCalls = check.wholeNumber(
    fields.usedCalls,
    at('usedCalls'),
    0,
    calls ?? MAX_CALLS,
    calls === null ? WHOLE(0, MAX_CALLS) : { code: 'scenario.usedCallsAboveQuota', calls },
    0,
  );
  const priority = check.wholeNumber(
    fields.priority,
    at('priority'),
    -Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER,
    { code: 'scenario.priority' },
    0,
  );
  if (createdOn !== null && activatesOn !== null && activatesOn < createdOn) {
    check.fail(at('activatesOn'), 'scenario.activatesBeforeCreated', { createdOn });
    return null;
  }
  if (
    activatesOn !== null &&
    validityMonths !== null &&
    expiryOf(activatesOn, validityMonths) > CALENDAR_RANGE.last
  ) {
    check.fail(at('validityMonths'), 'scenario.expiryRange', { last: CALENDAR_RANGE.last });
    return null;
  }
  check.newerFields(fields, path, V2_PACKAGE_FIELDS);
  const resetEvery =
    fields.resetEvery === undefined
      ? undefined
      : check.oneOf(fields.resetEvery, at('resetEvery'), RESET_PERIODS, 'scenario.resetEvery');
  // §4a: what an allowance used before the horizon counts against the period that holds the
  // horizon's first day, so it must be usable that day.
  const firstDay = start === null ? null : `${start}-01`;
  if (
    resetEvery &&
    usedCalls !== null &&
    usedCalls > 0 &&
    firstDay !== null &&
    activatesOn !== null &&
    validityMonths !== null &&
    !(activatesOn <= firstDay && firstDay <= expiryOf(activatesOn, validityMonths))
  ) {
    check.fail(at('usedCalls'), 'scenario.usedCallsNotUsable', { firstDay });
    return null;
  }
  if (
    resetEvery === null ||
    id === null ||
    label === null ||
    api === null ||
    region === null ||
    source === null ||
    calls === null ||
    price === null ||
    createdOn === null ||
    activatesOn === null ||
    validityMonths === null ||
    usedCalls === null ||
    priority === null
  ) {
    return null;
  }
  return {
    id,
    label,
    api,
    region,
    source,
    calls,
    price,
    createdOn,
    activatesOn,
    validityMonths,
    usedCalls,
    priority,
    ...(resetEvery ? { resetEvery } : {}),
  };
}

function parsePayPerUse(check: Checker, value: unknown): (PriceEntry | null)[] | null {
  const list = check.array(value, ['payPerUse']);
  if (!list) return null;
  const entries = list.map((item, index): PriceEntry | null => {
    const path = ['payPerUse', index];
    const fields = check.object(item, path, PRICE_ENTRY_FIELDS);
    if (!fields) return null;
    const api = check.id(fields.api, [...path, 'api']);
    let region: string | null = null;
    if (fields.region !== undefined && fields.region !== null)
      region = check.id(fields.region, [...path, 'region']);
    const regionValid = fields.region === undefined || fields.region === null || region !== null;
    const mode = check.oneOf(
      fields.mode,
      [...path, 'mode'],
      PRICING_MODES,
      'scenario.mode',
      'graduated',
    );
    const tiers = parseTiers(check, fields.tiers, [...path, 'tiers']);
    if (api === null || !regionValid || mode === null || tiers === null) return null;
    return { api, region, mode, tiers };
  });
  entries.forEach((entry, index) => {
    if (!entry) return;
    const twin = entries.findIndex(
      (other) => other?.api === entry.api && other.region === entry.region,
    );
    if (twin < index) {
      check.fail(['payPerUse', index], 'scenario.duplicatePrice', {
        other: twin,
        api: entry.api,
        region: entry.region,
      });
    }
  });
  return entries;
}

function parseTiers(check: Checker, value: unknown, path: MessagePath): Tier[] | null {
  const list = check.array(value, path);
  if (!list) return null;
  if (list.length === 0) {
    check.fail(path, 'scenario.noTiers', {});
    return null;
  }
  const tiers: (Tier | null)[] = list.map((item, index) => {
    const tierPath = [...path, index];
    const fields = check.object(item, tierPath, TIER_FIELDS);
    if (!fields) return null;
    const isLast = index === list.length - 1;
    let upTo: number | null = null;
    let upToValid = true;
    if (isLast) {
      if (fields.upTo !== null) {
        check.fail([...tierPath, 'upTo'], 'scenario.lastTierUpTo', {});
        upToValid = false;
      }
    } else if (
      typeof fields.upTo === 'number' &&
      Number.isInteger(fields.upTo) &&
      fields.upTo >= 1 &&
      fields.upTo <= Number.MAX_SAFE_INTEGER
    ) {
      upTo = fields.upTo;
    } else {
      check.fail(
        [...tierPath, 'upTo'],
        fields.upTo === undefined ? 'json.required' : 'scenario.tierUpTo',
        {},
      );
      upToValid = false;
    }
    const unitPrice = check.money(fields.unitPrice, [...tierPath, 'unitPrice']);
    return upToValid && unitPrice !== null ? { upTo, unitPrice } : null;
  });
  let previous: number | null = null;
  tiers.forEach((tier, index) => {
    if (!tier || tier.upTo === null) return;
    if (previous !== null && tier.upTo <= previous)
      check.fail([...path, index, 'upTo'], 'scenario.tiersAscend', { previous });
    previous = tier.upTo;
  });
  return tiers.every(Boolean) ? (tiers as Tier[]) : null;
}

function reportDuplicateIds(
  check: Checker,
  listName: 'streams' | 'packages',
  raw: readonly unknown[],
  parsed: readonly ({ id: string } | null)[],
): void {
  const seen = new Map<string, number>();
  raw.forEach((item, index) => {
    const id =
      parsed[index]?.id ??
      (typeof item === 'object' && item !== null ? (item as JsonObject).id : undefined);
    if (typeof id !== 'string' || id.trim() === '') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      check.fail([listName, index, 'id'], 'scenario.duplicateId', {
        id,
        list: listName,
        other: first,
      });
  });
}

/**
 * Whether a price entry prices an API in a region. An entry that failed to parse (its tiers,
 * say) is judged on what it says: an API or region it does not state readably could be this
 * one, so a stream is not reported unpriced on top of the entry's own error.
 */
function mayPrice(entry: unknown, api: string, region: string): boolean {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const fields = entry as JsonObject;
  const readable = (value: unknown): value is string =>
    typeof value === 'string' && value.trim() !== '';
  const apiMatches = !readable(fields.api) || fields.api === api;
  const regionMatches =
    fields.region === undefined ||
    fields.region === null ||
    !readable(fields.region) ||
    fields.region === region;
  return apiMatches && regionMatches;
}

/** The version 2 `model` of a stream: the generator's parameters as typed. */
function parseModel(
  check: Checker,
  value: unknown,
  streamPath: MessagePath,
): GrowthModel | null | undefined {
  const path = [...streamPath, 'model'];
  const fields = check.object(value, path, MODEL_FIELDS);
  if (!fields) return null;
  const kind = check.oneOf(
    fields.kind,
    [...path, 'kind'],
    ['growth'] as const,
    'scenario.modelKind',
  );
  const firstMonth = check.wholeNumber(
    fields.firstMonth,
    [...path, 'firstMonth'],
    0,
    MAX_CALLS,
    WHOLE(0, MAX_CALLS),
  );
  const growthPercent = percentText(
    check,
    fields.growthPercent,
    [...path, 'growthPercent'],
    GROWTH_RANGE,
  );
  let seasonality: string[] | null = null;
  let seasonalityValid = true;
  if (fields.seasonality !== undefined && fields.seasonality !== null) {
    const shares = check.array(fields.seasonality, [...path, 'seasonality']);
    if (shares && shares.length !== 12) {
      check.fail([...path, 'seasonality'], 'scenario.seasonality', { months: 12 });
      seasonalityValid = false;
    } else if (shares) {
      const read = shares.map((share, index) =>
        percentText(check, share, [...path, 'seasonality', index], SEASON_RANGE),
      );
      if (read.every((share) => share !== null)) seasonality = read as string[];
      else seasonalityValid = false;
    } else seasonalityValid = false;
  }
  if (kind === null || firstMonth === null || growthPercent === null || !seasonalityValid)
    return null;
  return { kind, firstMonth, growthPercent, seasonality };
}

/** A percentage written as a decimal string within `range`. */
function percentText(
  check: Checker,
  value: unknown,
  path: MessagePath,
  range: { readonly min: number; readonly max: number },
): string | null {
  if (value === undefined) {
    check.fail(path, 'json.required', {});
    return null;
  }
  if (
    typeof value !== 'string' ||
    !PERCENT_TEXT.test(value) ||
    Number(value) < range.min ||
    Number(value) > range.max
  ) {
    check.fail(path, 'scenario.percent', range);
    return null;
  }
  return value === '-0' ? '0' : value;
}

/** The version 2 `history` of a stream: months ascending and unique, whole calls. */
function parseHistory(
  check: Checker,
  value: unknown,
  streamPath: MessagePath,
): HistoryMonth[] | null {
  const path = [...streamPath, 'history'];
  const list = check.array(value, path);
  if (!list) return null;
  if (list.length > MAX_HISTORY_MONTHS) {
    check.fail(path, 'scenario.historyLength', { max: MAX_HISTORY_MONTHS });
    return null;
  }
  const months = list.map((item, index): HistoryMonth | null => {
    const itemPath = [...path, index];
    const fields = check.object(item, itemPath, HISTORY_FIELDS);
    if (!fields) return null;
    const month = check.string(fields.month, [...itemPath, 'month']);
    let monthValid = month !== null && parseIsoMonth(month) !== null;
    if (month !== null && !monthValid) check.fail([...itemPath, 'month'], 'scenario.month', {});
    if (monthValid && !monthInRange(month as IsoMonth)) {
      check.fail([...itemPath, 'month'], 'scenario.monthRange', {
        first: FIRST_MONTH,
        last: LAST_MONTH,
      });
      monthValid = false;
    }
    const calls = check.wholeNumber(
      fields.calls,
      [...itemPath, 'calls'],
      0,
      MAX_CALLS,
      WHOLE(0, MAX_CALLS),
    );
    return monthValid && calls !== null ? { month: month as IsoMonth, calls } : null;
  });
  let previous: IsoMonth | null = null;
  months.forEach((entry, index) => {
    if (!entry) return;
    if (previous !== null && entry.month <= previous)
      check.fail([...path, index, 'month'], 'scenario.historyOrder', { previous });
    previous = entry.month;
  });
  return months.every(Boolean) ? (months as HistoryMonth[]) : null;
}

/** Where a stream's history was imported from: only beside a history. */
function parseHistorySource(
  check: Checker,
  fields: JsonObject,
  streamPath: MessagePath,
): HistorySource | null {
  const path = [...streamPath, 'source'];
  if (fields.history === undefined) {
    check.fail(path, 'scenario.sourceWithoutHistory', {});
    return null;
  }
  const source = check.object(fields.source, path, SOURCE_FIELDS);
  if (!source) return null;
  const file = check.string(source.file, [...path, 'file']);
  const importedOn = check.date(source.importedOn, [...path, 'importedOn']);
  return file === null || importedOn === null ? null : { file, importedOn };
}

/** A package's expiry day (billing-rules §4): activation plus its validity, clamped to the month. */
function expiryOf(activatesOn: IsoDate, validityMonths: number): IsoDate {
  return formatIsoDate(addMonthsClamped(parseIsoDate(activatesOn) as CalendarDate, validityMonths));
}

function isReadableVersion(version: unknown): boolean {
  return (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 1 &&
    version <= SCENARIO_VERSION
  );
}

/** A field's path under the root (whose own path names the document) or under another field. */
function childPath(path: MessagePath, key: string): MessagePath {
  return path.length === 1 && path[0] === 'scenario' ? [key] : [...path, key];
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/** The scenario document of a typed scenario, every field written (scenario-format.md). */
export function serializeScenario(scenario: Scenario): Record<string, unknown> {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    name: scenario.name,
    currency: scenario.currency,
    start: scenario.start,
    months: scenario.months,
    deductionOrder: [...scenario.deductionOrder],
    streams: scenario.streams.map(({ historySource, model, history, ...stream }) => ({
      ...stream,
      monthlyCalls: [...stream.monthlyCalls],
      ...(model
        ? { model: { ...model, seasonality: model.seasonality && [...model.seasonality] } }
        : {}),
      ...(history ? { history: history.map((month) => ({ ...month })) } : {}),
      ...(historySource ? { source: { ...historySource } } : {}),
    })),
    packages: scenario.packages.map((pkg) => ({ ...pkg, price: moneyToString(pkg.price) })),
    payPerUse: scenario.payPerUse.map((entry) => ({
      ...entry,
      tiers: entry.tiers.map((tier) => ({
        upTo: tier.upTo,
        unitPrice: moneyToString(tier.unitPrice),
      })),
    })),
  };
}
