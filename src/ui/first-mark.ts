import { useEffect } from 'react';

/**
 * A Performance API mark the first time anything on the page using it is drawn (`name` once per
 * page load): the page's load budgets, such as "summary visible", are read from these marks
 * (bench/ui-bench.ts).
 */
export function useFirstMark(name: string): void {
  useEffect(() => {
    if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  }, [name]);
}
