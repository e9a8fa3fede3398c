import { useMemo } from 'react';
import {
  type Catalog,
  type DeductionKeyName,
  isNegativeMoney,
  type Message,
  type MessageCode,
  type MessageParams,
  type MessagePath,
  type Money,
  type PackageSourceName,
  type PurchaseMention,
  roundMoney,
  subtractMoney,
  ZERO_MONEY,
} from '../engine';
import { apiDisplayName, regionDisplayName, sizeDisplayName } from './catalog-names';
import { formatCount, formatCurrency, formatDate, formatMonth } from './format';
import { currentLocale, type Locale, useLocale } from './locale';

/*
 * The engine's messages in the page's words: one template per code per language. A code
 * without a template in either language is a type error. Values are formatted as the page
 * formats them (grouped counts, money with its sign, dates, the catalog's API and region names);
 * a message never shows a field's JSON name, a raw date or an id where a name exists.
 */

/** What a template may use to write a value in the page's language. */
export type Words = {
  readonly count: (value: number) => string;
  readonly money: (amount: Money, currency: string) => string;
  readonly date: (iso: string) => string;
  readonly month: (iso: string) => string;
  readonly api: (id: string) => string;
  readonly region: (id: string) => string;
  readonly size: (calls: number) => string;
  readonly source: (source: PackageSourceName) => string;
  readonly orderKey: (key: DeductionKeyName) => string;
  readonly list: (items: readonly string[]) => string;
};

type Templates = {
  readonly [C in MessageCode]: (params: MessageParams[C], words: Words) => string;
};

const EN_SOURCES: Record<PackageSourceName, string> = {
  free: 'free',
  promotional: 'promotional',
  purchased: 'purchased',
};
const ZH_SOURCES: Record<PackageSourceName, string> = {
  free: '免费',
  promotional: '促销',
  purchased: '已购',
};
const EN_ORDER_KEYS: Record<DeductionKeyName, string> = {
  source: 'source',
  priority: 'priority',
  activatesOn: 'the day it takes effect',
  expiresOn: 'the day it expires',
  createdOn: 'the day it is bought',
  calls: 'its size',
};
const ZH_ORDER_KEYS: Record<DeductionKeyName, string> = {
  source: '来源',
  priority: '优先级',
  activatesOn: '生效日期',
  expiresOn: '到期日期',
  createdOn: '购买日期',
  calls: '规格',
};
const EN_LISTS = { streams: 'streams', packages: 'packages', payPerUse: 'prices' } as const;
const ZH_LISTS = { streams: '个用量项', packages: '个资源包', payPerUse: '个价格' } as const;

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/** "$12.50 less than X" or, for a negative difference, "$12.50 more than X". */
function lessOrMoreEn(amount: Money, currency: string, than: string, words: Words): string {
  return isNegativeMoney(amount)
    ? `${words.money(subtractMoney(ZERO_MONEY, amount), currency)} more than ${than}`
    : `${words.money(amount, currency)} less than ${than}`;
}

function lessOrMoreZh(amount: Money, currency: string, than: string, words: Words): string {
  return isNegativeMoney(amount)
    ? `比${than}多 ${words.money(subtractMoney(ZERO_MONEY, amount), currency)}`
    : `比${than}少 ${words.money(amount, currency)}`;
}

function purchasesEn(purchases: readonly PurchaseMention[], words: Words): string {
  return words.list(
    purchases.map(
      (purchase) =>
        `${words.count(purchase.count)} × ${words.size(purchase.calls)} on ${words.date(purchase.createdOn)}`,
    ),
  );
}

function purchasesZh(purchases: readonly PurchaseMention[], words: Words): string {
  return words.list(
    purchases.map(
      (purchase) =>
        `${words.date(purchase.createdOn)}购买 ${words.count(purchase.count)} 个${words.size(purchase.calls)}`,
    ),
  );
}

