import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Catalog,
  type Message,
  type MessageCode,
  type MessageParams,
  type Money,
  message,
  parseCatalog,
  parseMoney,
  renderMessage,
  subtractMoney,
  ZERO_MONEY,
} from '../engine';
import { type Locale, useLocaleStore } from './locale';
import { sayMessage, sayPath, sayProblem } from './messages';

function catalog(id: string): Catalog {
  const path = join(import.meta.dirname, '..', '..', 'public', 'catalogs', `${id}.json`);
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.map(renderMessage).join('\n'));
  return parsed.catalog;
}

const international = catalog('international');
const money = (text: string) => parseMoney(text) as Money;
const place = { api: 'general-text', region: 'ap-southeast-1' } as const;

/**
 * One message of every code, with the values a page would meet: a code added to the engine
 * without a sample here fails the typecheck.
 */
const SAMPLES: { readonly [C in MessageCode]: MessageParams[C] } = {
  'json.notObject': {},
  'json.notList': {},
  'json.notText': {},
  'json.notBoolean': {},
  'json.required': {},
  'json.unknownField': { field: 'price per call' },
  'json.emptyText': {},
  'json.invalid': { detail: 'Unexpected end of JSON input' },
  'scenario.formatRequired': { expected: 'ocr-billing-scenario' },
  'scenario.formatUnknown': { found: '"x"', expected: 'ocr-billing-scenario' },
  'scenario.versionRequired': { expected: 1 },
  'scenario.versionNewer': { found: 3, expected: 1 },
  'scenario.versionUnknown': { found: '"one"', expected: 1 },
  'scenario.currency': {},
  'scenario.month': {},
  'scenario.date': {},
  'scenario.wholeNumber': { min: 1, max: 1_000_000_000_000 },
  'scenario.usedCallsAboveQuota': { calls: 1_000_000 },
  'scenario.priority': {},
  'scenario.price': { places: 12, example: '0.0015' },
  'scenario.source': { allowed: ['free', 'promotional', 'purchased'] },
  'scenario.mode': { allowed: ['graduated', 'volume'] },
  'scenario.orderLength': { min: 1, max: 5 },
  'scenario.orderKey': { allowed: ['source', 'priority', 'activatesOn', 'expiresOn'] },
  'scenario.orderKeyRepeated': { key: 'expiresOn', first: 1 },
  'scenario.noTiers': {},
  'scenario.tierUpTo': {},
  'scenario.lastTierUpTo': {},
  'scenario.tiersAscend': { previous: 1_000_000 },
  'scenario.monthCount': { months: 24, found: 12 },
  'scenario.activatesBeforeCreated': { createdOn: '2027-03-01' },
  'scenario.unpriced': place,
  'scenario.duplicatePlace': { other: 0, ...place },
  'scenario.duplicatePrice': { other: 1, api: 'general-text', region: null },
  'scenario.duplicateId': { id: 'p1', list: 'packages', other: 0 },
  'scenario.tooManyCalls': { max: Number.MAX_SAFE_INTEGER },
  'scenario.versionTwoField': { version: 2 },
  'scenario.resetEvery': { allowed: ['day', 'month'] },
  'scenario.usedCallsNotUsable': { firstDay: '2027-01-01' },
  'scenario.modelKind': { allowed: ['growth'] },
  'scenario.percent': { min: -100, max: 1000 },
  'scenario.seasonality': { months: 12 },
  'scenario.historyLength': { max: 600 },
  'scenario.historyOrder': { previous: '2026-03' },
  'scenario.sourceWithoutHistory': {},
  'scenario.dateRange': { first: '2000-01-01', last: '2199-12-31' },
  'scenario.monthRange': { first: '2000-01', last: '2199-12' },
  'scenario.horizonEnd': { last: '2199-12' },
  'scenario.expiryRange': { last: '2199-12-31' },
  'scenario.priceDigits': { digits: 12 },
  'limit.nesting': { limit: 64 },
  'limit.documentSize': { bytes: 2 * 1024 * 1024, limit: 1024 * 1024 },
  'limit.listLength': { list: 'payPerUse', count: 1001, limit: 1000 },
  'link.tooLong': {},
  'link.notALink': {},
  'link.newer': { found: 2, expected: 1 },
  'link.unknownVersion': { found: 0 },
  'link.notBase64': {},
  'link.tooLarge': { limit: 1024 * 1024 },
  'link.notDeflated': {},
  'link.notText': {},
  'link.codecUnavailable': {},
  'usage.totalRow': {},
  'usage.missingColumn': { column: '使用量' },
  'usage.badDate': { value: '2026/13/40' },
  'usage.unknownApi': { value: '语音识别' },
  'usage.unknownRegion': { value: 'moon-1' },
  'usage.noRegion': {},
  'usage.badNumber': { value: '12.5' },
  'usage.monthTooLarge': { month: '2026-03' },
  'catalog.format': { expected: 'ocr-billing-catalog' },
  'catalog.version': { expected: 1 },
  'catalog.currency': {},
  'catalog.date': {},
  'catalog.textList': {},
  'catalog.count': {},
  'catalog.sizes': {},
  'catalog.emptyList': {},
  'catalog.api': {},
  'catalog.region': {},
  'catalog.listedTwice': { id: 'passport' },
  'catalog.unknownApi': {},
  'catalog.price': {},
  'catalog.tierPrice': {},
  'catalog.lastTier': {},
  'catalog.tierAbove': {},
  'projection.firstMonth': { max: 1_000_000_000_000 },
  'projection.growth': { min: -100, max: 1000 },
  'projection.season': { min: 0, max: 1000 },
  'projection.monthTooLarge': { month: 14, max: 1_000_000_000_000 },
  'projection.lowPercent': { min: -100, max: 0, example: -20 },
  'projection.highPercent': { min: 0, max: 1000, example: 30 },
  'projection.caseTooLarge': { max: 1_000_000_000_000 },
  'order.source': { first: 'promotional', second: 'purchased' },
  'order.priority': { first: -2, second: 5 },
  'order.activatesOn': { first: '2027-01-10', second: '2027-03-15' },
  'order.expiresOn': { first: '2027-07-10', second: '2028-01-10' },
  'order.createdOn': { first: '2027-01-05', second: '2027-01-10' },
  'order.calls': { first: 100_000, second: 1_000_000 },
  'order.position': { first: 2, second: 4 },
  'advice.objectiveTotal': {},
  'advice.objectiveWorst': { cases: 3 },
  'advice.unsubscribedRule': {},
  'advice.purchaseRule': { validityMonths: 12 },
  'advice.kept': { kept: 2, planned: 1 },
  'advice.groupedWorst': {},
  'advice.groupedByStream': {},
  'advice.proven': {},
  'advice.withinGap': { percent: '0.3', bound: money('42210'), currency: 'USD' },
  'advice.boundOnly': { bound: money('42210'), currency: 'USD' },
  'advice.solverUnavailable': {},
  'advice.solverFailed': {},
  'advice.total': {
    total: money('69750'),
    againstCurrent: money('1194.02'),
    againstPayPerUse: money('12500.5'),
    currency: 'USD',
  },
  'advice.streamNoOffers': place,
  'advice.streamBuysNothing': place,
  'advice.streamNoCalls': place,
  'advice.streamBuys': {
    ...place,
    purchases: [
      { count: 1, calls: 5_000_000, createdOn: '2027-01-01' },
      { count: 2, calls: 100_000, createdOn: '2027-06-01' },
    ],
    cost: money('68555.98'),
    currency: 'USD',
  },
  'advice.streamUnsubscribed': { failedCalls: 218_344 },
  'advice.streamProven': {},
  'advice.streamWithinGap': { percent: '0.05' },
  'advice.streamNotProven': {},
  'advisor.stopped': {},
  'advisor.cannotStart': { detail: null },
  'advisor.crashed': { detail: null },
};

