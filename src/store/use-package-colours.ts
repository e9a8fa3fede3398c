import { useMemo } from 'react';
import { type ColourOf, packageColoursFromKey, packageColoursKey } from './package-colours';
import { useScenarioStore } from './scenario-store';

/**
 * The colour slot of each package of the draft, by id, for the charts: the same function until
 * a package is added, removed or recoloured, so memoized charts skip edits of anything else.
 */
export function usePackageColours(): ColourOf {
  const key = useScenarioStore((state) => packageColoursKey(state.draft.packages));
  return useMemo(() => packageColoursFromKey(key), [key]);
}
