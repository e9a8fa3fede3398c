import { type ClipboardEvent, useId, useState } from 'react';
import { type Catalog, regionsOfApi } from '../../engine';
import { useDraftCheck } from '../../store/derived';
import { generateCalls, type StreamDraft } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { CheckboxField, SelectField, TextField } from '../../ui/field';
import { formatCount } from '../../ui/format';
import {
  generatorFromTypedCalls,
  horizonMonthLabels,
  setTypedMonth,
  typedCallsFromGenerator,
} from './monthly-calls';
import { pasteColumn } from './paste-column';
import { messagesAbout, sharedPlaceMessage, withStreamApi } from './stream-defaults';

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

type StreamEditorProps = {
  readonly index: number;
  readonly stream: StreamDraft;
  readonly name: string;
  readonly catalog: Catalog | undefined;
  readonly start: string;
  readonly months: number | null;
  readonly onRemove: () => void;
};

/** One stream: its API and region, subscription, and its calls month by month (generated or typed). */
export function StreamEditor({
  index,
  stream,
  name,
  catalog,
  start,
  months,
  onRemove,
}: StreamEditorProps) {
  const { fieldErrors, generalErrors } = useDraftCheck();
  const updateStream = useScenarioStore((state) => state.updateStream);
  const edit = useScenarioStore((state) => state.edit);
  const radioName = useId();
  const path = `streams[${index}]`;
  const streams = useScenarioStore((state) => state.draft.streams);
  const shared = sharedPlaceMessage(streams, index);
  const messages = [
    ...new Set([...(shared ? [shared] : []), ...messagesAbout(generalErrors, path)]),
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
              label="API"
              value={stream.api}
              options={catalog.apis.map((api) => ({ value: api.id, label: api.name }))}
              onChange={(api) => edit((draft) => withStreamApi(draft, index, api, catalog))}
              error={fieldErrors[`${path}.api`]}
            />
            <SelectField
              label="Region"
              value={stream.region}
              options={regions.map((region) => ({ value: region.id, label: region.name }))}
              onChange={(region) => updateStream(index, { region })}
              error={fieldErrors[`${path}.region`]}
              hint="Only regions offering this API."
            />
          </>
        ) : (
          <>
            <TextField
              label="API"
              value={stream.api}
              onChange={(api) => updateStream(index, { api }, 'api')}
              error={fieldErrors[`${path}.api`]}
              hint="An API id, such as general-text."
            />
            <TextField
              label="Region"
              value={stream.region}
              onChange={(region) => updateStream(index, { region }, 'region')}
              error={fieldErrors[`${path}.region`]}
              hint="A region id, such as ap-southeast-1."
            />
          </>
        )}
      </div>
      <CheckboxField
        label="Pay-per-use subscribed in this region"
        checked={stream.subscribed}
        onChange={(subscribed) => updateStream(index, { subscribed })}
        hint="When off, calls that no package covers fail with ModelArts.4204 (API not subscribed) once packages run out."
      />
      {messages.map((message) => (
        <p key={message} className="notice notice-warning editor-message" role="status">
          {message}
        </p>
      ))}
      <fieldset className="radio-group">
        <legend>Monthly calls</legend>
        <label>
          <input
            type="radio"
            name={radioName}
            checked={stream.callsSource === 'generated'}
            onChange={() => switchSource('generated')}
          />{' '}
          Generate
        </label>
        <label>
          <input
            type="radio"
            name={radioName}
            checked={stream.callsSource === 'typed'}
            onChange={() => switchSource('typed')}
          />{' '}
          Type or paste month by month
        </label>
      </fieldset>
      {stream.callsSource === 'generated' ? (
        <GeneratorFields index={index} stream={stream} start={start} months={months} />
      ) : (
        <TypedMonths index={index} stream={stream} start={start} months={months} />
      )}
      <div className="editor-actions">
        <button type="button" aria-label={`Remove stream ${name}`} onClick={onRemove}>
          Remove stream
        </button>
      </div>
    </fieldset>
  );
}

type MonthsProps = {
  readonly index: number;
  readonly stream: StreamDraft;
  readonly start: string;
  readonly months: number | null;
};

