import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Message, renderMessage } from '../messages';
import { propertyRuns } from '../testing/property-runs';
import { deepFreeze } from './frozen';
import { type Money, parseMoney } from './money';
import {
  DEFAULT_DEDUCTION_ORDER,
  type ParseResult,
  parseScenario as parseScenarioData,
  parseScenarioText as parseScenarioTextData,
  SCENARIO_VERSION,
  type Scenario,
  serializeScenario,
} from './scenario';

/** The gate's rules as the command line has always written them. */
const MESSAGES = {
  notObject: 'must be an object',
  notArray: 'must be a list',
  notString: 'must be a string',
  notBoolean: 'must be true or false',
  required: 'is required',
  unknownField: 'unknown field (not part of the scenario format)',
  emptyId: 'must be a non-empty string',
  currency: 'must be a three-letter currency code such as "USD"',
  month: 'must be a real month written YYYY-MM',
  date: 'must be a real date written YYYY-MM-DD',
  months: `must be a whole number from 1 to 120`,
  monthlyCall: `must be a whole number from 0 to 1000000000000`,
  packageCalls: `must be a whole number from 1 to 1000000000000`,
  validityMonths: `must be a whole number from 1 to 120`,
  priority: 'must be a whole number (negative allowed)',
  price:
    'must be a plain decimal string ≥ 0 with at most 12 digits after the point, such as "0.0015"',
  source: `must be one of free, promotional, purchased`,
  mode: `must be one of graduated, volume`,
  deductionOrderLength: `must list 1 to 5 keys`,
  deductionKey: `must be one of source, priority, activatesOn, expiresOn, createdOn`,
  noTiers: 'must have at least one tier',
  tierUpTo: 'must be a whole number ≥ 1, or null on the last tier only',
  lastTierUpTo: 'must be null: the last tier has no upper limit',
} as const;

type EnglishResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly string[] };

/** The gate's messages in the command line's English, as these tests read them. */
function inEnglish(result: ParseResult): EnglishResult {
  return result.ok ? result : { ok: false, errors: result.errors.map(renderMessage) };
}

function parseScenario(document: unknown): EnglishResult {
  return inEnglish(parseScenarioData(document));
}

function parseScenarioText(text: string): EnglishResult {
  return inEnglish(parseScenarioTextData(text));
}

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };
type JsonPath = readonly (string | number)[];

/** A small valid scenario mirroring scenario-format.md's example, every field written; fresh each call. */
function validScenario(): JsonObject {
  return {
    format: 'ocr-billing-scenario',
    version: 1,
    name: 'Invoice scanning 2027',
    currency: 'USD',
    start: '2027-03',
    months: 3,
    deductionOrder: ['source', 'activatesOn', 'expiresOn', 'createdOn'],
    streams: [validStream()],
    packages: [validPackage()],
    payPerUse: [validPriceEntry()],
  };
}

function validStream(): JsonObject {
  return {
    id: 'text-hk',
    api: 'general-text',
    region: 'ap-southeast-1',
    subscribed: true,
    monthlyCalls: [90000, 95000, 100000],
  };
}

function validPackage(): JsonObject {
  return {
    id: 'p1',
    label: 'General Text 1M',
    api: 'general-text',
    region: 'ap-southeast-1',
    source: 'purchased',
    calls: 1000000,
    price: '900',
    createdOn: '2027-03-01',
    activatesOn: '2027-03-01',
    validityMonths: 12,
    usedCalls: 0,
    priority: 0,
  };
}

function validPriceEntry(): JsonObject {
  return {
    api: 'general-text',
    region: null,
    mode: 'graduated',
    tiers: [
      { upTo: 1000000, unitPrice: '0.0015' },
      { upTo: null, unitPrice: '0.0012' },
    ],
  };
}

/** The node at `path` inside `root`; throws when the path does not lead to an object or list. */
function containerAt(root: JsonValue, path: JsonPath): JsonObject | JsonValue[] {
  let node: JsonValue | undefined = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (
      typeof node === 'object' &&
      node !== null &&
      !Array.isArray(node) &&
      typeof key === 'string'
    )
      node = node[key];
    else throw new Error(`no ${String(key)} in the path ${path.join('.')}`);
  }
  if (typeof node !== 'object' || node === null)
    throw new Error(`${path.join('.')} is not an object or list`);
  return node;
}

/** Sets (or, with `undefined`, deletes) the value at `path` in place. */
function setAt(root: JsonValue, path: JsonPath, value: JsonValue | undefined): void {
  const parent = containerAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') {
    if (value === undefined) parent.splice(key, 1);
    else parent[key] = value;
  } else if (!Array.isArray(parent) && typeof key === 'string') {
    if (value === undefined) delete parent[key];
    else parent[key] = value;
  } else {
    throw new Error(`cannot set ${String(key)} in ${path.join('.')}`);
  }
}

/** A fresh valid scenario with exactly one change: the value at `path` replaced (`undefined`: removed). */
function withChange(path: JsonPath, value: JsonValue | undefined): JsonObject {
  const scenario = validScenario();
  setAt(scenario, path, value);
  return scenario;
}

/** A fresh valid scenario with the field at `path` renamed to `newName` (a misspelling). */
function withRenamed(path: JsonPath, newName: string): JsonObject {
  const scenario = validScenario();
  const parent = containerAt(scenario, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) || typeof key !== 'string')
    throw new Error('can only rename an object field');
  const value = parent[key];
  if (value === undefined) throw new Error(`no field ${key}`);
  delete parent[key];
  parent[newName] = value;
  return scenario;
}

function money(text: string): Money {
  const parsed = parseMoney(text);
  if (parsed === null) throw new Error(`not money: ${text}`);
  return parsed;
}

