import {
  type CallsGenerator,
  type CatalogPriceEntry,
  type DeductionKey,
  deepFreeze,
  FLAT_SEASONALITY,
  formatPath,
  generateCalls,
  generatorOf,
  type HistoryMonth,
  type HistorySource,
  type Message,
  type MessagePath,
  message,
  modelOf,
  type PackageSource,
  type ParseResult,
  type PricingMode,
  parseScenario,
  readNumberText,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  serializeScenario,
} from '../engine';
import { keepColourSlots, type Slotted } from './colour-slots';

/*
 * What the user is typing: every field kept as the text typed, so nothing is lost while it is
 * not yet valid. draftToDocument turns it into a scenario document and parseScenario (the
 * engine's one gate) judges it; the paths of its messages lead back to the fields.
 */

export type StreamDraft = {
  readonly id: string;
  readonly api: string;
  readonly region: string;
  readonly subscribed: boolean;
  readonly callsSource: 'generated' | 'typed';
  readonly generator: CallsGenerator;
  /** One text per month of the horizon, used when callsSource is 'typed'. */
  readonly typedCalls: readonly string[];
  /** The imported past (version 2 `history`), months ascending; empty when none was imported. */
  readonly history: readonly HistoryMonth[];
  /** The file the history came from; null without a history. */
  readonly historySource: HistorySource | null;
  /**
   * The forecast's 80 % interval, month by month, from "Use this forecast": the low and high
   * cases take these months from it instead of the percentages. Kept with the saved estimate
   * only: the scenario format has no field for it, so a file or link falls back to percentages.
   */
  readonly range: readonly MonthRange[];
};

/** One month of a forecast's interval: the calls it expects at least and at most. */
export type MonthRange = { readonly month: string; readonly low: number; readonly high: number };

export type PackageDraft = {
  readonly id: string;
  readonly label: string;
  readonly api: string;
  readonly region: string;
  readonly source: PackageSource;
  readonly calls: string;
  readonly price: string;
  readonly createdOn: string;
  /** Empty: takes effect the day it is bought. */
  readonly activatesOn: string;
  readonly validityMonths: string;
  readonly usedCalls: string;
  readonly priority: string;
  /** Whether its quota renews every day or month, as an allowance does (billing-rules §4a). */
  readonly resetEvery: ResetChoice;
  /**
   * The package's colour in every chart, as a slot of the chart palette: chosen when the
   * package is made (the lowest slot no other package uses) and kept whatever else changes.
   */
  readonly colour: number;
};

export const RESET_CHOICES = ['never', 'day', 'month'] as const;
export type ResetChoice = (typeof RESET_CHOICES)[number];

export type TierDraft = { readonly upTo: string; readonly unitPrice: string };

export type PriceDraft = {
  readonly api: string;
  readonly region: string | null;
  readonly mode: PricingMode;
  readonly tiers: readonly TierDraft[];
};

export type ScenarioDraft = {
  readonly name: string;
  readonly catalogId: string;
  readonly currency: string;
  readonly start: string;
  readonly months: string;
  readonly deductionOrder: readonly DeductionKey[];
  readonly streams: readonly StreamDraft[];
  readonly packages: readonly PackageDraft[];
  readonly payPerUse: readonly PriceDraft[];
};

const MAX_HORIZON_MONTHS = 120;

/** The horizon length the rest of the draft is shaped by; null while the field is not a valid length. */
export function horizonMonths(draft: Pick<ScenarioDraft, 'months'>): number | null {
  const value = readNumberText(draft.months);
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= MAX_HORIZON_MONTHS
    ? value
    : null;
}

export type DraftCheck = {
  /** Messages keyed by their field's path (`packages[2].activatesOn`, `streams[0].generator.firstMonth`). */
  readonly fieldErrors: Readonly<Record<string, Message>>;
  /** Messages that belong to no one field. */
  readonly generalErrors: readonly Message[];
  readonly parsed: ParseResult;
  readonly document: Record<string, unknown>;
};

/*
 * A stream's or package's part of the document is a function of its draft alone (and, for a
 * stream, of the horizon), and drafts are never changed in place: an edit to one stream builds
 * that stream's part again and reuses every other. The parts are frozen, so the engine's gate
 * may reuse its reading of them too (parseScenario).
 */
type StreamPart = {
  readonly start: string;
  readonly months: number | null;
  readonly document: Readonly<Record<string, unknown>>;
  readonly generatorErrors: readonly Message[];
};
const streamParts = new WeakMap<StreamDraft, StreamPart>();
const packageParts = new WeakMap<PackageDraft, Readonly<Record<string, unknown>>>();

