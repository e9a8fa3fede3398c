import { addMonths, parseIsoMonth } from '../core/calendar';
import { type GrowthModel, MAX_CALLS, parseScenario } from '../core/scenario';
import { readNumberText } from '../core/typed-number';
import { type Message, message } from '../messages';

/*
 * Monthly calls from a growth model (scenario-format.md version 2 `model`: a first month, a
 * monthly growth and an optional seasonality), as the page's generator lets a user describe a
 * projection instead of typing every month. The fields arrive as typed text; each problem is a
 * message about its field.
 */

/** The generator's fields as typed. */
export type CallsGenerator = {
  readonly firstMonth: string;
  readonly growthPercent: string;
  readonly seasonal: boolean;
  /** Twelve percentages, January first: a month's calls are scaled by its share. */
  readonly seasonality: readonly string[];
};

export type GeneratorResult =
  | { readonly calls: readonly number[] }
  | { readonly errors: readonly Message[] };

const GROWTH_PERCENT_RANGE = { min: -100, max: 1000 } as const;
const SEASON_PERCENT_RANGE = { min: 0, max: 1000 } as const;
export const FLAT_SEASONALITY: readonly string[] = Array.from({ length: 12 }, () => '100');

/**
 * The calls of `months` months from `start`: round(first × (1 + g)^i × season of its calendar
 * month). Errors name the generator's fields: `firstMonth`, `growthPercent`, `seasonality[i]`.
 */
export function generateCalls(
  generator: CallsGenerator,
  start: string,
  months: number,
): GeneratorResult {
  const errors: Message[] = [];
  const first = readNumberText(generator.firstMonth);
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_CALLS)
    errors.push(message('projection.firstMonth', ['firstMonth'], { max: MAX_CALLS }));
  const growth = readNumberText(generator.growthPercent) ?? 0;
  if (
    typeof growth !== 'number' ||
    growth < GROWTH_PERCENT_RANGE.min ||
    growth > GROWTH_PERCENT_RANGE.max
  )
    errors.push(message('projection.growth', ['growthPercent'], GROWTH_PERCENT_RANGE));
  const seasons = generator.seasonality.map((text, index) => {
    const share = readNumberText(text) ?? 100;
    if (
      typeof share !== 'number' ||
      share < SEASON_PERCENT_RANGE.min ||
      share > SEASON_PERCENT_RANGE.max
    )
      errors.push(message('projection.season', ['seasonality', index], SEASON_PERCENT_RANGE));
    return typeof share === 'number' ? share : 100;
  });
  if (errors.length > 0 || typeof first !== 'number' || typeof growth !== 'number')
    return { errors };
  const startMonth = parseIsoMonth(start);
  const calls = Array.from({ length: months }, (_, index) => {
    const calendarMonth = startMonth ? addMonths(startMonth, index).month : 1;
    const season = generator.seasonal ? (seasons[calendarMonth - 1] ?? 100) / 100 : 1;
    return Math.round(first * (1 + growth / 100) ** index * season);
  });
  const tooLarge = calls.findIndex((count) => count > MAX_CALLS);
  if (tooLarge >= 0)
    return {
      errors: [
        message('projection.monthTooLarge', ['growthPercent'], {
          month: tooLarge + 1,
          max: MAX_CALLS,
        }),
      ],
    };
  return { calls };
}

/**
 * The generator as a version 2 stream `model` (scenario-format.md), so an export or a link
 * reopens the stream as it was made; null while a field is not valid, or is written in a way the
 * format does not keep (more than six decimals).
 */
export function modelOf(generator: CallsGenerator): GrowthModel | null {
  const first = readNumberText(generator.firstMonth);
  const percent = (text: string, empty: number) => {
    const value = readNumberText(text) ?? empty;
    return typeof value === 'number' ? String(value) : null;
  };
  const growthPercent = percent(generator.growthPercent, 0);
  const seasonality = generator.seasonal
    ? generator.seasonality.map((text) => percent(text, 100))
    : null;
  if (typeof first !== 'number' || growthPercent === null) return null;
  if (seasonality?.some((share) => share === null)) return null;
  const model: GrowthModel = {
    kind: 'growth',
    firstMonth: first,
    growthPercent,
    seasonality: seasonality as string[] | null,
  };
  return isKeptModel(model) ? model : null;
}

/** Whether the scenario gate keeps `model` as it is: its ranges and its way of writing numbers. */
function isKeptModel(model: GrowthModel): boolean {
  const probe = parseScenario({
    format: 'ocr-billing-scenario',
    version: 2,
    currency: 'USD',
    start: '2027-01',
    months: 1,
    streams: [{ id: 's', api: 'a', region: 'r', subscribed: false, monthlyCalls: [0], model }],
    packages: [],
    payPerUse: [],
  });
  return probe.ok;
}

/** The generator's fields as a model writes them: what a link or a file reopens a stream with. */
export function generatorOf(model: GrowthModel): CallsGenerator {
  return {
    firstMonth: String(model.firstMonth),
    growthPercent: model.growthPercent,
    seasonal: model.seasonality !== null,
    seasonality: model.seasonality ?? FLAT_SEASONALITY,
  };
}
