import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsNamedIn, pageOfItem, pageWindow, problemsPerPage } from './pages';

describe('pageWindow', () => {
  it('shows the requested page', () => {
    expect(pageWindow(25, 10, 1)).toEqual({ page: 1, pages: 3, first: 10, end: 20 });
  });

  it('ends the last page at the last item', () => {
    expect(pageWindow(25, 10, 2)).toEqual({ page: 2, pages: 3, first: 20, end: 25 });
  });

  it('clamps a page past the end to the last page (after a removal)', () => {
    expect(pageWindow(20, 10, 5)).toEqual({ page: 1, pages: 2, first: 10, end: 20 });
  });

  it('has one empty page for an empty list', () => {
    expect(pageWindow(0, 10, 3)).toEqual({ page: 0, pages: 1, first: 0, end: 0 });
  });

  it('clamps a negative page to the first', () => {
    expect(pageWindow(30, 10, -2)).toEqual({ page: 0, pages: 3, first: 0, end: 10 });
  });

  it('covers every item exactly once across its pages', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.integer({ min: 1, max: 50 }), (count, pageSize) => {
        const { pages } = pageWindow(count, pageSize, 0);
        const shown: number[] = [];
        for (let page = 0; page < pages; page++) {
          const window = pageWindow(count, pageSize, page);
          expect(window.end - window.first).toBeLessThanOrEqual(pageSize);
          for (let index = window.first; index < window.end; index++) {
            expect(pageOfItem(index, pageSize)).toBe(page);
            shown.push(index);
          }
        }
        expect(shown).toEqual(Array.from({ length: count }, (_, index) => index));
      }),
    );
  });
});

describe('problemsPerPage', () => {
  it('counts the items with problems on each page, once per item', () => {
    expect(problemsPerPage([0, 3, 3, 12, 24], 25, 10)).toEqual([2, 1, 1]);
  });

  it('ignores items outside the list', () => {
    expect(problemsPerPage([-1, 30], 25, 10)).toEqual([0, 0, 0]);
  });
});

describe('itemsNamedIn', () => {
  it('reads the item index from the paths of problems about that list only', () => {
    expect(
      itemsNamedIn(
        [
          { path: ['packages', 3, 'price'] },
          { path: ['packages', 12] },
          { path: ['streams', 4, 'api'] },
          { path: ['start'] },
          { path: ['packages', 'x', 'price'] },
        ],
        'packages',
      ),
    ).toEqual(new Set([3, 12]));
  });
});