const EN: Templates = {
  'json.notObject': () => 'must be an object',
  'json.notList': () => 'must be a list',
  'json.notText': () => 'must be text',
  'json.notBoolean': () => 'must be true or false',
  'json.required': () => 'is required',
  'json.unknownField': ({ field }) =>
    field === null
      ? 'is not part of the scenario format'
      : `has a field “${field}” that is not part of the scenario format`,
  'json.emptyText': () => 'must not be empty',
  'json.invalid': ({ detail }) => `is not valid JSON (${detail})`,

  'scenario.formatRequired': () => 'is not a scenario file of this simulator',
  'scenario.formatUnknown': () => 'is not a scenario file of this simulator',
  'scenario.versionRequired': () => 'does not say which version of the scenario format it uses',
  'scenario.versionNewer': () =>
    'was saved by a newer version of this simulator; open it there, or export it again from it',
  'scenario.versionUnknown': ({ found }) => `names an unknown format version (${found})`,
  'scenario.currency': () => 'must be a three-letter currency code, such as USD',
  'scenario.month': () => 'must be a real month, written like 2027-01',
  'scenario.date': () => 'must be a real date, written like 2027-01-31',
  'scenario.wholeNumber': ({ min, max }, w) =>
    `must be a whole number from ${w.count(min)} to ${w.count(max)}`,
  'scenario.usedCallsAboveQuota': ({ calls }, w) =>
    `must be a whole number from 0 to the package's ${w.count(calls)} calls`,
  'scenario.priority': () => 'must be a whole number (negative allowed)',
  'scenario.price': ({ places, example }) =>
    `must be an amount of 0 or more, with at most ${places} digits after the point, such as ${example}`,
  'scenario.source': ({ allowed }, w) => `must be ${w.list(allowed.map(w.source))}`,
  'scenario.mode': () => 'must be graduated or volume',
  'scenario.orderLength': ({ min, max }) => `must list ${min} to ${max} rules`,
  'scenario.orderKey': ({ allowed }, w) =>
    `must be one of these rules: ${w.list(allowed.map(w.orderKey))}`,
  'scenario.orderKeyRepeated': ({ key }, w) => `lists “${w.orderKey(key)}” twice`,
  'scenario.noTiers': () => 'needs at least one tier',
  'scenario.tierUpTo': () => 'must be a whole number of calls, 1 or more',
  'scenario.lastTierUpTo': () => 'must be empty: the last tier has no upper limit',
  'scenario.tiersAscend': ({ previous }, w) =>
    `must be more than the tier before it (${w.count(previous)} calls)`,
  'scenario.monthCount': ({ months, found }, w) =>
    `must have one figure for each of the ${w.count(months)} months (it has ${w.count(found)})`,
  'scenario.activatesBeforeCreated': ({ createdOn }, w) =>
    `must not be before the day it is bought (${w.date(createdOn)})`,
  'scenario.unpriced': ({ api, region }, w) =>
    `has no pay-per-use price for ${w.api(api)} in ${w.region(region)}: add one under Pay-per-use prices, or turn off “Pay-per-use subscribed in this region”`,
  'scenario.duplicatePlace': ({ other, api, region }, w) =>
    `projects ${w.api(api)} in ${w.region(region)}, as stream ${w.count(other + 1)} already does: keep one stream per API and region`,
  'scenario.duplicatePrice': ({ other, api, region }, w) =>
    `prices ${w.api(api)} ${region === null ? 'in every region' : `in ${w.region(region)}`}, as price ${w.count(other + 1)} already does: keep one price per API and region`,
  'scenario.duplicateId': ({ list, other }, w) =>
    `has the same id as ${list === 'streams' ? 'stream' : 'package'} ${w.count(other + 1)}: ids must be unique`,
  'scenario.tooManyCalls': ({ max }, w) =>
    `add up to more than ${w.count(max)} calls, the most this simulator counts exactly`,
  'scenario.versionTwoField': () =>
    'needs a newer scenario format: the file says version 1, which does not have it',
  'scenario.resetEvery': () => 'must be “every day” or “every month”',
  'scenario.usedCallsNotUsable': ({ firstDay }, w) =>
    `must be 0: this allowance is not in use on ${w.date(firstDay)}, the first day simulated, so it has used nothing yet`,
  'scenario.modelKind': () => 'must describe growth from a first month',
  'scenario.percent': ({ min, max }, w) =>
    `must be a percentage from ${w.count(min)} to ${w.count(max)}`,
  'scenario.seasonality': ({ months }, w) =>
    `must list ${w.count(months)} percentages, one per calendar month`,
  'scenario.historyLength': ({ max }, w) => `may hold at most ${w.count(max)} months`,
  'scenario.historyOrder': ({ previous }, w) =>
    `must come after ${w.month(previous)}: each month once, in order`,
  'scenario.sourceWithoutHistory': () => 'names an imported file, but there is no history',
  'scenario.dateRange': ({ first, last }, w) =>
    `must be a date from ${w.date(first)} to ${w.date(last)}`,
  'scenario.monthRange': ({ first, last }, w) =>
    `must be a month from ${w.month(first)} to ${w.month(last)}`,
  'scenario.horizonEnd': ({ last }, w) =>
    `make the months end by ${w.month(last)}, the last month this simulator counts`,
  'scenario.expiryRange': ({ last }, w) =>
    `makes the package expire after ${w.date(last)}, the last day this simulator counts: shorten it or take effect earlier`,
  'scenario.priceDigits': ({ digits }, w) =>
    `must have at most ${w.count(digits)} digits before the decimal point`,

  'limit.documentSize': ({ bytes, limit }) =>
    `is ${megabytes(bytes)}, more than the ${megabytes(limit)} a scenario may have`,
  'limit.nesting': ({ limit }, w) =>
    `nests lists or objects more than ${w.count(limit)} levels deep, which no scenario does`,
  'limit.listLength': ({ list, count, limit }, w) =>
    `has ${w.count(count)} ${EN_LISTS[list]}, more than the ${w.count(limit)} a scenario may have`,

  'link.tooLong': () => 'is too long to hold a scenario',
  'link.notALink': () => 'is damaged: ask for the link again',
  'link.newer': () => 'was made by a newer version of this simulator: open it there',
  'link.unknownVersion': () => 'is damaged: ask for the link again',
  'link.notBase64': () => 'is damaged: ask for the link again',
  'link.tooLarge': ({ limit }) => `holds a scenario larger than ${megabytes(limit)}`,
  'link.notDeflated': () => 'is damaged: ask for the link again',
  'link.notText': () => 'is damaged: ask for the link again',
  'link.codecUnavailable': () =>
    'could not be opened: the page could not load what opens links; reload it to try again',

  'usage.totalRow': () => 'is a total line, not usage',
  'usage.missingColumn': ({ column }) => `has nothing in the column “${column}”`,
  'usage.badDate': ({ value }) => `has “${value}” where a date should be`,
  'usage.unknownApi': ({ value }) =>
    `names “${value}”, which is not an OCR service in the price lists: choose which one it is, or leave it out`,
  'usage.unknownRegion': ({ value }) =>
    `names “${value}”, which is not a region in the price lists: choose which one it is, or leave it out`,
  'usage.noRegion': () =>
    'has no region, and the file has no region column: choose a region for the whole file',
  'usage.badNumber': ({ value }) => `has “${value}” where a whole number of calls should be`,
  'usage.monthTooLarge': ({ month }, w) =>
    `would take ${w.month(month)} past ${w.count(1_000_000_000_000)} calls`,

  'catalog.format': () => 'is not a price catalog of this simulator',
  'catalog.version': ({ expected }) =>
    `is of a catalog version this page does not read (it reads version ${expected})`,
  'catalog.currency': () => 'must be a three-letter currency code',
  'catalog.date': () => 'must be a date written like 2027-01-31',
  'catalog.textList': () => 'must be a list of texts',
  'catalog.count': () => 'must be a whole number, 1 or more',
  'catalog.sizes': () => 'must list package sizes, each a whole number of calls',
  'catalog.emptyList': () => 'must not be empty',
  'catalog.api': () => 'must have an id and a name',
  'catalog.region': () => 'must have an id, a name and its APIs',
  'catalog.listedTwice': () => 'is listed twice',
  'catalog.unknownApi': () => 'names an API the catalog does not list',
  'catalog.price': () => 'must be an amount of 0 or more',
  'catalog.tierPrice': () => 'must have a unit price of 0 or more',
  'catalog.lastTier': () => 'must be empty on the last tier',
  'catalog.tierAbove': () => 'must be more than the tier before it',

  'projection.firstMonth': ({ max }, w) => `must be a whole number from 0 to ${w.count(max)}`,
  'projection.growth': ({ min, max }, w) =>
    `must be a number from ${w.count(min)} to ${w.count(max)} (% a month)`,
  'projection.season': ({ min, max }, w) =>
    `must be a percentage from ${w.count(min)} to ${w.count(max)}`,
  'projection.monthTooLarge': ({ month, max }, w) =>
    `gives month ${w.count(month)} more than ${w.count(max)} calls`,
  'projection.lowPercent': ({ min, max, example }, w) =>
    `must be a percentage from ${w.count(min)} to ${w.count(max)}, such as ${w.count(example)}`,
  'projection.highPercent': ({ min, max, example }, w) =>
    `must be a percentage from ${w.count(min)} to ${w.count(max)}, such as ${w.count(example)}`,
  'projection.caseTooLarge': ({ max }, w) => `gives a month more than ${w.count(max)} calls`,

  'order.source': ({ first, second }, w) =>
    `${w.source(first)} packages pay before ${w.source(second)} ones`,
  'order.priority': ({ first, second }, w) =>
    `priority ${w.count(first)} pays before priority ${w.count(second)} (lower first)`,
  'order.activatesOn': ({ first, second }, w) =>
    `the one that takes effect first pays first (${w.date(first)}, then ${w.date(second)})`,
  'order.expiresOn': ({ first, second }, w) =>
    `the one that expires first pays first (${w.date(first)}, then ${w.date(second)})`,
  'order.createdOn': ({ first, second }, w) =>
    `the one bought first pays first (${w.date(first)}, then ${w.date(second)})`,
  'order.calls': ({ first, second }, w) =>
    `the smaller package pays first (${w.size(first)}, then ${w.size(second)})`,
  'order.position': ({ first, second }, w) =>
    `every other rule ties, so the list decides (package ${w.count(first)}, then package ${w.count(second)})`,

  'advice.objectiveTotal': () =>
    'The plan with the lowest total cost over the horizon: packages bought plus pay-per-use, exactly as the simulation bills them.',
  'advice.objectiveWorst': ({ cases }, w) =>
    `The plan whose highest total cost across the ${w.count(cases)} usage cases is lowest, each case billed exactly as the simulation bills it.`,
  'advice.unsubscribedRule': () =>
    'Where pay-per-use is not subscribed, calls that no package covers fail: there the plan first keeps failed calls as few as possible, then costs the least.',
  'advice.purchaseRule': ({ validityMonths }, w) =>
    `Packages are bought on the first day of a month, in the catalog's sizes, each valid for ${w.count(validityMonths)} months.`,
  'advice.kept': ({ kept, planned }, w) =>
    `It keeps the ${kept === 1 ? 'package' : `${w.count(kept)} packages`} already owned or given, and replaces ${planned === 1 ? 'the planned purchase' : `the ${w.count(planned)} planned purchases`}.`,
  'advice.groupedWorst': () =>
    'The worst case is the highest cost over the usage cases, so all streams are planned together.',
  'advice.groupedByStream': () =>
    'Each stream is planned on its own: a package only pays for its own API and region.',
  'advice.proven': () => 'This is the cheapest possible plan (proven).',
  'advice.withinGap': ({ percent, bound, currency }, w) =>
    `This plan costs at most ${percent} % more than the cheapest possible plan: no plan can cost less than ${w.money(bound, currency)}.`,
  'advice.boundOnly': ({ bound, currency }, w) =>
    `This plan may not be the cheapest: no plan can cost less than ${w.money(bound, currency)}.`,
  'advice.solverUnavailable': () =>
    'The exact solver could not be loaded, so this is the best plan the quick search found; it may not be the cheapest.',
  'advice.solverFailed': () =>
    'The exact solver could not finish, so this is the best plan found; it may not be the cheapest.',
  'advice.total': ({ total, againstCurrent, againstPayPerUse, currency }, w) =>
    `Total ${w.money(total, currency)}: ${lessOrMoreEn(againstCurrent, currency, 'the current plan', w)} and ${lessOrMoreEn(againstPayPerUse, currency, 'pay-per-use only', w)}.`,
  'advice.streamNoOffers': ({ api, region }, w) =>
    `${w.api(api)} in ${w.region(region)}: the catalog sells no package for this API.`,
  'advice.streamBuysNothing': ({ api, region }, w) =>
    `${w.api(api)} in ${w.region(region)}: buy nothing; no package pays for itself at these volumes.`,
  'advice.streamNoCalls': ({ api, region }, w) =>
    `${w.api(api)} in ${w.region(region)}: no calls, nothing to buy.`,
  'advice.streamBuys': ({ api, region, purchases, cost, currency }, w) =>
    `${w.api(api)} in ${w.region(region)}: buy ${purchasesEn(purchases, w)}; this stream then costs ${w.money(cost, currency)}.`,
  'advice.streamUnsubscribed': ({ failedCalls }, w) =>
    `Pay-per-use is not subscribed here, so calls that no package covers fail (error ModelArts.4204). The plan keeps failed calls as few as possible (${w.count(failedCalls)} left), then costs the least.`,
  'advice.streamProven': () => 'The cheapest possible plan for this stream (proven).',
  'advice.streamWithinGap': ({ percent }) =>
    `At most ${percent} % more than the cheapest possible plan for this stream.`,
  'advice.streamNotProven': () =>
    'The best plan found for this stream; it may not be the cheapest.',

  'advisor.stopped': () => 'The search was stopped.',
  'advisor.cannotStart': ({ detail }) =>
    `The advisor could not start${detail ? ` (${detail})` : ': this browser cannot run it in the background'}.`,
  'advisor.crashed': ({ detail }) =>
    `The advisor stopped unexpectedly${detail ? ` (${detail})` : ''}.`,
};

