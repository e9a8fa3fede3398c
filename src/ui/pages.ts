/*
 * Long lists (a large scenario has hundreds of packages and dozens of streams) are shown a page
 * at a time: the page keeps the DOM small enough that every edit redraws quickly.
 */

export type PageWindow = {
  /** The page shown, from 0, clamped to the pages there are. */
  readonly page: number;
  readonly pages: number;
  /** The first item shown and the one after the last (slice bounds). */
  readonly first: number;
  readonly end: number;
};

export function pageWindow(count: number, pageSize: number, requestedPage: number): PageWindow {
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const page = Math.min(Math.max(0, Math.trunc(requestedPage)), pages - 1);
  const first = page * pageSize;
  return { page, pages, first, end: Math.min(count, first + pageSize) };
}

/** The page an item sits on. */
export function pageOfItem(index: number, pageSize: number): number {
  return Math.floor(Math.max(0, index) / pageSize);
}

/**
 * How many items with a problem each page holds, so a problem on a page not shown can be found.
 * `itemsWithProblems` are item indices; those beyond the list are ignored.
 */
export function problemsPerPage(
  itemsWithProblems: Iterable<number>,
  count: number,
  pageSize: number,
): number[] {
  const perPage = Array.from({ length: Math.max(1, Math.ceil(count / pageSize)) }, () => 0);
  for (const index of new Set(itemsWithProblems)) {
    if (index < 0 || index >= count) continue;
    const page = pageOfItem(index, pageSize);
    perPage[page] = (perPage[page] ?? 0) + 1;
  }
  return perPage;
}

/**
 * The items of a list (`packages` or `streams`) that problems are about: a problem whose path
 * starts `['packages', 3]` names item 3.
 */
export function itemsNamedIn(
  problems: Iterable<{ readonly path: readonly (string | number)[] }>,
  list: string,
): Set<number> {
  const items = new Set<number>();
  for (const { path } of problems) {
    const [name, item] = path;
    if (name === list && typeof item === 'number') items.add(item);
  }
  return items;
}
