import { useId } from 'react';
import type { Catalog } from '../../engine';
import { translateError } from '../../i18n/engine-messages';
import { useT } from '../../i18n/translate';
import { useDraft, useDraftCheck } from '../../store/derived';
import { horizonMonths } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { distinctNames } from '../../ui/distinct-names';
import { TextField } from '../../ui/field';
import { useFocusLater } from '../../ui/use-focus-later';
import { streamName, withNewStream } from './stream-defaults';
import { StreamEditor } from './stream-editor';

/** The horizon and the streams of projected calls. */
export function UsageEditor({ catalog }: { readonly catalog: Catalog | undefined }) {
  const t = useT();
  const draft = useDraft();
  const { fieldErrors } = useDraftCheck();
  const edit = useScenarioStore((state) => state.edit);
  const removeStream = useScenarioStore((state) => state.removeStream);
  const { containerRef, focusLater } = useFocusLater<HTMLElement>();
  const headingId = useId();
  const months = horizonMonths(draft);
  const names = distinctNames(draft.streams.map((stream) => streamName(stream, catalog)));
  const firstFieldOf = (index: number) =>
    `[data-stream-index="${index}"] :is(input, select):not(:disabled)`;

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
          type="month"
          value={draft.start}
          onChange={(start) => edit((current) => ({ ...current, start }), 'start')}
          error={translateError(fieldErrors.start)}
          hint={t('The first month simulated.')}
        />
        <TextField
          label={t('Months')}
          inputMode="numeric"
          value={draft.months}
          onChange={(text) => edit((current) => ({ ...current, months: text }), 'months')}
          error={translateError(fieldErrors.months)}
          hint={t('1 to 120.')}
        />
      </div>
      {draft.streams.length === 0 ? (
        <p>{t('No streams yet: add one for each API and region the customer calls.')}</p>
      ) : null}
      {draft.streams.map((stream, index) => (
        <StreamEditor
          key={stream.id}
          index={index}
          stream={stream}
          name={names[index] ?? ''}
          catalog={catalog}
          start={draft.start}
          months={months}
          onRemove={() => {
            removeStream(index);
            focusLater(firstFieldOf(index), '[data-add-stream]');
          }}
        />
      ))}
      <button
        type="button"
        data-add-stream
        onClick={() => {
          edit((current) => withNewStream(current, catalog));
          focusLater(firstFieldOf(draft.streams.length));
        }}
      >
        {t('Add a stream')}
      </button>
    </section>
  );
}