const ZH: Templates = {
  'json.notObject': () => '必须是对象',
  'json.notList': () => '必须是列表',
  'json.notText': () => '必须是文本',
  'json.notBoolean': () => '必须是 true 或 false',
  'json.required': () => '为必填项',
  'json.unknownField': ({ field }) =>
    field === null ? '不属于场景格式' : `含有不属于场景格式的字段“${field}”`,
  'json.emptyText': () => '不能为空',
  'json.invalid': ({ detail }) => `不是有效的 JSON（${detail}）`,

  'scenario.formatRequired': () => '不是本模拟器的场景文件',
  'scenario.formatUnknown': () => '不是本模拟器的场景文件',
  'scenario.versionRequired': () => '没有注明所用的场景格式版本',
  'scenario.versionNewer': () => '由更新版本的模拟器保存：请在那里打开，或从那里重新导出',
  'scenario.versionUnknown': ({ found }) => `注明了未知的格式版本（${found}）`,
  'scenario.currency': () => '必须是三个字母的货币代码，例如 USD',
  'scenario.month': () => '必须是有效的月份，写作 2027-01 这样的格式',
  'scenario.date': () => '必须是有效的日期，写作 2027-01-31 这样的格式',
  'scenario.wholeNumber': ({ min, max }, w) =>
    `必须是 ${w.count(min)} 到 ${w.count(max)} 之间的整数`,
  'scenario.usedCallsAboveQuota': ({ calls }, w) =>
    `必须是 0 到资源包总次数（${w.count(calls)}）之间的整数`,
  'scenario.priority': () => '必须是整数（可以为负）',
  'scenario.price': ({ places, example }) =>
    `必须是不小于 0 的金额，小数点后最多 ${places} 位，例如 ${example}`,
  'scenario.source': ({ allowed }, w) => `必须是${w.list(allowed.map(w.source))}之一`,
  'scenario.mode': () => '必须是累进计价或总量计价',
  'scenario.orderLength': ({ min, max }) => `必须列出 ${min} 到 ${max} 条规则`,
  'scenario.orderKey': ({ allowed }, w) => `必须是以下规则之一：${w.list(allowed.map(w.orderKey))}`,
  'scenario.orderKeyRepeated': ({ key }, w) => `重复列出了“${w.orderKey(key)}”`,
  'scenario.noTiers': () => '至少需要一个阶梯',
  'scenario.tierUpTo': () => '必须是不小于 1 的整数调用次数',
  'scenario.lastTierUpTo': () => '必须留空：最后一个阶梯没有上限',
  'scenario.tiersAscend': ({ previous }, w) => `必须大于上一个阶梯（${w.count(previous)} 次）`,
  'scenario.monthCount': ({ months, found }, w) =>
    `必须为 ${w.count(months)} 个月每月各给出一个数（现有 ${w.count(found)} 个）`,
  'scenario.activatesBeforeCreated': ({ createdOn }, w) =>
    `不能早于购买日期（${w.date(createdOn)}）`,
  'scenario.unpriced': ({ api, region }, w) =>
    `${w.api(api)}（${w.region(region)}）没有按需计费价格：请在“按需计费价格”中添加，或关闭“已在此区域开通按需计费”`,
  'scenario.duplicatePlace': ({ other, api, region }, w) =>
    `与用量项 ${w.count(other + 1)} 同为 ${w.api(api)}（${w.region(region)}）：每个 API 和区域只保留一个用量项`,
  'scenario.duplicatePrice': ({ other, api, region }, w) =>
    `与价格 ${w.count(other + 1)} 同为 ${w.api(api)}（${region === null ? '所有区域' : w.region(region)}）定价：每个 API 和区域只保留一个价格`,
  'scenario.duplicateId': ({ list, other }, w) =>
    `与${list === 'streams' ? '用量项' : '资源包'} ${w.count(other + 1)} 的 ID 相同：ID 必须唯一`,
  'scenario.tooManyCalls': ({ max }, w) =>
    `合计超过 ${w.count(max)} 次调用，这是本模拟器能精确计数的最大总量`,
  'scenario.versionTwoField': () => '需要更新的场景格式：文件注明为第 1 版，该版本没有此项',
  'scenario.resetEvery': () => '必须是“每天”或“每月”',
  'scenario.usedCallsNotUsable': ({ firstDay }, w) =>
    `必须为 0：此免费额度在模拟首日（${w.date(firstDay)}）尚不可用，因此还没有使用`,
  'scenario.modelKind': () => '必须描述从首月开始的增长',
  'scenario.percent': ({ min, max }, w) => `必须是 ${w.count(min)} 到 ${w.count(max)} 之间的百分比`,
  'scenario.seasonality': ({ months }, w) => `必须列出 ${w.count(months)} 个百分比，每个日历月一个`,
  'scenario.historyLength': ({ max }, w) => `最多只能包含 ${w.count(max)} 个月`,
  'scenario.historyOrder': ({ previous }, w) =>
    `必须晚于 ${w.month(previous)}：每个月只出现一次，并按顺序排列`,
  'scenario.sourceWithoutHistory': () => '注明了导入的文件，但没有历史用量',
  'scenario.dateRange': ({ first, last }, w) =>
    `必须是 ${w.date(first)} 到 ${w.date(last)} 之间的日期`,
  'scenario.monthRange': ({ first, last }, w) =>
    `必须是 ${w.month(first)} 到 ${w.month(last)} 之间的月份`,
  'scenario.horizonEnd': ({ last }, w) =>
    `使模拟期在 ${w.month(last)} 之后才结束，而本模拟器最多计算到该月`,
  'scenario.expiryRange': ({ last }, w) =>
    `会使资源包在 ${w.date(last)} 之后才到期，而本模拟器最多计算到这一天：请缩短有效期或提前生效`,
  'scenario.priceDigits': ({ digits }, w) => `小数点前最多只能有 ${w.count(digits)} 位数字`,

  'limit.documentSize': ({ bytes, limit }) =>
    `大小为 ${megabytes(bytes)}，超过了场景允许的 ${megabytes(limit)}`,
  'limit.nesting': ({ limit }, w) => `嵌套超过 ${w.count(limit)} 层，不是有效的场景`,
  'limit.listLength': ({ list, count, limit }, w) =>
    `有 ${w.count(count)} ${ZH_LISTS[list]}，超过了场景允许的 ${w.count(limit)} ${ZH_LISTS[list]}`,

  'link.tooLong': () => '过长，不可能包含场景',
  'link.notALink': () => '已损坏：请重新获取链接',
  'link.newer': () => '由更新版本的模拟器生成：请在那里打开',
  'link.unknownVersion': () => '已损坏：请重新获取链接',
  'link.notBase64': () => '已损坏：请重新获取链接',
  'link.tooLarge': ({ limit }) => `包含的场景超过 ${megabytes(limit)}`,
  'link.notDeflated': () => '已损坏：请重新获取链接',
  'link.notText': () => '已损坏：请重新获取链接',
  'link.codecUnavailable': () => '无法打开：页面未能加载打开链接所需的部分，请刷新后重试',

  'usage.totalRow': () => '是合计行，不是用量',
  'usage.missingColumn': ({ column }) => `的“${column}”列为空`,
  'usage.badDate': ({ value }) => `的日期“${value}”无法识别`,
  'usage.unknownApi': ({ value }) =>
    `中的“${value}”不是价格表中的 OCR 服务：请选择它对应哪项服务，或不计入`,
  'usage.unknownRegion': ({ value }) =>
    `中的“${value}”不是价格表中的区域：请选择它对应哪个区域，或不计入`,
  'usage.noRegion': () => '没有区域，文件也没有区域列：请为整个文件选择一个区域',
  'usage.badNumber': ({ value }) => `的调用次数“${value}”不是整数`,
  'usage.monthTooLarge': ({ month }, w) =>
    `会使 ${w.month(month)} 超过 ${w.count(1_000_000_000_000)} 次调用`,

  'catalog.format': () => '不是本模拟器的价格目录',
  'catalog.version': ({ expected }) => `的版本本页面无法读取（本页面读取第 ${expected} 版）`,
  'catalog.currency': () => '必须是三个字母的货币代码',
  'catalog.date': () => '必须是写作 2027-01-31 这样格式的日期',
  'catalog.textList': () => '必须是文本列表',
  'catalog.count': () => '必须是不小于 1 的整数',
  'catalog.sizes': () => '必须列出资源包规格，每个都是整数调用次数',
  'catalog.emptyList': () => '不能为空',
  'catalog.api': () => '必须有 ID 和名称',
  'catalog.region': () => '必须有 ID、名称及其 API',
  'catalog.listedTwice': () => '重复列出',
  'catalog.unknownApi': () => '指向了目录中没有的 API',
  'catalog.price': () => '必须是不小于 0 的金额',
  'catalog.tierPrice': () => '必须有不小于 0 的单价',
  'catalog.lastTier': () => '最后一个阶梯必须留空',
  'catalog.tierAbove': () => '必须大于上一个阶梯',

  'projection.firstMonth': ({ max }, w) => `必须是 0 到 ${w.count(max)} 之间的整数`,
  'projection.growth': ({ min, max }, w) =>
    `必须是 ${w.count(min)} 到 ${w.count(max)} 之间的数（每月 %）`,
  'projection.season': ({ min, max }, w) =>
    `必须是 ${w.count(min)} 到 ${w.count(max)} 之间的百分比`,
  'projection.monthTooLarge': ({ month, max }, w) =>
    `会使第 ${w.count(month)} 个月的调用量超过 ${w.count(max)} 次`,
  'projection.lowPercent': ({ min, max, example }, w) =>
    `必须是 ${w.count(min)} 到 ${w.count(max)} 之间的百分比，例如 ${w.count(example)}`,
  'projection.highPercent': ({ min, max, example }, w) =>
    `必须是 ${w.count(min)} 到 ${w.count(max)} 之间的百分比，例如 ${w.count(example)}`,
  'projection.caseTooLarge': ({ max }, w) => `会使某个月的调用量超过 ${w.count(max)} 次`,

  'order.source': ({ first, second }, w) =>
    `${w.source(first)}资源包先于${w.source(second)}资源包抵扣`,
  'order.priority': ({ first, second }, w) =>
    `优先级 ${w.count(first)} 先于优先级 ${w.count(second)} 抵扣（数值小的优先）`,
  'order.activatesOn': ({ first, second }, w) =>
    `先生效的先抵扣（${w.date(first)}，然后 ${w.date(second)}）`,
  'order.expiresOn': ({ first, second }, w) =>
    `先到期的先抵扣（${w.date(first)}，然后 ${w.date(second)}）`,
  'order.createdOn': ({ first, second }, w) =>
    `先购买的先抵扣（${w.date(first)}，然后 ${w.date(second)}）`,
  'order.calls': ({ first, second }, w) =>
    `规格小的先抵扣（${w.size(first)}，然后 ${w.size(second)}）`,
  'order.position': ({ first, second }, w) =>
    `其他规则均相同，按列表顺序（第 ${w.count(first)} 个资源包，然后第 ${w.count(second)} 个）`,

  'advice.objectiveTotal': () =>
    '模拟期内总费用最低的方案：购买资源包的费用加按需计费，完全按模拟的计费方式计算。',
  'advice.objectiveWorst': ({ cases }, w) =>
    `在 ${w.count(cases)} 种用量情形中最高总费用最低的方案，每种情形都完全按模拟的计费方式计算。`,
  'advice.unsubscribedRule': () =>
    '未开通按需计费的地方，没有资源包抵扣的调用会失败：在那里，方案先让失败的调用尽可能少，再让费用最低。',
  'advice.purchaseRule': ({ validityMonths }, w) =>
    `资源包在每月第一天按目录规格购买，每个有效期 ${w.count(validityMonths)} 个月。`,
  'advice.kept': ({ kept, planned }, w) =>
    `保留已持有或获赠的 ${w.count(kept)} 个资源包，替换 ${w.count(planned)} 个计划购买。`,
  'advice.groupedWorst': () => '最坏情况取各用量情形中的最高费用，因此所有用量项一起规划。',
  'advice.groupedByStream': () => '每个用量项单独规划：资源包只抵扣其自身 API 和区域的调用。',
  'advice.proven': () => '这是最便宜的方案（已证明）。',
  'advice.withinGap': ({ percent, bound, currency }, w) =>
    `此方案最多比最便宜的方案贵 ${percent}%：任何方案的费用都不会低于 ${w.money(bound, currency)}。`,
  'advice.boundOnly': ({ bound, currency }, w) =>
    `此方案不一定最便宜：任何方案的费用都不会低于 ${w.money(bound, currency)}。`,
  'advice.solverUnavailable': () =>
    '精确求解器无法加载，因此这是快速搜索找到的最佳方案，不一定最便宜。',
  'advice.solverFailed': () => '精确求解器未能完成，因此这是找到的最佳方案，不一定最便宜。',
  'advice.total': ({ total, againstCurrent, againstPayPerUse, currency }, w) =>
    `总计 ${w.money(total, currency)}：${lessOrMoreZh(againstCurrent, currency, '当前方案', w)}，${lessOrMoreZh(againstPayPerUse, currency, '仅按需计费', w)}。`,
  'advice.streamNoOffers': ({ api, region }, w) =>
    `${w.api(api)}（${w.region(region)}）：价格目录中没有此 API 的资源包。`,
  'advice.streamBuysNothing': ({ api, region }, w) =>
    `${w.api(api)}（${w.region(region)}）：无需购买；在这样的调用量下，没有资源包能回本。`,
  'advice.streamNoCalls': ({ api, region }, w) =>
    `${w.api(api)}（${w.region(region)}）：没有调用，无需购买。`,
  'advice.streamBuys': ({ api, region, purchases, cost, currency }, w) =>
    `${w.api(api)}（${w.region(region)}）：${purchasesZh(purchases, w)}；此用量项的费用因此为 ${w.money(cost, currency)}。`,
  'advice.streamUnsubscribed': ({ failedCalls }, w) =>
    `此处未开通按需计费，没有资源包抵扣的调用会失败（错误 ModelArts.4204）。方案先让失败的调用尽可能少（剩余 ${w.count(failedCalls)} 次），再让费用最低。`,
  'advice.streamProven': () => '此用量项最便宜的方案（已证明）。',
  'advice.streamWithinGap': ({ percent }) => `最多比此用量项最便宜的方案贵 ${percent}%。`,
  'advice.streamNotProven': () => '此用量项找到的最佳方案，不一定最便宜。',

  'advisor.stopped': () => '搜索已停止。',
  'advisor.cannotStart': ({ detail }) =>
    `购买建议无法启动${detail ? `（${detail}）` : '：此浏览器无法在后台运行它'}。`,
  'advisor.crashed': ({ detail }) => `购买建议意外停止${detail ? `（${detail}）` : ''}。`,
};