function parsedOk(document: unknown): Scenario {
  const result = parseScenario(document);
  if (!result.ok) throw new Error(`expected a valid scenario, got:\n${result.errors.join('\n')}`);
  return result.scenario;
}

const examplesDir = fileURLToPath(new URL('../fixtures/examples/', import.meta.url));
const exampleFiles = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
  .sort();

const wholeCall = 'must be a whole number from 0 to 1000000000000';
const packageCalls = 'must be a whole number from 1 to 1000000000000';

describe('parseScenario refuses a broken scenario with every error, each naming its path', () => {
  const cases: [string, unknown, string[]][] = [
    // The document itself.
    ['refuses a list instead of an object', [], ['scenario: must be an object']],
    ['refuses null instead of an object', null, ['scenario: must be an object']],
    [
      'refuses a string instead of an object',
      'ocr-billing-scenario',
      ['scenario: must be an object'],
    ],
    ['refuses a number instead of an object', 1, ['scenario: must be an object']],
    // Format and version.
    [
      'refuses an unknown format, saying which one it reads',
      withChange(['format'], 'ocr-billing'),
      ['format: unknown format "ocr-billing": this reader reads "ocr-billing-scenario"'],
    ],
    [
      'refuses a document without a format',
      withChange(['format'], undefined),
      ['format: is required and must be "ocr-billing-scenario"'],
    ],
    [
      'refuses a newer version, saying it is newer',
      withChange(['version'], 3),
      [
        'version: unknown version 3: this scenario was written by a newer version of the format; this reader reads versions 1 to 2',
      ],
    ],
    [
      'refuses version 0 as unknown',
      withChange(['version'], 0),
      ['version: unknown version 0: this reader reads versions 1 to 2'],
    ],
    [
      'refuses a version written as a string',
      withChange(['version'], '1'),
      ['version: unknown version "1": this reader reads versions 1 to 2'],
    ],
    [
      'refuses a document without a version',
      withChange(['version'], undefined),
      ['version: is required (this reader reads versions 1 to 2)'],
    ],
    // Root fields.
    ['refuses a missing currency', withChange(['currency'], undefined), ['currency: is required']],
    [
      'refuses a lowercase currency',
      withChange(['currency'], 'usd'),
      [`currency: ${MESSAGES.currency}`],
    ],
    [
      'refuses a four-letter currency',
      withChange(['currency'], 'USDT'),
      [`currency: ${MESSAGES.currency}`],
    ],
    [
      'refuses a name that is not a string',
      withChange(['name'], 7),
      [`name: ${MESSAGES.notString}`],
    ],
    ['refuses month 13 as start', withChange(['start'], '2027-13'), [`start: ${MESSAGES.month}`]],
    [
      'refuses a start written with a one-digit month',
      withChange(['start'], '2027-3'),
      [`start: ${MESSAGES.month}`],
    ],
    [
      'refuses a start that is a full date',
      withChange(['start'], '2027-03-01'),
      [`start: ${MESSAGES.month}`],
    ],
    ['refuses 0 months', withChange(['months'], 0), [`months: ${MESSAGES.months}`]],
    ['refuses 121 months', withChange(['months'], 121), [`months: ${MESSAGES.months}`]],
    [
      'refuses a fractional month count',
      withChange(['months'], 1.5),
      [`months: ${MESSAGES.months}`],
    ],
    [
      'refuses a month count written as a string',
      withChange(['months'], '3'),
      [`months: ${MESSAGES.months}`],
    ],
    [
      'refuses an unknown field at the root',
      withChange(['title'], 'Invoices'),
      ['title: unknown field (not part of the scenario format)'],
    ],
    [
      'refuses an unknown root field whose name is not a plain word, quoting it',
      withChange(['$schema'], 'x'),
      ['scenario: unknown field "$schema" (not part of the scenario format)'],
    ],
    // deductionOrder.
    [
      'refuses an unknown deductionOrder key',
      withChange(['deductionOrder', 1], 'cheapest'),
      [`deductionOrder[1]: ${MESSAGES.deductionKey}`],
    ],
    [
      'refuses a deductionOrder key listed twice',
      withChange(['deductionOrder', 2], 'source'),
      ['deductionOrder[2]: "source" is already listed at deductionOrder[0]'],
    ],
    [
      'refuses an empty deductionOrder',
      withChange(['deductionOrder'], []),
      [`deductionOrder: ${MESSAGES.deductionOrderLength}`],
    ],
    [
      'refuses a deductionOrder that is not a list',
      withChange(['deductionOrder'], 'source'),
      [`deductionOrder: ${MESSAGES.notArray}`],
    ],
    // Streams.
    ['refuses a missing stream list', withChange(['streams'], undefined), ['streams: is required']],
    [
      'refuses a stream that is not an object',
      withChange(['streams', 0], 'text-hk'),
      [`streams[0]: ${MESSAGES.notObject}`],
    ],
    [
      'refuses an empty stream id',
      withChange(['streams', 0, 'id'], ''),
      [`streams[0].id: ${MESSAGES.emptyId}`],
    ],
    [
      'refuses a stream without an api',
      withChange(['streams', 0, 'api'], undefined),
      ['streams[0].api: is required'],
    ],
    [
      'refuses a stream without a region',
      withChange(['streams', 0, 'region'], undefined),
      ['streams[0].region: is required'],
    ],
    [
      'refuses subscribed written as a string',
      withChange(['streams', 0, 'subscribed'], 'yes'),
      [`streams[0].subscribed: ${MESSAGES.notBoolean}`],
    ],
    [
      'refuses a monthlyCalls list shorter than the horizon',
      withChange(['streams', 0, 'monthlyCalls'], [90000, 95000]),
      [
        'streams[0].monthlyCalls: must have exactly 3 whole numbers, one per month of the horizon (found 2)',
      ],
    ],
    [
      'refuses a monthlyCalls list longer than the horizon',
      withChange(['streams', 0, 'monthlyCalls', 3], 1),
      [
        'streams[0].monthlyCalls: must have exactly 3 whole numbers, one per month of the horizon (found 4)',
      ],
    ],
    [
      'refuses a negative call count',
      withChange(['streams', 0, 'monthlyCalls', 1], -1),
      [`streams[0].monthlyCalls[1]: ${wholeCall}`],
    ],
    [
      'refuses a fractional call count',
      withChange(['streams', 0, 'monthlyCalls', 1], 0.5),
      [`streams[0].monthlyCalls[1]: ${wholeCall}`],
    ],
    [
      'refuses a call count above 10^12',
      withChange(['streams', 0, 'monthlyCalls', 2], 1_000_000_000_001),
      [`streams[0].monthlyCalls[2]: ${wholeCall}`],
    ],
    [
      'refuses a call count written as a string',
      withChange(['streams', 0, 'monthlyCalls', 0], '90000'),
      [`streams[0].monthlyCalls[0]: ${wholeCall}`],
    ],
    [
      'refuses an unknown field inside a stream',
      withChange(['streams', 0, 'calls'], 5),
      ['streams[0].calls: unknown field (not part of the scenario format)'],
    ],
    [
      'refuses two streams with the same id',
      withChange(['streams', 1], { ...validStream(), region: 'ap-southeast-3' }),
      ['streams[1].id: "text-hk" is already the id of streams[0]: ids must be unique'],
    ],
    [
      'refuses two streams for the same api and region',
      withChange(['streams', 1], { ...validStream(), id: 'text-hk-2' }),
      [
        'streams[1]: streams[0] already projects general-text in ap-southeast-1: one stream per API and region',
      ],
    ],
    // Packages.
    [
      'refuses a missing package list',
      withChange(['packages'], undefined),
      ['packages: is required'],
    ],
    [
      'refuses a package that is not an object',
      withChange(['packages', 0], ['p1']),
      [`packages[0]: ${MESSAGES.notObject}`],
    ],
    [
      'refuses a misspelt activatesOn inside a package',
      withRenamed(['packages', 0, 'activatesOn'], 'activateOn'),
      ['packages[0].activateOn: unknown field (not part of the scenario format)'],
    ],
    [
      'refuses an activatesOn before createdOn, naming createdOn',
      withChange(['packages', 0, 'activatesOn'], '2027-02-28'),
      ['packages[0].activatesOn: must not be before createdOn 2027-03-01'],
    ],
    [
      'refuses 2027-02-29 as createdOn',
      withChange(['packages', 0, 'createdOn'], '2027-02-29'),
      [`packages[0].createdOn: ${MESSAGES.date}`],
    ],
    [
      'refuses 2027-02-29 as activatesOn',
      withChange(['packages', 0, 'activatesOn'], '2027-02-29'),
      [`packages[0].activatesOn: ${MESSAGES.date}`],
    ],
    [
      'refuses a wrong createdOn once, even when activatesOn is left to default to it',
      (() => {
        const scenario = withChange(['packages', 0, 'createdOn'], '2027-04-31');
        setAt(scenario, ['packages', 0, 'activatesOn'], undefined);
        return scenario;
      })(),
      [`packages[0].createdOn: ${MESSAGES.date}`],
    ],
    [
      'refuses a package without createdOn',
      withChange(['packages', 0, 'createdOn'], undefined),
      ['packages[0].createdOn: is required'],
    ],
    [
      'refuses usedCalls above calls',
      withChange(['packages', 0, 'usedCalls'], 1000001),
      ['packages[0].usedCalls: must be a whole number from 0 to calls (1000000)'],
    ],
    [
      'refuses negative usedCalls',
      withChange(['packages', 0, 'usedCalls'], -1),
      ['packages[0].usedCalls: must be a whole number from 0 to calls (1000000)'],
    ],
    [
      'refuses a package of 0 calls',
      withChange(['packages', 0, 'calls'], 0),
      [`packages[0].calls: ${packageCalls}`],
    ],
    [
      'refuses a package of more than 10^12 calls',
      withChange(['packages', 0, 'calls'], 1_000_000_000_001),
      [`packages[0].calls: ${packageCalls}`],
    ],
    [
      'refuses a fractional package size',
      withChange(['packages', 0, 'calls'], 1000.5),
      [`packages[0].calls: ${packageCalls}`],
    ],
    [
      'refuses a price written as a JSON number',
      withChange(['packages', 0, 'price'], 900),
      [`packages[0].price: ${MESSAGES.price}`],
    ],
    [
      'refuses a price with an exponent',
      withChange(['packages', 0, 'price'], '1e3'),
      [`packages[0].price: ${MESSAGES.price}`],
    ],
    [
      'refuses a negative price',
      withChange(['packages', 0, 'price'], '-1'),
      [`packages[0].price: ${MESSAGES.price}`],
    ],
    [
      'refuses a price with 13 digits after the point',
      withChange(['packages', 0, 'price'], '0.0000000000001'),
      [`packages[0].price: ${MESSAGES.price}`],
    ],
    [
      'refuses a price with a leading zero',
      withChange(['packages', 0, 'price'], '0900'),
      [`packages[0].price: ${MESSAGES.price}`],
    ],
    [
      'refuses a price ending with a bare point',
      withChange(['packages', 0, 'price'], '900.'),
      [`packages[0].price: ${MESSAGES.price}`],
    ],
    [
      'refuses a price without its leading 0',
      withChange(['packages', 0, 'price'], '.5'),
      [`packages[0].price: ${MESSAGES.price}`],
    ],
    [
      'refuses a price with spaces',
      withChange(['packages', 0, 'price'], ' 900'),
      [`packages[0].price: ${MESSAGES.price}`],
    ],
    [
      'refuses a package without a price',
      withChange(['packages', 0, 'price'], undefined),
      ['packages[0].price: is required'],
    ],
    [
      'refuses 0 validity months',
      withChange(['packages', 0, 'validityMonths'], 0),
      [`packages[0].validityMonths: ${MESSAGES.validityMonths}`],
    ],
    [
      'refuses 121 validity months',
      withChange(['packages', 0, 'validityMonths'], 121),
      [`packages[0].validityMonths: ${MESSAGES.validityMonths}`],
    ],
    [
      'refuses a fractional priority',
      withChange(['packages', 0, 'priority'], 1.5),
      [`packages[0].priority: ${MESSAGES.priority}`],
    ],
    [
      'refuses an unknown source',
      withChange(['packages', 0, 'source'], 'gift'),
      [`packages[0].source: ${MESSAGES.source}`],
    ],
    [
      'refuses a label that is not a string',
      withChange(['packages', 0, 'label'], null),
      [`packages[0].label: ${MESSAGES.notString}`],
    ],
    [
      'refuses two packages with the same id',
      withChange(['packages', 1], validPackage()),
      ['packages[1].id: "p1" is already the id of packages[0]: ids must be unique'],
    ],
    // Pay-per-use prices.
    [
      'refuses a missing payPerUse list',
      withChange(['payPerUse'], undefined),
      ['payPerUse: is required'],
    ],
    [
      'refuses an empty tier list',
      withChange(['payPerUse', 0, 'tiers'], []),
      [`payPerUse[0].tiers: ${MESSAGES.noTiers}`],
    ],
    [
      'refuses tiers that go down',
      withChange(
        ['payPerUse', 0, 'tiers'],
        [
          { upTo: 1000000, unitPrice: '0.0015' },
          { upTo: 500000, unitPrice: '0.0013' },
          { upTo: null, unitPrice: '0.0012' },
        ],
      ),
      [
        "payPerUse[0].tiers[1].upTo: must be greater than the previous tier's upTo (1000000): tiers ascend",
      ],
    ],
    [
      'refuses two tiers with the same upTo',
      withChange(
        ['payPerUse', 0, 'tiers'],
        [
          { upTo: 1000000, unitPrice: '0.0015' },
          { upTo: 1000000, unitPrice: '0.0013' },
          { upTo: null, unitPrice: '0.0012' },
        ],
      ),
      [
        "payPerUse[0].tiers[1].upTo: must be greater than the previous tier's upTo (1000000): tiers ascend",
      ],
    ],
    [
      'refuses a last tier with a limit',
      withChange(['payPerUse', 0, 'tiers', 1, 'upTo'], 2000000),
      [`payPerUse[0].tiers[1].upTo: ${MESSAGES.lastTierUpTo}`],
    ],
    [
      'refuses a tier before the last one without a limit',
      withChange(['payPerUse', 0, 'tiers', 0, 'upTo'], null),
      [`payPerUse[0].tiers[0].upTo: ${MESSAGES.tierUpTo}`],
    ],
    [
      'refuses a tier limit of 0',
      withChange(['payPerUse', 0, 'tiers', 0, 'upTo'], 0),
      [`payPerUse[0].tiers[0].upTo: ${MESSAGES.tierUpTo}`],
    ],
    [
      'refuses a unit price written as a JSON number',
      withChange(['payPerUse', 0, 'tiers', 0, 'unitPrice'], 0.0015),
      [`payPerUse[0].tiers[0].unitPrice: ${MESSAGES.price}`],
    ],
    [
      'refuses mode "tiered"',
      withChange(['payPerUse', 0, 'mode'], 'tiered'),
      [`payPerUse[0].mode: ${MESSAGES.mode}`],
    ],
    [
      'refuses an empty price region',
      withChange(['payPerUse', 0, 'region'], ''),
      [`payPerUse[0].region: ${MESSAGES.emptyId}`],
    ],
    [
      'refuses two every-region price entries for one api',
      withChange(['payPerUse', 1], validPriceEntry()),
      [
        'payPerUse[1]: payPerUse[0] already prices general-text in every region: one entry per API and region',
      ],
    ],
    [
      'refuses an every-region entry written without region next to one with region null',
      (() => {
        const entry = validPriceEntry();
        delete entry.region;
        return withChange(['payPerUse', 1], entry);
      })(),
      [
        'payPerUse[1]: payPerUse[0] already prices general-text in every region: one entry per API and region',
      ],
    ],
    [
      'refuses two price entries for one api in one region',
      (() => {
        const scenario = withChange(['payPerUse', 0, 'region'], 'ap-southeast-1');
        setAt(scenario, ['payPerUse', 1], {
          ...validPriceEntry(),
          region: 'ap-southeast-1',
          mode: 'volume',
        });
        return scenario;
      })(),
      [
        'payPerUse[1]: payPerUse[0] already prices general-text in ap-southeast-1: one entry per API and region',
      ],
    ],
    [
      'refuses a subscribed stream with no price entry at all',
      withChange(['payPerUse'], []),
      [
        'streams[0]: no pay-per-use price for general-text in ap-southeast-1 (add a payPerUse entry, or set subscribed to false)',
      ],
    ],
    [
      'refuses a subscribed stream priced only in another region',
      withChange(['payPerUse', 0, 'region'], 'ap-southeast-3'),
      [
        'streams[0]: no pay-per-use price for general-text in ap-southeast-1 (add a payPerUse entry, or set subscribed to false)',
      ],
    ],
    [
      'refuses an unknown field inside a tier',
      withChange(['payPerUse', 0, 'tiers', 1, 'limit'], 5),
      ['payPerUse[0].tiers[1].limit: unknown field (not part of the scenario format)'],
    ],
    // Several at once.
    [
      'reports every error of a scenario broken in several places, in document order',
      (() => {
        const scenario = validScenario();
        scenario.extra = true;
        scenario.currency = 'usd';
        scenario.months = 0;
        setAt(scenario, ['deductionOrder', 3], 'cheapest');
        setAt(scenario, ['streams', 0, 'monthlyCalls', 0], -5);
        setAt(scenario, ['packages', 0, 'calls'], 0);
        setAt(scenario, ['packages', 0, 'price'], 900);
        setAt(scenario, ['packages', 0, 'sauce'], 'free');
        setAt(scenario, ['payPerUse', 0, 'mode'], 'tiered');
        return scenario;
      })(),
      [
        'extra: unknown field (not part of the scenario format)',
        `currency: ${MESSAGES.currency}`,
        `months: ${MESSAGES.months}`,
        `deductionOrder[3]: ${MESSAGES.deductionKey}`,
        `streams[0].monthlyCalls[0]: ${wholeCall}`,
        'packages[0].sauce: unknown field (not part of the scenario format)',
        `packages[0].calls: ${packageCalls}`,
        `packages[0].price: ${MESSAGES.price}`,
        `payPerUse[0].mode: ${MESSAGES.mode}`,
      ],
    ],
  ];

  it('covers at least 25 broken scenarios', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s', (_name, document, errors) => {
    expect(parseScenario(document)).toEqual({ ok: false, errors });
  });

  it('does not judge the other fields of a document in an unknown format', () => {
    const scenario = withChange(['format'], 'something-else');
    scenario.currency = 'usd';
    scenario.months = 0;
    expect(parseScenario(scenario)).toEqual({
      ok: false,
      errors: ['format: unknown format "something-else": this reader reads "ocr-billing-scenario"'],
    });
  });

  it('reports both an unknown format and an unknown version', () => {
    const scenario = withChange(['format'], 'x');
    scenario.version = 3;
    const result = parseScenario(scenario);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/^format: unknown format "x"/);
    expect(result.errors[1]).toMatch(/^version: unknown version 3: .*newer/);
  });
});

