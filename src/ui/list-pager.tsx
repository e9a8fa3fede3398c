import { formatCount } from '../i18n/format';
import { useT } from '../i18n/translate';
import { SelectField } from './field';
import type { PageWindow } from './pages';

/**
 * Moves through a long list a page at a time: Previous, Next, and a list of every page by its
 * range, with the problems each page holds, so an invalid field on a hidden page can be found.
 * Not shown while the list fits on one page.
 */
export function ListPager({
  label,
  shown,
  count,
  pageSize,
  problemsPerPage,
  onPage,
}: {
  /** The name of the navigation landmark, e.g. "Pages of packages". */
  readonly label: string;
  readonly shown: PageWindow;
  readonly count: number;
  readonly pageSize: number;
  readonly problemsPerPage: readonly number[];
  readonly onPage: (page: number) => void;
}) {
  const t = useT();
  if (shown.pages <= 1) return null;
  const options = Array.from({ length: shown.pages }, (_, page) => {
    const range = t('{first}–{last} of {count}', {
      first: formatCount(page * pageSize + 1),
      last: formatCount(Math.min(count, (page + 1) * pageSize)),
      count: formatCount(count),
    });
    const problems = problemsPerPage[page] ?? 0;
    return {
      value: String(page),
      label:
        problems === 0
          ? range
          : problems === 1
            ? t('{range} (1 with a problem)', { range })
            : t('{range} ({count} with problems)', { range, count: problems }),
    };
  });
  const elsewhere = problemsPerPage.reduce(
    (sum, problems, page) => (page === shown.page ? sum : sum + problems),
    0,
  );
  return (
    <nav className="list-pager" aria-label={label}>
      <button type="button" onClick={() => onPage(shown.page - 1)} disabled={shown.page === 0}>
        {t('Previous')}
      </button>
      <SelectField
        className="list-pager-page"
        label={t('Showing')}
        value={String(shown.page)}
        options={options}
        onChange={(value) => onPage(Number(value))}
        hint={
          elsewhere === 0
            ? undefined
            : elsewhere === 1
              ? t('1 item on another page has a problem.')
              : t('{count} items on other pages have problems.', { count: elsewhere })
        }
      />
      <button
        type="button"
        onClick={() => onPage(shown.page + 1)}
        disabled={shown.page === shown.pages - 1}
      >
        {t('Next')}
      </button>
    </nav>
  );
}