function streamPart(stream: StreamDraft, start: string, months: number | null): StreamPart {
  const known = streamParts.get(stream);
  if (known && known.start === start && known.months === months) return known;
  const generatorErrors: Message[] = [];
  let monthlyCalls: unknown[] = stream.typedCalls.map((text) => readNumberText(text) ?? text);
  if (stream.callsSource === 'generated') {
    const generated = generateCalls(stream.generator, start, months ?? 1);
    if ('errors' in generated) {
      generatorErrors.push(...generated.errors);
      monthlyCalls = Array.from({ length: months ?? 1 }, () => 0);
    } else {
      monthlyCalls = [...generated.calls];
    }
  } else if (months !== null && monthlyCalls.length !== months) {
    monthlyCalls = Array.from({ length: months }, (_, month) => monthlyCalls[month] ?? 0);
  }
  // The generator travels with the document (version 2 `model`), so a link reopens it.
  const model = stream.callsSource === 'generated' ? modelOf(stream.generator) : null;
  const part: StreamPart = {
    start,
    months,
    document: deepFreeze({
      id: stream.id,
      api: stream.api,
      region: stream.region,
      subscribed: stream.subscribed,
      monthlyCalls,
      ...(model ? { model } : {}),
      ...(stream.history.length > 0
        ? { history: stream.history.map((month) => ({ ...month })) }
        : {}),
      ...(stream.history.length > 0 && stream.historySource
        ? { source: { ...stream.historySource } }
        : {}),
    }),
    generatorErrors,
  };
  streamParts.set(stream, part);
  return part;
}

function packagePart(pkg: PackageDraft): Readonly<Record<string, unknown>> {
  const known = packageParts.get(pkg);
  if (known) return known;
  const optional = (key: string, text: string) => {
    const value = readNumberText(text);
    return value === undefined ? {} : { [key]: value };
  };
  const part = deepFreeze({
    id: pkg.id,
    label: pkg.label,
    api: pkg.api,
    region: pkg.region,
    source: pkg.source,
    calls: readNumberText(pkg.calls),
    price: pkg.price.trim().replace(/,/g, ''),
    createdOn: pkg.createdOn.trim(),
    ...(pkg.activatesOn.trim() === '' ? {} : { activatesOn: pkg.activatesOn.trim() }),
    ...optional('validityMonths', pkg.validityMonths),
    ...optional('usedCalls', pkg.usedCalls),
    ...optional('priority', pkg.priority),
    ...(pkg.resetEvery === 'never' ? {} : { resetEvery: pkg.resetEvery }),
  });
  packageParts.set(pkg, part);
  return part;
}

/** The scenario document the draft stands for (scenario-format.md), and everything wrong with it. */
export function checkDraft(draft: ScenarioDraft): DraftCheck {
  const months = horizonMonths(draft);
  const generatorErrors: Message[] = [];
  const streams = draft.streams.map((stream, index) => {
    const part = streamPart(stream, draft.start, months);
    for (const error of part.generatorErrors)
      generatorErrors.push(
        message(error.code, ['streams', index, 'generator', ...error.path], error.params as never),
      );
    return part.document;
  });
  const packages = draft.packages.map(packagePart);
  const document: Record<string, unknown> = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    name: draft.name,
    currency: draft.currency,
    start: draft.start.trim(),
    months: readNumberText(draft.months),
    deductionOrder: [...draft.deductionOrder],
    streams,
    packages,
    payPerUse: draft.payPerUse.map((entry) => ({
      api: entry.api,
      region: entry.region,
      mode: entry.mode,
      tiers: entry.tiers.map((tier, index) => ({
        upTo: index === entry.tiers.length - 1 ? null : (readNumberText(tier.upTo) ?? tier.upTo),
        unitPrice: tier.unitPrice.trim(),
      })),
    })),
  };
  const parsed = parseScenario(document);
  const fieldErrors: Record<string, Message> = {};
  const generalErrors: Message[] = [];
  for (const error of [...generatorErrors, ...(parsed.ok ? [] : parsed.errors)]) {
    if (isFieldPath(error.path)) fieldErrors[formatPath(error.path)] ??= error;
    else generalErrors.push(error);
  }
  const valid = parsed.ok && generatorErrors.length === 0;
  return {
    fieldErrors,
    generalErrors,
    parsed: valid ? parsed : { ok: false, errors: parsed.ok ? generatorErrors : parsed.errors },
    document,
  };
}