describe('parseScenario accepts a valid scenario', () => {
  it('accepts the valid base scenario as it is', () => {
    expect(parseScenario(validScenario()).ok).toBe(true);
  });

  it('reads a count written 1000.0 as the whole number 1000', () => {
    const text = JSON.stringify(validScenario())
      .replace('"calls":1000000', '"calls":1000000.0')
      .replace('"monthlyCalls":[90000,', '"monthlyCalls":[1000.0,');
    expect(text).toContain('1000000.0');
    expect(text).toContain('[1000.0,');
    const result = parseScenarioText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.packages[0]?.calls).toBe(1000000);
    expect(result.scenario.streams[0]?.monthlyCalls).toEqual([1000, 95000, 100000]);
  });

  it('fills every default of the optional fields', () => {
    const scenario = validScenario();
    for (const path of [
      ['name'],
      ['deductionOrder'],
      ['streams', 0, 'subscribed'],
      ['packages', 0, 'label'],
      ['packages', 0, 'source'],
      ['packages', 0, 'activatesOn'],
      ['packages', 0, 'validityMonths'],
      ['packages', 0, 'usedCalls'],
      ['packages', 0, 'priority'],
      ['payPerUse', 0, 'region'],
      ['payPerUse', 0, 'mode'],
    ]) {
      setAt(scenario, path, undefined);
    }
    // activatesOn defaults to createdOn, so show it with a createdOn that is not the 1st.
    setAt(scenario, ['packages', 0, 'createdOn'], '2027-03-15');
    const expected: Scenario = {
      name: '',
      currency: 'USD',
      start: '2027-03',
      months: 3,
      deductionOrder: ['source', 'activatesOn', 'expiresOn', 'createdOn'],
      streams: [
        {
          id: 'text-hk',
          api: 'general-text',
          region: 'ap-southeast-1',
          subscribed: true,
          monthlyCalls: [90000, 95000, 100000],
        },
      ],
      packages: [
        {
          id: 'p1',
          label: '',
          api: 'general-text',
          region: 'ap-southeast-1',
          source: 'purchased',
          calls: 1000000,
          price: money('900'),
          createdOn: '2027-03-15',
          activatesOn: '2027-03-15',
          validityMonths: 12,
          usedCalls: 0,
          priority: 0,
        },
      ],
      payPerUse: [
        {
          api: 'general-text',
          region: null,
          mode: 'graduated',
          tiers: [
            { upTo: 1000000, unitPrice: money('0.0015') },
            { upTo: null, unitPrice: money('0.0012') },
          ],
        },
      ],
    };
    expect(parseScenario(scenario)).toEqual({ ok: true, scenario: expected });
    expect(expected.deductionOrder).toEqual(DEFAULT_DEDUCTION_ORDER);
  });

  it('needs no price entry for an unsubscribed stream', () => {
    const scenario = withChange(['streams', 0, 'subscribed'], false);
    scenario.payPerUse = [];
    expect(parsedOk(scenario).streams[0]?.subscribed).toBe(false);
  });

  it('accepts a region-specific price entry next to the every-region one for the same api', () => {
    const scenario = withChange(['payPerUse', 1], {
      ...validPriceEntry(),
      region: 'ap-southeast-1',
      mode: 'volume',
    });
    expect(parsedOk(scenario).payPerUse.map((entry) => entry.region)).toEqual([
      null,
      'ap-southeast-1',
    ]);
  });

  it('accepts a price in the region of the stream without any every-region entry', () => {
    expect(parseScenario(withChange(['payPerUse', 0, 'region'], 'ap-southeast-1')).ok).toBe(true);
  });

  it('accepts the extremes of each range', () => {
    const scenario = validScenario();
    scenario.months = 120;
    setAt(
      scenario,
      ['streams', 0, 'monthlyCalls'],
      Array.from({ length: 120 }, (_, index) => (index === 0 ? 1_000_000_000_000 : 0)),
    );
    setAt(scenario, ['packages', 0, 'calls'], 1);
    setAt(scenario, ['packages', 0, 'usedCalls'], 1);
    setAt(scenario, ['packages', 0, 'price'], '0.000000000001');
    setAt(scenario, ['packages', 0, 'validityMonths'], 120);
    setAt(scenario, ['packages', 0, 'priority'], -7);
    setAt(scenario, ['packages', 0, 'source'], 'free');
    setAt(scenario, ['payPerUse', 0, 'tiers'], [{ upTo: null, unitPrice: '0' }]);
    scenario.deductionOrder = ['priority', 'source', 'activatesOn', 'expiresOn', 'createdOn'];
    const parsed = parsedOk(scenario);
    expect(parsed.packages[0]).toMatchObject({
      calls: 1,
      usedCalls: 1,
      priority: -7,
      validityMonths: 120,
      source: 'free',
    });
    expect(parsed.deductionOrder).toEqual([
      'priority',
      'source',
      'activatesOn',
      'expiresOn',
      'createdOn',
    ]);
  });

  it('accepts 2028-02-29, a real leap day, as a date', () => {
    const scenario = withChange(['packages', 0, 'createdOn'], '2028-02-29');
    setAt(scenario, ['packages', 0, 'activatesOn'], '2028-02-29');
    expect(parseScenario(scenario).ok).toBe(true);
  });

  it('does not mutate the input document, valid or not', () => {
    const valid = deepFreeze(validScenario());
    const validBefore = structuredClone(valid);
    expect(parseScenario(valid).ok).toBe(true);
    expect(valid).toEqual(validBefore);

    const broken = deepFreeze(withChange(['packages', 0, 'calls'], -1));
    const brokenBefore = structuredClone(broken);
    expect(parseScenario(broken).ok).toBe(false);
    expect(broken).toEqual(brokenBefore);
  });

  it('returns a scenario that does not share lists with the input', () => {
    const document = validScenario();
    const parsed = parsedOk(document);
    setAt(document, ['streams', 0, 'monthlyCalls', 0], 1);
    expect(parsed.streams[0]?.monthlyCalls[0]).toBe(90000);
  });

  it('finds the examples', () => {
    expect(exampleFiles.length).toBeGreaterThan(0);
  });

  it.each(exampleFiles)('parses the example %s', (file) => {
    const result = parseScenarioText(readFileSync(`${examplesDir}${file}`, 'utf8'));
    expect(result).toMatchObject({ ok: true });
  });
});

