import {
  addMonths,
  DEFAULT_DEDUCTION_ORDER,
  type DeductionKey,
  dayNumberToIso,
  expiryDate,
  MAX_CALLS,
  type PackageSource,
  type ParseResult,
  type PricingMode,
  parseIsoDate,
  parseIsoMonth,
  parseScenario,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  serializeScenario,
  toDayNumber,
} from '../engine';
import { keepColourSlots, type Slotted } from '../ui/colour-slots';

/*
 * What the user is typing: every field kept as the text typed, so nothing is lost while it is
 * not yet valid. draftToDocument turns it into a scenario document and parseScenario (the
 * engine's one gate) judges it; the paths of its messages lead back to the fields.
 */

export type CallsGenerator = {
  readonly firstMonth: string;
  readonly growthPercent: string;
  readonly seasonal: boolean;
  /** Twelve percentages, January first: a month's calls are scaled by its share. */
  readonly seasonality: readonly string[];
};

export type StreamDraft = {
  readonly id: string;
  readonly api: string;
  readonly region: string;
  readonly subscribed: boolean;
  readonly callsSource: 'generated' | 'typed';
  readonly generator: CallsGenerator;
  /** One text per month of the horizon, used when callsSource is 'typed'. */
  readonly typedCalls: readonly string[];
};

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
  /**
   * The package's colour in every chart, as a slot of the chart palette: chosen when the
   * package is made (the lowest slot no other package uses) and kept whatever else changes.
   */
  readonly colour: number;
};

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

export const FLAT_SEASONALITY: readonly string[] = Array.from({ length: 12 }, () => '100');
export const MAX_HORIZON_MONTHS = 120;

/** Text typed for a count: grouping commas, spaces and underscores are allowed ("1,000,000"). */
export function readNumberText(text: string): number | string | undefined {
  const compact = text.trim().replace(/[,_\s]/g, '');
  if (compact === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : text;
}

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

export type GeneratorResult =
  | { readonly calls: readonly number[] }
  | { readonly errors: Readonly<Record<string, string>> };

/** Monthly calls from a first month, a monthly growth and an optional seasonality: round(first × (1 + g)^i × season). */
export function generateCalls(
  generator: CallsGenerator,
  start: string,
  months: number,
): GeneratorResult {
  const errors: Record<string, string> = {};
  const first = readNumberText(generator.firstMonth);
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_CALLS) {
    errors.firstMonth = `must be a whole number from 0 to ${MAX_CALLS.toLocaleString('en-US')}`;
  }
  const growth = readNumberText(generator.growthPercent) ?? 0;
  if (typeof growth !== 'number' || growth < -100 || growth > 1000)
    errors.growthPercent = 'must be a number from -100 to 1000 (% a month)';
  const seasons = generator.seasonality.map((text, index) => {
    const share = readNumberText(text) ?? 100;
    if (typeof share !== 'number' || share < 0 || share > 1000)
      errors[`seasonality.${index}`] = 'must be a percentage from 0 to 1000';
    return typeof share === 'number' ? share : 100;
  });
  const startMonth = parseIsoMonth(start);
  if (Object.keys(errors).length > 0 || typeof first !== 'number' || typeof growth !== 'number')
    return { errors };
  const calls = Array.from({ length: months }, (_, index) => {
    const calendarMonth = startMonth ? addMonths(startMonth, index).month : 1;
    const season = generator.seasonal ? (seasons[calendarMonth - 1] ?? 100) / 100 : 1;
    return Math.round(first * (1 + growth / 100) ** index * season);
  });
  const tooLarge = calls.findIndex((count) => count > MAX_CALLS);
  if (tooLarge >= 0)
    return {
      errors: {
        growthPercent: `gives month ${tooLarge + 1} more than ${MAX_CALLS.toLocaleString('en-US')} calls`,
      },
    };
  return { calls };
}

export type DraftCheck = {
  /** Messages keyed by field path (`packages[2].activatesOn`, `streams[0].generator.firstMonth`). */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Messages that belong to no one field. */
  readonly generalErrors: readonly string[];
  readonly parsed: ParseResult;
  readonly document: Record<string, unknown>;
};