const TEMPLATES: Record<Locale, Templates> = { en: EN, 'zh-CN': ZH };

/** The words of the page's language, with the catalog's names for APIs and regions. */
function wordsFor(locale: Locale, catalog: Catalog | undefined): Words {
  const words: Words = {
    count: formatCount,
    money: (amount, currency) => formatCurrency(roundMoney(amount, 2), currency),
    date: formatDate,
    month: formatMonth,
    api: (id) => apiDisplayName(catalog, id, locale),
    region: (id) => regionDisplayName(catalog, id, locale),
    size: sizeDisplayName,
    source: (source) => (locale === 'zh-CN' ? ZH_SOURCES : EN_SOURCES)[source],
    orderKey: (key) => (locale === 'zh-CN' ? ZH_ORDER_KEYS : EN_ORDER_KEYS)[key],
    list: (items) =>
      locale === 'zh-CN'
        ? items.join('、')
        : items.length <= 2
          ? items.join(' and ')
          : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  };
  return words;
}

/** What a message says, in the page's language, without what it is about (shown at its field). */
export function sayMessage(
  message: Message,
  catalog: Catalog | undefined,
  locale: Locale = currentLocale(),
): string {
  const template = TEMPLATES[locale][message.code] as (
    params: Message['params'],
    words: Words,
  ) => string;
  return template(message.params, wordsFor(locale, catalog));
}

