import { type ClipboardEvent, memo, useId, useMemo, useState } from 'react';
import { type Catalog, generateCalls, type Message, messagesAt, regionsOfApi } from '../../engine';
import { apiOptions, regionOptions } from '../../i18n/catalog-names';
import { formatCount, formatMonthName } from '../../i18n/format';
import { useLocale } from '../../i18n/locale';
import { useMessages } from '../../i18n/messages';
import { useT } from '../../i18n/translate';
import { useFieldErrorsUnder, useGeneralErrors } from '../../store/derived';
import type { StreamDraft } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { CheckboxField, SelectField, TextField } from '../../ui/field';
import { labelWithNames } from '../../ui/isolate-name';
import {
  generatorFromTypedCalls,
  horizonMonthLabels,
  setTypedMonth,
  typedCallsFromGenerator,
} from './monthly-calls';
import { pasteColumn } from './paste-column';
import { earlierTwin, sharedPlaceMessage, withStreamApi } from './stream-defaults';

const CALENDAR_MONTHS = Array.from({ length: 12 }, (_, month) => month);
/** Longer typed horizons start folded: 120 months × dozens of streams is thousands of fields. */
const MONTHS_SHOWN_UNFOLDED = 24;

type StreamEditorProps = {
  readonly index: number;
  readonly stream: StreamDraft;
  readonly name: string;
  readonly catalog: Catalog | undefined;
  readonly start: string;
  readonly months: number | null;
  /** Removes the stream at `index`: one function for every card, so a card redraws only when its own stream changes. */
  readonly onRemove: (index: number) => void;
};

/** One stream: its API and region, subscription, and its calls month by month (generated or typed). */
export const StreamEditor = memo(function StreamEditor({
  index,
  stream,
  name,
  catalog,
  start,
  months,
  onRemove,
}: StreamEditorProps) {
  const t = useT();
  const path = `streams[${index}]`;
  const fieldErrors = useFieldErrorsUnder(['streams', index]);
  const { say } = useMessages(catalog);
  const error = (key: string) => {
    const message = fieldErrors[key];
    return message && say(message);
  };
  const generalErrors = useGeneralErrors();
  const updateStream = useScenarioStore((state) => state.updateStream);
  const edit = useScenarioStore((state) => state.edit);
  const radioName = useId();
  // The twin's index, not a message: a selector must return a value that compares equal.
  const twin = useScenarioStore((state) => earlierTwin(state.draft.streams, index));
  const shared = sharedPlaceMessage(stream, index, twin);
  const messages = [
    ...new Set(
      [...(shared ? [shared] : []), ...messagesAt(generalErrors, ['streams', index])].map(say),
    ),
  ];
  const regions = catalog
    ? regionsOfApi(catalog, stream.api).length > 0
      ? regionsOfApi(catalog, stream.api)
      : catalog.regions
    : [];

  const switchSource = (callsSource: StreamDraft['callsSource']) => {
    if (callsSource === stream.callsSource) return;
    updateStream(
      index,
      callsSource === 'typed'
        ? { callsSource, typedCalls: typedCallsFromGenerator(stream, start, months) }
        : { callsSource, generator: generatorFromTypedCalls(stream) },
    );
  };

  return (
    <fieldset className="editor-card" data-stream-index={index}>
      <legend>{name}</legend>
      <div className="field-grid">
        {catalog ? (
          <>
            <SelectField
              label={t('API')}
              value={stream.api}
              options={apiOptions(catalog)}
              onChange={(api) => edit((draft) => withStreamApi(draft, index, api, catalog))}
              error={error(`${path}.api`)}
            />
            <SelectField
              label={t('Region')}
              value={stream.region}
              options={regionOptions(catalog, regions)}
              onChange={(region) => updateStream(index, { region })}
              error={error(`${path}.region`)}
              hint={t('Only regions offering this API.')}
            />
          </>
        ) : (
          <>
            <TextField
              label={t('API')}
              value={stream.api}
              onChange={(api) => updateStream(index, { api }, 'api')}
              error={error(`${path}.api`)}
              hint={t('An API id, such as general-text.')}
            />
            <TextField
              label={t('Region')}
              value={stream.region}
              onChange={(region) => updateStream(index, { region }, 'region')}
              error={error(`${path}.region`)}
              hint={t('A region id, such as ap-southeast-1.')}
            />
          </>
        )}
      </div>
      <CheckboxField
        label={t('Pay-per-use subscribed in this region')}
        checked={stream.subscribed}
        onChange={(subscribed) => updateStream(index, { subscribed })}
        hint={t(
          'When off, calls that no package covers fail with ModelArts.4204 (API not subscribed) once packages run out.',
        )}
      />
      {messages.map((message) => (
        <p key={message} className="notice notice-warning editor-message" role="status">
          {message}
        </p>
      ))}
      <fieldset className="radio-group">
        <legend>{t('Monthly calls')}</legend>
        <label>
          <input
            type="radio"
            name={radioName}
            checked={stream.callsSource === 'generated'}
            onChange={() => switchSource('generated')}
          />{' '}
          {t('Generate')}
        </label>
        <label>
          <input
            type="radio"
            name={radioName}
            checked={stream.callsSource === 'typed'}
            onChange={() => switchSource('typed')}
          />{' '}
          {t('Type or paste month by month')}
        </label>
      </fieldset>
      {stream.callsSource === 'generated' ? (
        <GeneratorFields index={index} stream={stream} start={start} months={months} />
      ) : (
        <TypedMonths index={index} stream={stream} start={start} months={months} />
      )}
      <div className="editor-actions">
        <button
          type="button"
          aria-label={labelWithNames(t, 'Remove stream {name}', { name })}
          onClick={() => onRemove(index)}
        >
          {t('Remove stream')}
        </button>
      </div>
    </fieldset>
  );
});