describe('parseScenarioText', () => {
  it.each(['{"format":', '', 'not json', "{'single': 'quotes'}", '[1,]'])(
    'reports invalid JSON %j as an error, not a throw',
    (text) => {
      const result = parseScenarioText(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/^scenario: not valid JSON \(.+\)$/);
    },
  );

  it('reports the scenario errors of valid JSON text', () => {
    expect(parseScenarioText('{"format":"ocr-billing-scenario","version":9}')).toEqual({
      ok: false,
      errors: [
        'version: unknown version 9: this scenario was written by a newer version of the format; this reader reads versions 1 to 2',
      ],
    });
  });
});

describe('serializeScenario', () => {
  const documents: [string, unknown][] = [
    ['the base scenario', validScenario()],
    [
      'a scenario with every default left out',
      (() => {
        const scenario = validScenario();
        for (const path of [
          ['name'],
          ['deductionOrder'],
          ['packages', 0, 'activatesOn'],
          ['payPerUse', 0, 'mode'],
        ]) {
          setAt(scenario, path, undefined);
        }
        return scenario;
      })(),
    ],
    ...exampleFiles.map((file): [string, unknown] => [
      file,
      JSON.parse(readFileSync(`${examplesDir}${file}`, 'utf8')),
    ]),
  ];

  it.each(documents)('round-trips %s through JSON text to an equal scenario', (_name, document) => {
    const scenario = parsedOk(document);
    const text = JSON.stringify(serializeScenario(scenario));
    expect(parseScenarioText(text)).toEqual({ ok: true, scenario });
  });

  it('writes prices as plain decimal strings and every field explicitly', () => {
    const scenario = parsedOk(withChange(['packages', 0, 'price'], '900.500'));
    const document = serializeScenario(scenario);
    expect(document).toMatchObject({
      format: 'ocr-billing-scenario',
      version: 2,
      packages: [{ price: '900.5', activatesOn: '2027-03-01', usedCalls: 0, priority: 0 }],
      payPerUse: [
        {
          region: null,
          mode: 'graduated',
          tiers: [
            { upTo: 1000000, unitPrice: '0.0015' },
            { upTo: null, unitPrice: '0.0012' },
          ],
        },
      ],
    });
  });
});

