import { createContext, useContext, useMemo } from 'react';
import type { Catalog, Package } from '../../engine';
import { useLocale } from '../../i18n/locale';
import { packageDisplayName } from '../../i18n/package-name';
import { distinctNames } from '../../ui/distinct-names';

/**
 * Every package's name as the packages editor shows it: its label, or its API and size
 * ("General Text 1M") when it has none, a repeated name numbered ("A (2)"). The results name
 * packages the same way, so a package never appears on the page by its internal id.
 */
export function resultPackageNames(
  packages: readonly Pick<Package, 'label' | 'api' | 'calls'>[],
  catalog: Catalog | undefined,
): string[] {
  return distinctNames(packages.map((pkg) => packageDisplayName(pkg, catalog)));
}

/** The catalog the results are shown with, so each figure names packages without passing it down. */
export const ResultsCatalogContext = createContext<Catalog | undefined>(undefined);

/** {@link resultPackageNames} for the figure's own scenario, in the page's language. */
export function usePackageNames(packages: readonly Package[]): readonly string[] {
  const catalog = useContext(ResultsCatalogContext);
  const locale = useLocale();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the names are translated, so they follow the language
  return useMemo(() => resultPackageNames(packages, catalog), [packages, catalog, locale]);
}

/** An allowance's name: its label, or how often it renews when it has none. */
export function allowanceName(
  label: string,
  resetEvery: 'day' | 'month',
  t: (text: string) => string,
): string {
  return label || (resetEvery === 'day' ? t('Free calls every day') : t('Free calls every month'));
}