/** Whether the page has a field for `path`: its message is shown there, not in a list. */
function isFieldPath(path: MessagePath): boolean {
  const [first, index, field, ...rest] = path;
  switch (first) {
    case 'name':
    case 'start':
    case 'months':
    case 'currency':
    case 'deductionOrder':
      return path.length === 1;
    case 'streams':
      return (
        typeof index === 'number' &&
        (((field === 'api' || field === 'region') && rest.length === 0) ||
          (field === 'monthlyCalls' && rest.length === 1 && typeof rest[0] === 'number') ||
          field === 'generator')
      );
    case 'packages':
      return typeof index === 'number' && typeof field === 'string' && rest.length === 0;
    case 'payPerUse':
      return (
        typeof index === 'number' &&
        field === 'tiers' &&
        typeof rest[0] === 'number' &&
        typeof rest[1] === 'string' &&
        rest.length === 2
      );
    default:
      return false;
  }
}

/**
 * A draft standing for a valid scenario (an import, a share link, the advisor's plan): every
 * field as its text. A package whose id `current` (the packages it replaces) holds keeps its
 * colour; the others take free ones, in list order.
 */
export function draftFromScenario(
  scenario: Scenario,
  catalogId: string,
  current: readonly Slotted[] = [],
): ScenarioDraft {
  const document = serializeScenario(scenario) as {
    packages: { price: string }[];
    payPerUse: { tiers: { unitPrice: string }[] }[];
  };
  const typed: Omit<ScenarioDraft, 'packages'> & {
    readonly packages: readonly Omit<PackageDraft, 'colour'>[];
  } = {
    name: scenario.name,
    catalogId,
    currency: scenario.currency,
    start: scenario.start,
    months: String(scenario.months),
    deductionOrder: [...scenario.deductionOrder],
    streams: scenario.streams.map((stream): StreamDraft => {
      const generator = stream.model
        ? generatorOf(stream.model)
        : {
            firstMonth: String(stream.monthlyCalls[0] ?? 0),
            growthPercent: '0',
            seasonal: false,
            seasonality: FLAT_SEASONALITY,
          };
      return {
        id: stream.id,
        api: stream.api,
        region: stream.region,
        subscribed: stream.subscribed,
        // Generated again only where the model still gives every month as written: months
        // typed over it stay typed, the model kept for switching back.
        callsSource:
          stream.model && generatesExactly(generator, scenario, stream.monthlyCalls)
            ? 'generated'
            : 'typed',
        generator,
        typedCalls: stream.monthlyCalls.map(String),
        history: stream.history ? [...stream.history] : [],
        historySource: stream.historySource ?? null,
        range: [],
      };
    }),
    packages: scenario.packages.map((pkg, index) => ({
      id: pkg.id,
      label: pkg.label,
      api: pkg.api,
      region: pkg.region,
      source: pkg.source,
      calls: String(pkg.calls),
      price: document.packages[index]?.price ?? '0',
      createdOn: pkg.createdOn,
      activatesOn: pkg.activatesOn === pkg.createdOn ? '' : pkg.activatesOn,
      validityMonths: String(pkg.validityMonths),
      usedCalls: pkg.usedCalls === 0 ? '' : String(pkg.usedCalls),
      priority: pkg.priority === 0 ? '' : String(pkg.priority),
      resetEvery: pkg.resetEvery ?? 'never',
    })),
    payPerUse: scenario.payPerUse.map((entry, index) => ({
      api: entry.api,
      region: entry.region,
      mode: entry.mode,
      tiers: entry.tiers.map((tier, tierIndex) => ({
        upTo: tier.upTo === null ? '' : String(tier.upTo),
        unitPrice: document.payPerUse[index]?.tiers[tierIndex]?.unitPrice ?? '0',
      })),
    })),
  };
  return { ...typed, packages: keepColourSlots(typed.packages, current) };
}

/** Whether the generator gives exactly `calls` over the scenario's horizon. */
function generatesExactly(
  generator: CallsGenerator,
  scenario: Pick<Scenario, 'start' | 'months'>,
  calls: readonly number[],
): boolean {
  const generated = generateCalls(generator, scenario.start, scenario.months);
  return (
    'calls' in generated &&
    generated.calls.length === calls.length &&
    generated.calls.every((count, month) => count === calls[month])
  );
}

/** A catalog price entry as editable text, for every region. */
export function priceDraftFromCatalog(
  entry: CatalogPriceEntry,
  region: string | null = null,
): PriceDraft {
  return {
    api: entry.api,
    region,
    mode: entry.mode,
    tiers: entry.tiers.map((tier) => ({
      upTo: tier.upTo === null ? '' : String(tier.upTo),
      unitPrice: tier.unitPrice,
    })),
  };
}

/** A fresh id not yet used by any of `taken`: prefix-1, prefix-2, … */
export function freshId(prefix: string, taken: readonly { readonly id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  for (let counter = taken.length + 1; ; counter++) {
    const id = `${prefix}-${counter}`;
    if (!used.has(id)) return id;
  }
}
