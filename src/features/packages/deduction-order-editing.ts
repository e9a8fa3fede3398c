import { DEFAULT_DEDUCTION_ORDER, type DeductionKey } from '../../engine';
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