type MonthsProps = {
  readonly index: number;
  readonly stream: StreamDraft;
  readonly start: string;
  readonly months: number | null;
};

function GeneratorFields({ index, stream, start, months }: MonthsProps) {
  const t = useT();
  const path = `streams[${index}].generator`;
  const fieldErrors = useFieldErrorsUnder(['streams', index, 'generator']);
  const { say } = useMessages(undefined);
  const error = (key: string) => {
    const message = fieldErrors[key];
    return message && say(message);
  };
  const updateStream = useScenarioStore((state) => state.updateStream);
  const { generator } = stream;
  const setGenerator = (patch: Partial<StreamDraft['generator']>, field: string) =>
    updateStream(index, { generator: { ...generator, ...patch } }, `generator.${field}`);
  const generated = months === null ? null : generateCalls(generator, start, months);
  const labels = months === null ? [] : horizonMonthLabels(start, months);

  return (
    <>
      <div className="field-grid">
        <TextField
          label={t("First month's calls")}
          inputMode="numeric"
          value={generator.firstMonth}
          onChange={(firstMonth) => setGenerator({ firstMonth }, 'firstMonth')}
          error={error(`${path}.firstMonth`)}
        />
        <TextField
          label={t('Growth per month')}
          inputMode="decimal"
          suffix="%"
          value={generator.growthPercent}
          onChange={(growthPercent) => setGenerator({ growthPercent }, 'growthPercent')}
          error={error(`${path}.growthPercent`)}
          hint={t('Compounded; negative shrinks.')}
        />
      </div>
      <CheckboxField
        label={t('Seasonality')}
        checked={generator.seasonal}
        onChange={(seasonal) => setGenerator({ seasonal }, 'seasonal')}
        hint={t('Scale each calendar month by a percentage of a normal month.')}
      />
      {generator.seasonal ? (
        <fieldset className="month-fieldset">
          <legend>{t('Seasonality (% of a normal month)')}</legend>
          <div className="month-grid">
            {CALENDAR_MONTHS.map((monthIndex) => (
              <TextField
                key={monthIndex}
                label={formatMonthName(monthIndex)}
                inputMode="decimal"
                suffix="%"
                value={generator.seasonality[monthIndex] ?? ''}
                onChange={(text) =>
                  setGenerator(
                    {
                      seasonality: generator.seasonality.map((share, position) =>
                        position === monthIndex ? text : share,
                      ),
                    },
                    `seasonality.${monthIndex}`,
                  )
                }
                error={error(`${path}.seasonality[${monthIndex}]`)}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {generated === null ? (
        <p className="field-hint">{t('Set the number of months to see the generated calls.')}</p>
      ) : 'errors' in generated ? (
        <p className="field-hint">{t('Correct the fields above to see the generated calls.')}</p>
      ) : (
        <div className="calls-preview">
          <p className="field-label">
            {t('Generated calls, {total} in all:', {
              total: formatCount(generated.calls.reduce((sum, calls) => sum + calls, 0)),
            })}
          </p>
          <ol className="preview-grid">
            {generated.calls.map((calls, month) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one item per month, in month order
              <li key={month}>
                <span>{labels[month]}</span> <span>{formatCount(calls)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

type PasteNote = { readonly filled: number; readonly ignored: number; readonly month: number };

function TypedMonths({ index, stream, start, months }: MonthsProps) {
  const t = useT();
  const locale = useLocale();
  const fieldErrors = useFieldErrorsUnder(['streams', index, 'monthlyCalls']);
  const [pasteNote, setPasteNote] = useState<PasteNote | null>(null);
  const count = months ?? stream.typedCalls.length;
  const [unfolded, setUnfolded] = useState(count <= MONTHS_SHOWN_UNFOLDED);
  // Labels only while the fields show, and once per horizon and language: 120 formatted months
  // per stream add up on every edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels are in the page's language
  const labels = useMemo(
    () => (unfolded ? horizonMonthLabels(start, count) : []),
    [unfolded, start, count, locale],
  );
  const monthsWithProblems = Array.from({ length: count }, (_, month) => month).filter(
    (month) => fieldErrors[`streams[${index}].monthlyCalls[${month}]`] !== undefined,
  ).length;

  // Written when shown, so it follows the page's language.
  const pasteNoteText = (note: PasteNote): string => {
    const values = { count: note.filled, ignored: note.ignored, month: labels[note.month] ?? '' };
    if (note.ignored === 0)
      return note.filled === 1
        ? t('Pasted 1 month from {month}.', values)
        : t('Pasted {count} months from {month}.', values);
    if (note.filled === 1)
      return note.ignored === 1
        ? t('Pasted 1 month from {month}; 1 value past the horizon left out.', values)
        : t('Pasted 1 month from {month}; {ignored} values past the horizon left out.', values);
    return note.ignored === 1
      ? t('Pasted {count} months from {month}; 1 value past the horizon left out.', values)
      : t(
          'Pasted {count} months from {month}; {ignored} values past the horizon left out.',
          values,
        );
  };

  return (
    <div className="typed-months">
      <p className="field-hint">
        {months === null
          ? t(
              'Paste a column copied from a spreadsheet into any month: it fills that month and the following ones. Set the number of months to give every month its calls.',
            )
          : t(
              'Paste a column copied from a spreadsheet into any month: it fills that month and the following ones.',
            )}
      </p>
      <details
        className="month-details"
        open={unfolded}
        onToggle={(event) => setUnfolded(event.currentTarget.open)}
      >
        <summary>
          {count === 1
            ? t('Calls month by month (1 month)')
            : t('Calls month by month ({count} months)', { count })}
        </summary>
        {unfolded ? (
          <div className="month-grid">
            {labels.map((label, month) => (
              <MonthField
                // biome-ignore lint/suspicious/noArrayIndexKey: one field per month, in month order
                key={month}
                streamIndex={index}
                month={month}
                count={count}
                label={label}
                value={stream.typedCalls[month] ?? ''}
                error={fieldErrors[`streams[${index}].monthlyCalls[${month}]`]}
                onPasted={setPasteNote}
              />
            ))}
          </div>
        ) : null}
      </details>
      {!unfolded && monthsWithProblems > 0 ? (
        <p className="field-error">
          {monthsWithProblems === 1
            ? t('1 month has a problem: unfold the months to fix it.')
            : t('{count} months have problems: unfold the months to fix them.', {
                count: monthsWithProblems,
              })}
        </p>
      ) : null}
      <p className="field-hint" role="status">
        {pasteNote ? pasteNoteText(pasteNote) : ''}
      </p>
    </div>
  );
}

type MonthFieldProps = {
  readonly streamIndex: number;
  readonly month: number;
  /** Months in the horizon. */
  readonly count: number;
  /** The month's name, as "Jan 2027". */
  readonly label: string;
  readonly value: string;
  readonly error: Message | undefined;
  readonly onPasted: (note: PasteNote) => void;
};

/**
 * One month's calls. Its handlers read the stream's months from the store when they run, so
 * its props stay the same while other months change and typing redraws only this field.
 */
const MonthField = memo(function MonthField({
  streamIndex,
  month,
  count,
  label,
  value,
  error,
  onPasted,
}: MonthFieldProps) {
  const t = useT();
  const { say } = useMessages(undefined);
  const updateStream = useScenarioStore((state) => state.updateStream);
  const typedCalls = () => useScenarioStore.getState().draft.streams[streamIndex]?.typedCalls ?? [];
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = pasteColumn(
      typedCalls(),
      count,
      month,
      event.clipboardData.getData('text/plain'),
    );
    if (!pasted) return;
    event.preventDefault();
    updateStream(streamIndex, { typedCalls: pasted.typedCalls });
    onPasted({ filled: pasted.filled, ignored: pasted.ignored, month });
  };
  return (
    <TextField
      label={t('Calls in {month}', { month: label })}
      inputMode="numeric"
      placeholder="0"
      value={value}
      onChange={(text) =>
        updateStream(
          streamIndex,
          { typedCalls: setTypedMonth(typedCalls(), count, month, text) },
          `typedCalls.${month}`,
        )
      }
      onPaste={onPaste}
      error={error && say(error)}
    />
  );
});
