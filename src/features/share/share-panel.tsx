import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { serializeScenario, simulateDetailed } from '../../engine';
import { useDraftCheck } from '../../store/derived';
import { draftFromScenario } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { downloadText, fileNameFor } from './download';
import { csvFileContent, monthLedgerCsv, packageLedgerCsv } from './ledger-csv';
import { catalogForCurrency, readScenarioText } from './scenario-import';
import { shareLinkFor } from './share-link';

type Notice = {
  readonly kind: 'done' | 'error';
  readonly text: string;
  readonly details?: readonly string[];
};

/** Share link, scenario file export and import, ledger CSVs and the printable report. */
export function SharePanel() {
  const headingId = useId();
  const importId = useId();
  const check = useDraftCheck();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [link, setLink] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const scenario = check.parsed.ok ? check.parsed.scenario : null;
  const reason = scenario
    ? undefined
    : 'Fix the highlighted fields first: only a valid scenario can be shared or exported.';

  // The printed report carries the scenario's link; work it out only when printing starts.
  const [printLink, setPrintLink] = useState('');
  const scenarioRef = useRef(scenario);
  scenarioRef.current = scenario;
  useEffect(() => {
    const beforePrint = () =>
      setPrintLink(scenarioRef.current ? shareLinkFor(scenarioRef.current, pageAddress()) : '');
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);

  const copyLink = async () => {
    if (!scenario) return;
    const url = shareLinkFor(scenario, pageAddress());
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice({
        kind: 'done',
        text: `Link copied (${url.length.toLocaleString('en-US')} characters). Anyone who opens it sees this scenario; it never expires.`,
      });
    } catch {
      setNotice({
        kind: 'done',
        text: 'The link is below: select it and copy it (the browser did not allow copying from here).',
      });
    }
  };

  const exportScenario = () => {
    if (!scenario) return;
    downloadText(
      fileNameFor(scenario.name, 'json'),
      `${JSON.stringify(serializeScenario(scenario), null, 2)}\n`,
      'application/json',
    );
    setNotice({
      kind: 'done',
      text: 'Scenario exported as JSON: the same document the command line simulator and Import read.',
    });
  };

  const exportLedger = (which: 'month' | 'package') => {
    if (!scenario) return;
    const simulation = simulateDetailed(scenario);
    const csv =
      which === 'month'
        ? monthLedgerCsv(scenario, simulation)
        : packageLedgerCsv(scenario, simulation);
    downloadText(
      fileNameFor(`${scenario.name} ${which} ledger`, 'csv'),
      csvFileContent(csv),
      'text/csv;charset=utf-8',
    );
    setNotice({
      kind: 'done',
      text: `The ${which} ledger is exported as CSV, amounts exact in ${scenario.currency}.`,
    });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > 1024 * 1024) {
      setNotice({
        kind: 'error',
        text: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB. Nothing was changed.`,
      });
      return;
    }
    const result = readScenarioText(await file.text());
    if (!result.ok) {
      setNotice({
        kind: 'error',
        text: `${file.name} cannot be imported. Nothing was changed.`,
        details: result.errors,
      });
      return;
    }
    useScenarioStore
      .getState()
      .replaceDraft(draftFromScenario(result.scenario, catalogForCurrency(result.scenario)));
    setNotice({
      kind: 'done',
      text: `Imported "${result.scenario.name || file.name}". Undo (Ctrl+Z) brings back what was here.`,
    });
  };

  return (
    <section className="panel share-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Share and export</h2>
      <div className="share-actions">
        <button type="button" onClick={copyLink} disabled={!scenario} title={reason}>
          Copy share link
        </button>
        <button type="button" onClick={exportScenario} disabled={!scenario} title={reason}>
          Export scenario (JSON)
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import scenario…
        </button>
        <input
          ref={fileInput}
          id={importId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-label="Import a scenario file"
          tabIndex={-1}
          onChange={(event) => void importFile(event)}
        />
        <button
          type="button"
          onClick={() => exportLedger('month')}
          disabled={!scenario}
          title={reason}
        >
          Month ledger (CSV)
        </button>
        <button
          type="button"
          onClick={() => exportLedger('package')}
          disabled={!scenario}
          title={reason}
        >
          Package ledger (CSV)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print report
        </button>
      </div>
      {reason ? <p className="field-hint">{reason}</p> : null}
      {link ? (
        <p className="share-link">
          <label>
            Share link
            <input type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
          </label>
        </p>
      ) : null}
      <div
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        className={notice ? `notice ${notice.kind === 'error' ? 'notice-error' : ''}` : ''}
      >
        {notice ? (
          <>
            <p>{notice.text}</p>
            {notice.details ? (
              <ul>
                {notice.details.slice(0, 8).map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
                {notice.details.length > 8 ? <li>…and {notice.details.length - 8} more</li> : null}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      <p className="print-only">Open this scenario: {printLink}</p>
    </section>
  );
}

function pageAddress(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  return url.toString();
}
