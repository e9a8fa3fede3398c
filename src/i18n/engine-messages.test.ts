import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Catalog,
  MESSAGES,
  parseCatalog,
  parseScenario,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
} from '../engine';
import { decodeScenarioFragment } from '../features/share/share-link';
import {
  translateAdvisorLine,
  translateEngineMessage,
  translateOrderReason,
  translateRule,
} from './engine-messages';
import { type Locale, useLocaleStore } from './locale';

const setLocale = (locale: Locale) => useLocaleStore.setState({ locale });
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

function catalog(id: string): Catalog {
  const path = join(import.meta.dirname, '..', '..', 'public', 'catalogs', `${id}.json`);
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.catalog;
}

describe('engine messages in English', () => {
  beforeEach(() => setLocale('en'));

  it('are returned exactly as the engine wrote them', () => {
    const message = 'packages[2].activatesOn: must not be before createdOn 2027-03-01';
    expect(translateEngineMessage(message)).toBe(message);
    expect(translateRule(MESSAGES.months)).toBe(MESSAGES.months);
    expect(translateOrderReason('promotional before purchased')).toBe(
      'promotional before purchased',
    );
    expect(translateAdvisorLine('Not proven cheapest for every stream: see each stream.')).toBe(
      'Not proven cheapest for every stream: see each stream.',
    );
  });
});

describe('engine messages in Simplified Chinese', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => setLocale('en'));

  it.each(Object.entries(MESSAGES))('translates MESSAGES.%s', (_, rule) => {
    const translated = translateRule(rule);
    expect(translated).not.toBe(rule);
    expect(hasChinese(translated)).toBe(true);
  });

  it('keeps the path and translates the rule', () => {
    expect(
      translateEngineMessage('packages[2].activatesOn: must not be before createdOn 2027-03-01'),
    ).toBe('packages[2].activatesOn：不能早于购买日期 2027年3月1日');
    expect(translateEngineMessage('months: must be a whole number from 1 to 120')).toBe(
      'months：必须是 1 到 120 之间的整数',
    );
  });

  it('translates rules with values', () => {
    expect(translateRule('must be a whole number from 0 to 1,000,000,000,000')).toBe(
      '必须是 0 到 1,000,000,000,000 之间的整数',
    );
    expect(
      translateRule(
        'streams[0] already projects general-text in ap-southeast-1: one stream per API and region',
      ),
    ).toBe(
      'streams[0] 已预测 general-text（ap-southeast-1）的调用：每个 API 和区域只能有一个用量项',
    );
    expect(
      translateRule("must be greater than the previous tier's upTo (1000): tiers ascend"),
    ).toBe('必须大于上一个阶梯的上限（1000）：阶梯必须逐级递增');
  });

  it('translates every message the scenario gate writes for a broken document', () => {
    const parsed = parseScenario({
      format: SCENARIO_FORMAT,
      version: SCENARIO_VERSION,
      currency: 'usd',
      start: '2027-13',
      months: 0,
      extra: true,
      deductionOrder: ['source', 'source', 'nope'],
      streams: [
        { id: 's', api: 'a', region: 'r', subscribed: true, monthlyCalls: [1] },
        { id: 's', api: 'a', region: 'r', subscribed: 'yes', monthlyCalls: [-1] },
      ],
      packages: [
        {
          id: 'p',
          api: 'a',
          region: 'r',
          source: 'gift',
          calls: 0,
          price: '1.0000000000001',
          createdOn: '2027-03-01',
          activatesOn: '2027-02-01',
        },
      ],
      payPerUse: [
        { api: 'a', region: null, mode: 'flat', tiers: [] },
        { api: 'a', region: null, mode: 'volume', tiers: [{ upTo: 5, unitPrice: '1' }] },
      ],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.length).toBeGreaterThan(5);
    for (const error of parsed.errors) {
      const rule = error.slice(error.indexOf(': ') + 2);
      expect(hasChinese(translateEngineMessage(error)), error).toBe(true);
      expect(translateEngineMessage(error)).not.toContain(rule);
    }
  });

  it('translates every message the catalog check writes', () => {
    const parsed = parseCatalog({
      format: 'x',
      version: 2,
      nameZh: '',
      apis: [{ id: 'a', name: 'A', nameZh: 3 }, { id: 'a', name: 'A' }, {}],
      regions: [{ id: 'r', name: 'R', apis: ['b'] }, {}],
      packages: [{ api: 'b', calls: 0, price: 'x' }, 1],
      payPerUse: [{ api: 'a', mode: 'flat', tiers: [{ upTo: 5, unitPrice: '1' }, {}] }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    for (const error of parsed.errors)
      expect(hasChinese(translateEngineMessage(error)), error).toBe(true);
  });

  it('translates what a damaged share link says, naming the link in Chinese', () => {
    const result = decodeScenarioFragment('#scenario=1.!!');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(translateEngineMessage(result.errors[0] as string)).toBe(
      '链接：已损坏（不是本模拟器生成的场景链接），请重新获取链接',
    );
  });

  it('leaves an unknown message in English', () => {
    expect(translateEngineMessage('streams[0]: something new')).toBe('streams[0]：something new');
    expect(translateEngineMessage('Something else entirely')).toBe('Something else entirely');
  });

  it.each([
    ['promotional before purchased', '促销资源包先于已购资源包'],
    ['priority 1 before priority 2 (lower first)', '优先级 1 先于优先级 2（数值小的优先）'],
    [
      'expires earlier (2027-05-01 before 2027-06-01)',
      '到期更早（2027年5月1日 早于 2027年6月1日）',
    ],
    [
      'listed earlier (package 1 before package 3); every other rule ties',
      '列表中靠前（第 1 个资源包在第 3 个之前）；其他规则均相同',
    ],
  ])('translates the deduction reason "%s"', (reason, expected) => {
    expect(translateOrderReason(reason)).toBe(expected);
  });

  it('translates advisor lines with the catalog names and local money', () => {
    const international = catalog('international');
    expect(
      translateAdvisorLine(
        'General Text in ap-southeast-1: buy 2 × 1M on 2027-01-01, 1 × 100k on 2027-06-01; this stream then costs 1234.5 USD.',
        international,
      ),
    ).toBe(
      '通用文字识别（中国-香港）：2027年1月1日 购买 2 × 100万次、2027年6月1日 购买 1 × 10万次；此用量项的费用因此为 US$1,234.50。',
    );
  });
});