function GeneratorFields({ index, stream, start, months }: MonthsProps) {
  const { fieldErrors } = useDraftCheck();
  const updateStream = useScenarioStore((state) => state.updateStream);
  const { generator } = stream;
  const path = `streams[${index}].generator`;
  const setGenerator = (patch: Partial<StreamDraft['generator']>, field: string) =>
    updateStream(index, { generator: { ...generator, ...patch } }, `generator.${field}`);
  const generated = months === null ? null : generateCalls(generator, start, months);
  const labels = months === null ? [] : horizonMonthLabels(start, months);

  return (
    <>
      <div className="field-grid">
        <TextField
          label="First month's calls"
          inputMode="numeric"
          value={generator.firstMonth}
          onChange={(firstMonth) => setGenerator({ firstMonth }, 'firstMonth')}
          error={fieldErrors[`${path}.firstMonth`]}
        />
        <TextField
          label="Growth per month"
          inputMode="decimal"
          suffix="%"
          value={generator.growthPercent}
          onChange={(growthPercent) => setGenerator({ growthPercent }, 'growthPercent')}
          error={fieldErrors[`${path}.growthPercent`]}
          hint="Compounded; negative shrinks."
        />
      </div>
      <CheckboxField
        label="Seasonality"
        checked={generator.seasonal}
        onChange={(seasonal) => setGenerator({ seasonal }, 'seasonal')}
        hint="Scale each calendar month by a percentage of a normal month."
      />
      {generator.seasonal ? (
        <fieldset className="month-fieldset">
          <legend>Seasonality (% of a normal month)</legend>
          <div className="month-grid">
            {MONTH_NAMES.map((month, monthIndex) => (
              <TextField
                key={month}
                label={month}
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
                error={fieldErrors[`${path}.seasonality.${monthIndex}`]}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {generated === null ? (
        <p className="field-hint">Set the number of months to see the generated calls.</p>
      ) : 'errors' in generated ? (
        <p className="field-hint">Correct the fields above to see the generated calls.</p>
      ) : (
        <div className="calls-preview">
          <p className="field-label">
            Generated calls, {formatCount(generated.calls.reduce((sum, calls) => sum + calls, 0))}{' '}
            in all:
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

function TypedMonths({ index, stream, start, months }: MonthsProps) {
  const { fieldErrors } = useDraftCheck();
  const updateStream = useScenarioStore((state) => state.updateStream);
  const [pasteNote, setPasteNote] = useState('');
  const count = months ?? stream.typedCalls.length;
  const labels = horizonMonthLabels(start, count);

  const onPaste = (month: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = pasteColumn(
      stream.typedCalls,
      count,
      month,
      event.clipboardData.getData('text/plain'),
    );
    if (!pasted) return;
    event.preventDefault();
    updateStream(index, { typedCalls: pasted.typedCalls });
    setPasteNote(
      `Pasted ${pasted.filled} ${pasted.filled === 1 ? 'month' : 'months'} from ${labels[month]}` +
        (pasted.ignored > 0
          ? `; ${pasted.ignored} ${pasted.ignored === 1 ? 'value' : 'values'} past the horizon left out.`
          : '.'),
    );
  };

  return (
    <div className="typed-months">
      <p className="field-hint">
        Paste a column copied from a spreadsheet into any month: it fills that month and the
        following ones.
        {months === null ? ' Set the number of months to give every month its calls.' : ''}
      </p>
      <div className="month-grid">
        {labels.map((label, month) => (
          <TextField
            // biome-ignore lint/suspicious/noArrayIndexKey: one field per month, in month order
            key={month}
            label={`Calls in ${label}`}
            inputMode="numeric"
            placeholder="0"
            value={stream.typedCalls[month] ?? ''}
            onChange={(text) =>
              updateStream(
                index,
                { typedCalls: setTypedMonth(stream.typedCalls, count, month, text) },
                `typedCalls.${month}`,
              )
            }
            onPaste={onPaste(month)}
            error={fieldErrors[`streams[${index}].monthlyCalls[${month}]`]}
          />
        ))}
      </div>
      <p className="field-hint" role="status">
        {pasteNote}
      </p>
    </div>
  );
}
