import {
  DEFAULT_DEDUCTION_ORDER,
  type DeductionKey,
  type IsoDate,
  type PresetComparison,
  type RulePresetId,
  roundMoney,
} from '../../engine';
import { t } from '../../i18n/translate';

/* Editing the deduction order (billing-rules §5): which keys compare packages, and in what order. */

/** Each key's label in the page's language. */
function deductionLabel(key: DeductionKey): string {
  switch (key) {
    case 'source':
      return t('Source: free, then promotional, then purchased');
    case 'activatesOn':
      return t('Takes effect earlier');
    case 'expiresOn':
      return t('Expires earlier');
    case 'createdOn':
      return t('Bought earlier');
    case 'priority':
      return t('Manual priority (lower first)');
    case 'calls':
      return t('Smaller package first');
  }
}

/** The order keys not in use are listed in, after the ones in use. */
const LISTING_ORDER: readonly DeductionKey[] = [
  'source',
  'activatesOn',
  'expiresOn',
  'createdOn',
  'priority',
  'calls',
];

export type OrderRow = {
  readonly key: DeductionKey;
  readonly label: string;
  /** 1-based place among the keys in use; null when not in use. */
  readonly position: number | null;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  /** False for the only key in use: at least one must stay. */
  readonly canToggle: boolean;
};

/** Every key as a row: those in use in their order, then the others. */
export function orderRows(order: readonly DeductionKey[]): OrderRow[] {
  const unused = LISTING_ORDER.filter((key) => !order.includes(key));
  return [
    ...order.map((key, index) => ({
      key,
      label: deductionLabel(key),
      position: index + 1,
      canMoveUp: index > 0,
      canMoveDown: index < order.length - 1,
      canToggle: order.length > 1,
    })),
    ...unused.map((key) => ({
      key,
      label: deductionLabel(key),
      position: null,
      canMoveUp: false,
      canMoveDown: false,
      canToggle: true,
    })),
  ];
}

/** The order with `key` one place earlier (-1) or later (+1); unchanged at an end or when not in use. */
export function moveKey(
  order: readonly DeductionKey[],
  key: DeductionKey,
  direction: -1 | 1,
): DeductionKey[] {
  const index = order.indexOf(key);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  next[index] = order[target] as DeductionKey;
  next[target] = key;
  return next;
}

/** A key put in use goes last; a key taken out leaves, unless it is the only one. */
export function toggleKey(
  order: readonly DeductionKey[],
  key: DeductionKey,
  include: boolean,
): DeductionKey[] {
  if (include) return order.includes(key) ? [...order] : [...order, key];
  return order.length > 1 ? order.filter((current) => current !== key) : [...order];
}

export function isDefaultOrder(order: readonly DeductionKey[]): boolean {
  return (
    order.length === DEFAULT_DEDUCTION_ORDER.length &&
    order.every((key, index) => key === DEFAULT_DEDUCTION_ORDER[index])
  );
}

/** A preset's name in the page's language (billing-rules §5). */
export function presetLabel(id: RulePresetId): string {
  switch (id) {
    case 'huawei-ocr':
      return t('HUAWEI CLOUD OCR (default)');
    case 'huawei-billing-center':
      return t('HUAWEI CLOUD Billing Center: earliest expiry first');
    case 'tencent-ocr':
      return t('Tencent Cloud OCR: free, then paid packages');
    case 'baidu-ocr':
      return t('Baidu AI Cloud OCR: earliest purchase, then smallest');
  }
}

export type PresetRow = {
  readonly preset: RulePresetId;
  readonly name: string;
  /** Rounded for display, in the scenario's currency. */
  readonly totalCost: string;
  readonly payPerUseCalls: number;
  readonly failedCalls: number;
  readonly wastedCalls: number;
  readonly lapsedCalls: number;
  /** The packages that ran out inside the horizon, by date. */
  readonly ranOut: readonly { readonly name: string; readonly on: IsoDate }[];
  readonly isCurrent: boolean;
};

/** The presets side by side, packages named as the editor names them, the current order's preset marked. */
export function presetRows(
  comparison: PresetComparison,
  packageNames: readonly string[],
  current: RulePresetId | null,
): PresetRow[] {
  return comparison.outcomes.map((outcome) => ({
    preset: outcome.preset,
    name: presetLabel(outcome.preset),
    totalCost: roundMoney(outcome.totalCost, 2),
    payPerUseCalls: outcome.payPerUseCalls,
    failedCalls: outcome.failedCalls,
    wastedCalls: outcome.wastedCalls,
    lapsedCalls: outcome.lapsedCalls,
    ranOut: outcome.packages
      .map((pkg, index) => ({ name: packageNames[index] ?? pkg.id, on: pkg.exhaustedOn }))
      .filter((entry): entry is { name: string; on: IsoDate } => entry.on !== null)
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)),
    isCurrent: outcome.preset === current,
  }));
}

/** Where a preset's rule is documented, in the page's language (billing-rules §5's sources). */
export function presetSource(id: RulePresetId): string {
  switch (id) {
    case 'huawei-ocr':
      return t(
        'Source: HUAWEI CLOUD OCR help, deduction order for multiple packages (ocr_12_0029).',
      );
    case 'huawei-billing-center':
      return t(
        'Source: HUAWEI CLOUD Billing Center FAQ: among packages of the same scope, the one that expires first is used first (billing_faq_6100011).',
      );
    case 'tencent-ocr':
      return t(
        'Source: Tencent Cloud OCR billing overview: free, then paid packages, then postpaid.',
      );
    case 'baidu-ocr':
      return t('Source: Baidu AI Cloud OCR package rules: earliest purchase first, then smallest.');
  }
}