const EN_FIELDS: Readonly<Record<string, string>> = {
  streams: 'Streams',
  packages: 'Packages',
  payPerUse: 'Pay-per-use prices',
  name: 'Estimate name',
  currency: 'Currency',
  start: 'Horizon starts',
  months: 'Months',
  deductionOrder: 'Deduction order',
  format: 'File format',
  version: 'Format version',
  api: 'API',
  region: 'Region',
  subscribed: 'Pay-per-use subscribed',
  monthlyCalls: 'Monthly calls',
  id: 'Id',
  label: 'Label',
  source: 'Source',
  calls: 'Calls',
  price: 'Price',
  createdOn: 'Bought on',
  activatesOn: 'Takes effect on',
  validityMonths: 'Validity',
  usedCalls: 'Calls already used',
  priority: 'Priority',
  mode: 'Pricing',
  tiers: 'Tiers',
  upTo: 'up to',
  unitPrice: 'unit price',
  generator: 'Generated calls',
  firstMonth: "First month's calls",
  growthPercent: 'Growth per month',
  seasonality: 'Seasonality',
};

const ZH_FIELDS: Readonly<Record<string, string>> = {
  streams: '用量项',
  packages: '资源包',
  payPerUse: '按需计费价格',
  name: '估算名称',
  currency: '货币',
  start: '模拟起始月',
  months: '月数',
  deductionOrder: '抵扣顺序',
  format: '文件格式',
  version: '格式版本',
  api: 'API',
  region: '区域',
  subscribed: '已开通按需计费',
  monthlyCalls: '每月调用量',
  id: 'ID',
  label: '标签',
  source: '来源',
  calls: '调用次数',
  price: '价格',
  createdOn: '购买日期',
  activatesOn: '生效日期',
  validityMonths: '有效期',
  usedCalls: '已用次数',
  priority: '优先级',
  mode: '计价方式',
  tiers: '阶梯',
  upTo: '上限',
  unitPrice: '单价',
  generator: '生成的调用量',
  firstMonth: '首月调用量',
  growthPercent: '月增长率',
  seasonality: '季节性',
};