describe('parseScenario never throws', () => {
  const pathRule = /^[A-Za-z0-9_.[\]]+: \S/;

  function expectWellFormed(document: unknown): void {
    const result = parseScenario(document);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error).toBe('string');
      expect(error).toMatch(pathRule);
    }
  }

  /** Every path inside the valid scenario (the root excluded), at every depth. */
  function allPaths(value: JsonValue, prefix: JsonPath = []): JsonPath[] {
    const children: [string | number, JsonValue][] = Array.isArray(value)
      ? value.map((child, index): [number, JsonValue] => [index, child])
      : typeof value === 'object' && value !== null
        ? Object.entries(value)
        : [];
    return children.flatMap(([key, child]) => [
      [...prefix, key],
      ...allPaths(child, [...prefix, key]),
    ]);
  }

  const paths = allPaths(validScenario());

  type Mutation = { path: JsonPath; value: JsonValue | undefined };

  /** Applies the mutations in turn, skipping one whose path no longer exists after an earlier one. */
  function mutated(mutations: readonly Mutation[]): JsonObject {
    const scenario = validScenario();
    for (const { path, value } of mutations) {
      try {
        setAt(scenario, path, value);
      } catch {
        // An earlier mutation removed or replaced this path's parent.
      }
    }
    return scenario;
  }

  const mutation: fc.Arbitrary<Mutation> = fc.record({
    path: fc.constantFrom(...paths),
    value: fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>,
    ),
  });

  it('on an arbitrary JSON value, and reports path-then-rule errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (document) => {
        expectWellFormed(document);
      }),
      propertyRuns(500),
    );
  });

  it('on an arbitrary JSON object dressed as a scenario', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), (extra) => {
        expectWellFormed({ ...extra, format: 'ocr-billing-scenario', version: 1 });
      }),
      propertyRuns(300),
    );
  });

  it('on a valid scenario with fields deleted or replaced at random depths', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        expectWellFormed(mutated(mutations));
      }),
      propertyRuns(1000),
    );
  });

  it('on the text of a mutated scenario, through parseScenarioText', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 2 }),
        fc.nat(),
        (mutations, cut) => {
          const text = JSON.stringify(mutated(mutations));
          const result = parseScenarioText(text.slice(0, cut % (text.length + 1)));
          if (!result.ok)
            for (const error of result.errors) expect(error).toMatch(/^[A-Za-z0-9_.[\]]+: \S/);
        },
      ),
      propertyRuns(300),
    );
  });
});

