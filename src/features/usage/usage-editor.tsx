import { useCallback, useId, useState } from 'react';
import type { Catalog } from '../../engine';
import { useMessages } from '../../i18n/messages';
import { useT } from '../../i18n/translate';
import { useDraft, useDraftCheck } from '../../store/derived';
import { horizonMonths } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { distinctNames } from '../../ui/distinct-names';
import { TextField } from '../../ui/field';
import { ListPager } from '../../ui/list-pager';
import { MountInTurn } from '../../ui/mount-in-turn';
import { itemsNamedIn, pageOfItem, pageWindow, problemsPerPage } from '../../ui/pages';
import { useFocusLater } from '../../ui/use-focus-later';
import { streamName, withNewStream } from './stream-defaults';
import { StreamEditor } from './stream-editor';

/** Streams shown at once: a large scenario's dozens of streams are paged. */
export const STREAMS_PER_PAGE = 10;
/** Stream cards after the first mount in this turn at load: before the results (turn 1). */
const STREAM_CARDS_TURN = 0.5;

const firstFieldOf = (index: number) =>
  `[data-stream-index="${index}"] :is(input, select):not(:disabled)`;

/** The horizon and the streams of projected calls. */
export function UsageEditor({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const draft = useDraft();
  const { fieldErrors, generalErrors } = useDraftCheck();
  const { say } = useMessages(undefined);
  const edit = useScenarioStore((state) => state.edit);
  const removeStream = useScenarioStore((state) => state.removeStream);
  const { containerRef, focusLater } = useFocusLater<HTMLElement>();
  const headingId = useId();
  const [requestedPage, setPage] = useState(0);
  const count = draft.streams.length;
  const shown = pageWindow(count, STREAMS_PER_PAGE, requestedPage);
  const months = horizonMonths(draft);
  const names = distinctNames(draft.streams.map((stream) => streamName(stream, catalog)));
  const removeAt = useCallback(
    (index: number) => {
      removeStream(index);
      focusLater(firstFieldOf(index), firstFieldOf(index - 1), '[data-add-stream]');
    },
    [removeStream, focusLater],
  );

  return (
    <section className="panel editor" aria-labelledby={headingId} ref={containerRef}>
      <h2 id={headingId}>{t('Usage')}</h2>
      {catalog ? null : (
        <p className="prices-note">
          {t(
            'The price catalog is unavailable: type API and region ids (such as general-text and ap-southeast-1).',
          )}
        </p>
      )}
      <div className="field-grid">
        <TextField
          label={t('Horizon starts')}
          placeholder={t('YYYY-MM')}
          value={draft.start}
          onChange={(start) => edit((current) => ({ ...current, start }), 'start')}
          error={fieldErrors.start && say(fieldErrors.start)}
          hint={t('The first month simulated.')}
        />
        <TextField
          label={t('Months')}
          inputMode="numeric"
          value={draft.months}
          onChange={(text) => edit((current) => ({ ...current, months: text }), 'months')}
          error={fieldErrors.months && say(fieldErrors.months)}
          hint={t('1 to 120.')}
        />
      </div>
      {draft.streams.length === 0 ? (
        <p>{t('No streams yet: add one for each API and region the customer calls.')}</p>
      ) : null}
      <ListPager
        label={t('Pages of streams')}
        shown={shown}
        count={count}
        pageSize={STREAMS_PER_PAGE}
        problemsPerPage={problemsPerPage(
          itemsNamedIn([...Object.values(fieldErrors), ...generalErrors], 'streams'),
          count,
          STREAMS_PER_PAGE,
        )}
        onPage={setPage}
      />
      {draft.streams.slice(shown.first, shown.end).map((stream, offset) => {
        const index = shown.first + offset;
        // The first card fills a phone's first screen; the others mount in turns at load.
        return (
          <MountInTurn key={stream.id} order={STREAM_CARDS_TURN} immediately={offset === 0}>
            <StreamEditor
              index={index}
              stream={stream}
              name={names[index] ?? ''}
              catalog={catalog}
              start={draft.start}
              months={months}
              onRemove={removeAt}
            />
          </MountInTurn>
        );
      })}
      <button
        type="button"
        data-add-stream
        onClick={() => {
          edit((current) => withNewStream(current, catalog));
          setPage(pageOfItem(count, STREAMS_PER_PAGE));
          focusLater(firstFieldOf(count));
        }}
      >
        {t('Add a stream')}
      </button>
    </section>
  );
}