const CODES = Object.keys(SAMPLES) as MessageCode[];
const sample = (code: MessageCode): Message =>
  message(code, ['packages', 1, 'createdOn'], SAMPLES[code] as never);

function inLocale<T>(locale: Locale, run: () => T): T {
  useLocaleStore.setState({ locale });
  return run();
}

afterEach(() => useLocaleStore.setState({ locale: 'en' }));

describe('every message code in the page’s words', () => {
  const cases = CODES.flatMap((code) =>
    (['en', 'zh-CN'] as const).map((locale): [MessageCode, Locale] => [code, locale]),
  );
  /** Rules that show how a date is typed: the example is the format itself. */
  const SHOWS_DATE_FORMAT: readonly MessageCode[] = ['scenario.date', 'catalog.date'];

  it.each(cases)(
    '%s in %s: formatted values, no raw dates, amounts, ids or field names',
    (code, locale) => {
      const text = inLocale(locale, () => sayMessage(sample(code), international, locale));
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\{\w+\}/); // no placeholder left
      if (!SHOWS_DATE_FORMAT.includes(code)) expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(text).not.toMatch(/\d+\.\d+ (USD|CNY)/); // amounts carry their sign
      expect(text).not.toMatch(/\b\d{5,}\b/); // large counts are grouped
      expect(text).not.toMatch(/ap-southeast-1|general-text/); // names, not ids
      expect(text).not.toMatch(/\b(createdOn|activatesOn|expiresOn|payPerUse|upTo|null)\b/);
      if (locale === 'zh-CN') expect(text).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('writes dates, money, sizes, counts and catalog names as the page does', () => {
    const say = (code: MessageCode, locale: Locale) =>
      inLocale(locale, () => sayMessage(sample(code), international, locale));
    expect(say('scenario.activatesBeforeCreated', 'en')).toBe(
      'must not be before the day it is bought (Mar 1, 2027)',
    );
    expect(say('scenario.activatesBeforeCreated', 'zh-CN')).toBe(
      '不能早于购买日期（2027年3月1日）',
    );
    expect(say('advice.total', 'en')).toBe(
      'Total $69,750.00: $1,194.02 less than the current plan and $12,500.50 less than pay-per-use only.',
    );
    const dearer = message('advice.total', [], {
      ...SAMPLES['advice.total'],
      againstCurrent: subtractMoney(ZERO_MONEY, money('433.12')),
    });
    expect(sayMessage(dearer, international, 'en')).toBe(
      'Total $69,750.00: $433.12 more than the current plan and $12,500.50 less than pay-per-use only.',
    );
    expect(inLocale('zh-CN', () => sayMessage(dearer, international, 'zh-CN'))).toBe(
      '总计 US$69,750.00：比当前方案多 US$433.12，比仅按需计费少 US$12,500.50。',
    );
    expect(say('advice.streamBuys', 'en')).toBe(
      'General Text in CN-Hong Kong: buy 1 × 5M on Jan 1, 2027 and 2 × 100k on Jun 1, 2027; this stream then costs $68,555.98.',
    );
    expect(say('advice.streamBuys', 'zh-CN')).toBe(
      '通用文字识别（中国-香港）：2027年1月1日购买 1 个500万次、2027年6月1日购买 2 个10万次；此用量项的费用因此为 US$68,555.98。',
    );
    expect(say('order.activatesOn', 'en')).toBe(
      'the one that takes effect first pays first (Jan 10, 2027, then Mar 15, 2027)',
    );
    expect(say('order.source', 'zh-CN')).toBe('促销资源包先于已购资源包抵扣');
    expect(say('scenario.wholeNumber', 'en')).toBe(
      'must be a whole number from 1 to 1,000,000,000,000',
    );
  });

  it('names what a problem is about in words, not as a path', () => {
    expect(sayPath(['packages', 2, 'activatesOn'], 'en')).toBe('Package 3, Takes effect on');
    expect(sayPath(['payPerUse', 0, 'tiers', 1, 'upTo'], 'en')).toBe('Price 1, tier 2, up to');
    expect(sayPath(['streams', 0], 'zh-CN')).toBe('用量项 1');
    expect(sayPath(['link'], 'en')).toBe('The link');
    const unpriced = message('scenario.unpriced', ['streams', 1], place);
    expect(sayProblem(unpriced, international, 'en')).toBe(
      'Stream 2 has no pay-per-use price for General Text in CN-Hong Kong: add one under Pay-per-use prices, or turn off “Pay-per-use subscribed in this region”',
    );
    const damaged = message('link.notALink', ['link'], {});
    expect(sayProblem(damaged, undefined, 'en')).toBe(
      'The link is damaged: ask for the link again',
    );
    expect(inLocale('zh-CN', () => sayProblem(damaged, undefined, 'zh-CN'))).toBe(
      '链接已损坏：请重新获取链接',
    );
  });
});