const EN_ITEMS: Readonly<Record<string, string>> = {
  streams: 'Stream',
  packages: 'Package',
  payPerUse: 'Price',
  tiers: 'tier',
  monthlyCalls: 'month',
  seasonality: 'month',
  deductionOrder: 'rule',
  regions: 'Region',
  apis: 'API',
};

const ZH_ITEMS: Readonly<Record<string, string>> = {
  streams: '用量项',
  packages: '资源包',
  payPerUse: '价格',
  tiers: '阶梯',
  monthlyCalls: '月',
  seasonality: '月',
  deductionOrder: '规则',
  regions: '区域',
  apis: 'API',
};

const DOCUMENTS: Record<Locale, Readonly<Record<string, string>>> = {
  en: { scenario: 'The scenario', catalog: 'The price catalog', link: 'The link' },
  'zh-CN': { scenario: '场景', catalog: '价格目录', link: '链接' },
};

/**
 * What a message is about, in words: "Package 2, Takes effect on"; "用量项 1". Empty for a
 * message about nothing in particular.
 */
export function sayPath(path: MessagePath, locale: Locale = currentLocale()): string {
  const [first] = path;
  if (path.length === 1 && typeof first === 'string' && first in DOCUMENTS[locale])
    return DOCUMENTS[locale][first] as string;
  const fields = locale === 'zh-CN' ? ZH_FIELDS : EN_FIELDS;
  const items = locale === 'zh-CN' ? ZH_ITEMS : EN_ITEMS;
  const parts: string[] = [];
  path.forEach((segment, index) => {
    if (typeof segment === 'number') {
      const list = path[index - 1];
      const noun = typeof list === 'string' ? (items[list] ?? '') : '';
      const named = `${noun} ${formatCount(segment + 1)}`.trim();
      // "Stream 1" replaces the list's own name, said just before it.
      if (parts.length > 0 && parts.at(-1) === (fields[String(list)] ?? String(list)))
        parts[parts.length - 1] = named;
      else parts.push(named);
    } else parts.push(fields[segment] ?? segment);
  });
  return parts.join(locale === 'zh-CN' ? '，' : ', ');
}

