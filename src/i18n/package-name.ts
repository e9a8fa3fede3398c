import type { Catalog } from '../engine';
import { apiDisplayName } from './catalog-names';
import { formatCount } from './format';
import { currentLocale } from './locale';
import { t } from './translate';

/**
 * "1k", "100k", "1M", "2.5M" in a package's short name; other counts written in full. In Chinese,
 * as HUAWEI CLOUD names its packages: "1000次", "10万次", "250万次".
 */
export function shortSize(calls: number): string {
  if (currentLocale() === 'zh-CN')
    return calls >= 10_000 && calls % 1000 === 0
      ? `${calls / 10_000}万次`
      : `${formatCount(calls)}次`;
  if (calls >= 1_000_000 && calls % 100_000 === 0) return `${calls / 1_000_000}M`;
  if (calls >= 1000 && calls % 1000 === 0) return `${calls / 1000}k`;
  return formatCount(calls);
}

/**
 * A package's name on the page: its label, or "<API> <size>" ("General Text 1M") when it has
 * none, in the page's language. `calls` is null while its size is not a whole number yet.
 */
export function packageDisplayName(
  pkg: { readonly label: string; readonly api: string; readonly calls: number | null },
  catalog: Catalog | undefined,
): string {
  if (pkg.label.trim() !== '') return pkg.label.trim();
  const api = pkg.api.trim() === '' ? t('New package') : apiDisplayName(catalog, pkg.api);
  return pkg.calls === null ? api : t('{api} {size}', { api, size: shortSize(pkg.calls) });
}