/** The scenario document the draft stands for (scenario-format.md), and everything wrong with it. */
export function checkDraft(draft: ScenarioDraft): DraftCheck {
  const months = horizonMonths(draft);
  const generatorErrors: Record<string, string> = {};
  const streams = draft.streams.map((stream, index) => {
    let monthlyCalls: unknown[] = stream.typedCalls.map((text) => readNumberText(text) ?? text);
    if (stream.callsSource === 'generated') {
      const generated = generateCalls(stream.generator, draft.start, months ?? 1);
      if ('errors' in generated) {
        for (const [field, message] of Object.entries(generated.errors))
          generatorErrors[`streams[${index}].generator.${field}`] = message;
        monthlyCalls = Array.from({ length: months ?? 1 }, () => 0);
      } else {
        monthlyCalls = [...generated.calls];
      }
    } else if (months !== null && monthlyCalls.length !== months) {
      monthlyCalls = Array.from({ length: months }, (_, month) => monthlyCalls[month] ?? 0);
    }
    return {
      id: stream.id,
      api: stream.api,
      region: stream.region,
      subscribed: stream.subscribed,
      monthlyCalls,
    };
  });
  const packages = draft.packages.map((pkg) => {
    const optional = (key: string, text: string) => {
      const value = readNumberText(text);
      return value === undefined ? {} : { [key]: value };
    };
    return {
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
    };
  });
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
  const fieldErrors: Record<string, string> = { ...generatorErrors };
  const generalErrors: string[] = [];
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      const separator = error.indexOf(': ');
      const path = error.slice(0, separator);
      const message = error.slice(separator + 2);
      if (
        /^(name|start|months|currency|deductionOrder|streams\[\d+\]\.(api|region|monthlyCalls\[\d+\])|packages\[\d+\]\.\w+|payPerUse\[\d+\]\.tiers\[\d+\]\.\w+)$/.test(
          path,
        )
      ) {
        fieldErrors[path] ??= message;
      } else {
        generalErrors.push(error);
      }
    }
  }
  const valid = parsed.ok && Object.keys(generatorErrors).length === 0;
  return {
    fieldErrors,
    generalErrors,
    parsed: valid
      ? parsed
      : {
          ok: false,
          errors: parsed.ok
            ? Object.entries(generatorErrors).map(([path, message]) => `${path}: ${message}`)
            : parsed.errors,
        },
    document,
  };
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
    streams: scenario.streams.map((stream) => ({
      id: stream.id,
      api: stream.api,
      region: stream.region,
      subscribed: stream.subscribed,
      callsSource: 'typed',
      generator: {
        firstMonth: String(stream.monthlyCalls[0] ?? 0),
        growthPercent: '0',
        seasonal: false,
        seasonality: FLAT_SEASONALITY,
      },
      typedCalls: stream.monthlyCalls.map(String),
    })),
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

/** A fresh id not yet used by any of `taken`: prefix-1, prefix-2, … */
export function freshId(prefix: string, taken: readonly { readonly id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  for (let counter = taken.length + 1; ; counter++) {
    const id = `${prefix}-${counter}`;
    if (!used.has(id)) return id;
  }
}

/** The day after a package's expiry, when a renewal takes over; null while its dates are not valid. */
export function renewalDate(pkg: PackageDraft): string | null {
  const activatesOn = pkg.activatesOn.trim() === '' ? pkg.createdOn.trim() : pkg.activatesOn.trim();
  const validity = readNumberText(pkg.validityMonths) ?? 12;
  if (
    parseIsoDate(activatesOn) === null ||
    typeof validity !== 'number' ||
    !Number.isInteger(validity) ||
    validity < 1
  )
    return null;
  const expires = parseIsoDate(expiryDate({ activatesOn, validityMonths: validity }));
  return expires ? dayNumberToIso(toDayNumber(expires) + 1) : null;
}

export const DEFAULT_ORDER = DEFAULT_DEDUCTION_ORDER;