/** A message that is not shown at its field: what it is about, then what it says. */
export function sayProblem(
  message: Message,
  catalog: Catalog | undefined,
  locale: Locale = currentLocale(),
): string {
  const subject = sayPath(message.path, locale);
  const rule = sayMessage(message, catalog, locale);
  if (subject === '') return rule;
  // A document or a list item is the subject of the rule's sentence ("Stream 2 has no price…");
  // a field is named first, then what is wrong with it.
  const [first, item] = message.path;
  const whole =
    (message.path.length === 1 && typeof first === 'string' && first in DOCUMENTS[locale]) ||
    (message.path.length === 2 && typeof item === 'number');
  if (locale === 'zh-CN') return whole ? `${subject}${rule}` : `${subject}：${rule}`;
  return whole ? `${subject} ${rule}` : `${subject}: ${rule}`;
}

export type SayMessages = {
  /** What a message says (shown at its field). */
  readonly say: (message: Message) => string;
  /** What a message is about, then what it says (shown in a list). */
  readonly problem: (message: Message) => string;
};

/** Messages in the page's language, with `catalog`'s names; components re-render on a language change. */
export function useMessages(catalog: Catalog | undefined): SayMessages {
  const locale = useLocale();
  return useMemo(
    () => ({
      say: (message: Message) => sayMessage(message, catalog, locale),
      problem: (message: Message) => sayProblem(message, catalog, locale),
    }),
    [catalog, locale],
  );
}