describe('the gate returns its messages as data', () => {
  it('gives each message a code, a path of segments and typed parameters', () => {
    const document = validScenario();
    (document.packages as JsonObject[])[0] = {
      ...validPackage(),
      createdOn: '2027-03-05',
      activatesOn: '2027-03-01',
    };
    const result = parseScenarioData(document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual<Message[]>([
      {
        code: 'scenario.activatesBeforeCreated',
        path: ['packages', 0, 'activatesOn'],
        params: { createdOn: '2027-03-05' },
      },
    ]);
  });

  it('names the document itself for a root-level problem', () => {
    const result = parseScenarioData(['not', 'an', 'object']);
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'json.notObject', path: ['scenario'], params: {} }],
    });
    const newer = parseScenarioData({ ...validScenario(), version: SCENARIO_VERSION + 1 });
    expect(newer.ok ? [] : newer.errors.map((error) => error.code)).toEqual([
      'scenario.versionNewer',
    ]);
  });
});

describe('format version 2', () => {
  /** The valid base scenario as a version 2 document, with `change` applied. */
  function v2(change: (document: JsonObject) => void = () => {}): JsonObject {
    const document = { ...validScenario(), version: 2 };
    change(document);
    return document;
  }
  const stream = (document: JsonObject) => (document.streams as JsonObject[])[0] as JsonObject;
  const pkg = (document: JsonObject) => (document.packages as JsonObject[])[0] as JsonObject;
  const model = {
    kind: 'growth',
    firstMonth: 120000,
    growthPercent: '4',
    seasonality: null,
  } as const;
  const history = [
    { month: '2026-11', calls: 98000 },
    { month: '2026-12', calls: 101500 },
  ];

  it('reads a stream model, its history with its source, an allowance and the calls key', () => {
    const parsed = parseScenarioData(
      v2((document) => {
        Object.assign(stream(document), {
          model: { ...model, seasonality: Array.from({ length: 12 }, () => '100') },
          history,
          source: { file: 'bill-2026.csv', importedOn: '2026-12-01' },
        });
        Object.assign(pkg(document), { resetEvery: 'day', usedCalls: 10 });
        document.deductionOrder = ['source', 'calls', 'createdOn'];
      }),
    );
    if (!parsed.ok) throw new Error(parsed.errors.map(renderMessage).join('\n'));
    const [first] = parsed.scenario.streams;
    expect(first?.model?.growthPercent).toBe('4');
    expect(first?.history).toEqual(history);
    expect(first?.historySource).toEqual({ file: 'bill-2026.csv', importedOn: '2026-12-01' });
    expect(parsed.scenario.packages[0]?.resetEvery).toBe('day');
    expect(parsed.scenario.deductionOrder).toEqual(['source', 'calls', 'createdOn']);
    // What it writes reads back the same, version 2 fields and all.
    expect(parseScenarioData(serializeScenario(parsed.scenario))).toEqual(parsed);
    expect(serializeScenario(parsed.scenario).streams).toMatchObject([
      { source: { file: 'bill-2026.csv' } },
    ]);
  });

  it('leaves version 2 fields out of what it writes when a scenario has none', () => {
    const parsed = parseScenarioData(validScenario());
    if (!parsed.ok) throw new Error('the base scenario is valid');
    const [written] = serializeScenario(parsed.scenario).streams as JsonObject[];
    expect(Object.keys(written ?? {})).toEqual([
      'id',
      'api',
      'region',
      'subscribed',
      'monthlyCalls',
    ]);
  });

  const cases: [string, JsonObject, string[]][] = [
    [
      'refuses an unknown resetEvery',
      v2((document) => Object.assign(pkg(document), { resetEvery: 'week' })),
      ['packages[0].resetEvery: must be one of day, month'],
    ],
    [
      'refuses usedCalls on an allowance not usable on the horizon first day',
      v2((document) =>
        Object.assign(pkg(document), {
          resetEvery: 'month',
          createdOn: '2027-04-01',
          activatesOn: '2027-04-01',
          usedCalls: 5,
        }),
      ),
      [
        "packages[0].usedCalls: must be 0: an allowance counts calls already used against the period of the horizon's first day (2027-03-01), and this one is not usable that day",
      ],
    ],
    [
      'refuses a resetEvery in capitals, as a number, or null',
      v2((document) => {
        const first = pkg(document);
        document.packages = [
          { ...first, resetEvery: 'Day' },
          { ...first, id: 'second', resetEvery: 1 },
          { ...first, id: 'third', resetEvery: null },
        ];
      }),
      [
        'packages[0].resetEvery: must be one of day, month',
        'packages[1].resetEvery: must be one of day, month',
        'packages[2].resetEvery: must be one of day, month',
      ],
    ],
    [
      'refuses usedCalls on an allowance that expired before the horizon',
      v2((document) =>
        Object.assign(pkg(document), {
          resetEvery: 'day',
          createdOn: '2026-01-01',
          activatesOn: '2026-01-01',
          validityMonths: 1,
          usedCalls: 1,
        }),
      ),
      [
        "packages[0].usedCalls: must be 0: an allowance counts calls already used against the period of the horizon's first day (2027-03-01), and this one is not usable that day",
      ],
    ],
    [
      'refuses calls twice in the deduction order',
      v2((document) => {
        document.deductionOrder = ['calls', 'source', 'calls'];
      }),
      ['deductionOrder[2]: "calls" is already listed at deductionOrder[0]'],
    ],
    [
      'refuses a version 1 document that uses a version 2 field',
      withChange(['packages', 0, 'resetEvery'], 'day'),
      ['packages[0].resetEvery: is part of format version 2: set version to 2 to use it'],
    ],
    [
      'refuses the calls key in a version 1 document',
      withChange(['deductionOrder'], ['calls', 'source']),
      ['deductionOrder[0]: is part of format version 2: set version to 2 to use it'],
    ],
    [
      'refuses a model and a history in a version 1 document, by name',
      (() => {
        const document = validScenario();
        Object.assign(stream(document), { model, history });
        return document;
      })(),
      [
        'streams[0].model: is part of format version 2: set version to 2 to use it',
        'streams[0].history: is part of format version 2: set version to 2 to use it',
      ],
    ],
    [
      'refuses a model of another kind, a growth out of range and eleven seasons',
      v2((document) =>
        Object.assign(stream(document), {
          model: {
            kind: 'linear',
            firstMonth: 1.5,
            growthPercent: '2000',
            seasonality: ['100'],
          },
        }),
      ),
      [
        'streams[0].model.kind: must be one of growth',
        'streams[0].model.firstMonth: must be a whole number from 0 to 1000000000000',
        'streams[0].model.growthPercent: must be a percentage written as a decimal string from -100 to 1000, such as "4"',
        'streams[0].model.seasonality: must be null or a list of 12 percentages, January first',
      ],
    ],
    [
      'refuses a growth written as a number and a season below zero',
      v2((document) =>
        Object.assign(stream(document), {
          model: {
            ...model,
            growthPercent: 4,
            seasonality: ['-1', ...Array.from({ length: 11 }, () => '100')],
          },
        }),
      ),
      [
        'streams[0].model.growthPercent: must be a percentage written as a decimal string from -100 to 1000, such as "4"',
        'streams[0].model.seasonality[0]: must be a percentage written as a decimal string from 0 to 1000, such as "4"',
      ],
    ],
    [
      'refuses history months out of order or twice, and fractional calls',
      v2((document) =>
        Object.assign(stream(document), {
          history: [
            { month: '2026-12', calls: 1 },
            { month: '2026-11', calls: 2 },
            { month: '2026-11', calls: 2.5 },
            { month: '2026-13', calls: 3 },
          ],
        }),
      ),
      [
        'streams[0].history[2].calls: must be a whole number from 0 to 1000000000000',
        'streams[0].history[3].month: must be a real month written YYYY-MM',
        'streams[0].history[1].month: must come after 2026-12: history months ascend, each once',
      ],
    ],
    [
      'refuses a history source without a history, and an unknown field in the model',
      v2((document) =>
        Object.assign(stream(document), {
          source: { file: 'x.csv', importedOn: '2026-12-01' },
          model: { ...model, trend: 'up' },
        }),
      ),
      [
        'streams[0].model.trend: unknown field (not part of the scenario format)',
        'streams[0].source: is allowed only beside a history',
      ],
    ],
  ];

  it.each(cases)('%s', (_name, document, errors) => {
    expect(parseScenario(document)).toEqual({ ok: false, errors });
  });

  it('accepts usedCalls on an allowance usable on the horizon first day, even if bought long before', () => {
    const parsed = parseScenario(
      v2((document) =>
        Object.assign(pkg(document), {
          resetEvery: 'month',
          createdOn: '2026-03-31',
          activatesOn: '2026-03-31',
          validityMonths: 12,
          usedCalls: 5,
        }),
      ),
    );
    expect(parsed.ok).toBe(true);
  });
});
