import { type ChangeEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Message, serializeScenario, simulateDetailed } from '../../engine';
import { formatCount } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { type Translate, useT } from '../../i18n/translate';
import { useDraftCheck } from '../../store/derived';
import { draftFromScenario } from '../../store/draft';
import { useScenarioStore } from '../../store/scenario-store';
import { drawAllThen } from '../../ui/near-viewport';
import { withNames } from '../../ui/with-names';
import { downloadText, fileNameFor } from './download';
import { csvFileContent, monthLedgerCsv, packageLedgerCsv } from './ledger-csv';
import { loadQrCode, qrCodeImage } from './qr-code';
import { catalogForCurrency, readScenarioText } from './scenario-import';
import { loadedShareLinkCodec, loadShareLinkCodec, type ShareLinkCodec } from './share-fragment';

/** What the last action did; written out when shown, so it follows the page's language. */
type Notice =
  | { readonly kind: 'copied'; readonly length: number; readonly historyLeftOut: boolean }
  | { readonly kind: 'copy-refused' }
  | { readonly kind: 'link-failed' }
  | { readonly kind: 'exported' }
  | { readonly kind: 'ledger'; readonly which: 'month' | 'package'; readonly currency: string }
  | { readonly kind: 'too-large'; readonly file: string; readonly megabytes: string }
  | { readonly kind: 'not-imported'; readonly file: string; readonly details: readonly Message[] }
  | { readonly kind: 'imported'; readonly name: string };

function noticeText(notice: Notice, t: Translate): ReactNode {
  switch (notice.kind) {
    case 'copied':
      return `${t(
        'Link copied ({count} characters). Anyone who opens it sees this scenario; it never expires.',
        { count: formatCount(notice.length) },
      )}${
        notice.historyLeftOut
          ? ` ${t(
              'The imported usage history is left out to keep the link short: the monthly calls are all in it. Export the scenario file to pass the history on too.',
            )}`
          : ''
      }`;
    case 'link-failed':
      return t('The share link could not be made: reload the page and try again.');
    case 'copy-refused':
      return t(
        'The link is below: select it and copy it (the browser did not allow copying from here).',
      );
    case 'exported':
      return t(
        'Scenario exported as JSON: the same document the command line simulator and Import read.',
      );
    case 'ledger':
      return notice.which === 'month'
        ? t('The month ledger is exported as CSV, amounts exact in {currency}.', {
            currency: notice.currency,
          })
        : t('The package ledger is exported as CSV, amounts exact in {currency}.', {
            currency: notice.currency,
          });
    case 'too-large':
      return t('{file} is {megabytes} MB; the limit is 1 MB. Nothing was changed.', {
        file: notice.file,
        megabytes: notice.megabytes,
      });
    case 'not-imported':
      return t('{file} cannot be imported. Nothing was changed.', { file: notice.file });
    case 'imported':
      return withNames(t, 'Imported "{name}". Undo (Ctrl+Z) brings back what was here.', {
        name: notice.name,
      });
  }
}

/** Share link, scenario file export and import, ledger CSVs and the printable report. */
export function SharePanel() {
  const t = useT();
  const { problem } = useMessages(undefined);
  const headingId = useId();
  const importId = useId();
  const check = useDraftCheck();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [link, setLink] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const scenario = check.parsed.ok ? check.parsed.scenario : null;
  const reason = scenario
    ? undefined
    : t(
        'Fix the highlighted fields first: the results are out of date, and only a valid scenario can be shared, exported or printed.',
      );

  // The printed report carries the scenario's link; work it out only when printing starts.
  const [printLink, setPrintLink] = useState<{ link: string; image: string | null } | null>(null);
  const scenarioRef = useRef(scenario);
  scenarioRef.current = scenario;
  useEffect(() => {
    // Loaded with the panel, so printing from the browser's menu has it too (it cannot wait).
    loadShareLinkCodec().catch(() => {
      // Reported when a link is made; a printout then goes without the link line.
    });
    loadQrCode().catch(() => {
      // A printout then carries the link as text only.
    });
    const beforePrint = () => {
      const codec = loadedShareLinkCodec();
      const link =
        scenarioRef.current && codec ? codec.shareLinkFor(scenarioRef.current, pageAddress()) : '';
      setPrintLink(link ? { link, image: qrCodeImage(link) } : null);
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);

  const copyLink = async () => {
    if (!scenario) return;
    let codec: ShareLinkCodec;
    try {
      codec = await loadShareLinkCodec();
    } catch {
      setNotice({ kind: 'link-failed' });
      return;
    }
    const { link: url, historyLeftOut } = codec.shortShareLinkFor(scenario, pageAddress());
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice({ kind: 'copied', length: url.length, historyLeftOut });
    } catch {
      setNotice({ kind: 'copy-refused' });
    }
  };

  const exportScenario = () => {
    if (!scenario) return;
    downloadText(
      fileNameFor(scenario.name, 'json'),
      `${JSON.stringify(serializeScenario(scenario), null, 2)}\n`,
      'application/json',
    );
    setNotice({ kind: 'exported' });
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
    setNotice({ kind: 'ledger', which, currency: scenario.currency });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > 1024 * 1024) {
      setNotice({
        kind: 'too-large',
        file: file.name,
        megabytes: (file.size / 1024 / 1024).toFixed(1),
      });
      return;
    }
    const result = readScenarioText(await file.text());
    if (!result.ok) {
      setNotice({ kind: 'not-imported', file: file.name, details: result.errors });
      return;
    }
    useScenarioStore
      .getState()
      .newEstimate(draftFromScenario(result.scenario, catalogForCurrency(result.scenario)));
    setNotice({ kind: 'imported', name: result.scenario.name || file.name });
  };

  const isError =
    notice?.kind === 'too-large' ||
    notice?.kind === 'not-imported' ||
    notice?.kind === 'link-failed';

  return (
    <section className="panel share-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Share and export')}</h2>
      <div className="share-actions">
        <button type="button" onClick={copyLink} disabled={!scenario} title={reason}>
          {t('Copy share link')}
        </button>
        <button type="button" onClick={exportScenario} disabled={!scenario} title={reason}>
          {t('Export scenario (JSON)')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('Import scenario…')}
        </button>
        <input
          ref={fileInput}
          id={importId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          aria-label={t('Import a scenario file')}
          tabIndex={-1}
          onChange={(event) => void importFile(event)}
        />
        <button
          type="button"
          onClick={() => exportLedger('month')}
          disabled={!scenario}
          title={reason}
        >
          {t('Month ledger (CSV)')}
        </button>
        <button
          type="button"
          onClick={() => exportLedger('package')}
          disabled={!scenario}
          title={reason}
        >
          {t('Package ledger (CSV)')}
        </button>
        <button
          type="button"
          onClick={() =>
            // The printed report carries the scenario's link: its codec loads before printing.
            void Promise.all([
              drawAllThen(),
              loadShareLinkCodec().catch(() => undefined),
              loadQrCode().catch(() => undefined),
            ]).then(() => window.print())
          }
          disabled={!scenario}
          title={reason}
        >
          {t('Print report')}
        </button>
      </div>
      {reason ? <p className="field-hint">{reason}</p> : null}
      {link ? (
        <p className="share-link">
          <label>
            {t('Share link')}
            <input type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
          </label>
        </p>
      ) : null}
      <div
        role={isError ? 'alert' : 'status'}
        className={notice ? `notice ${isError ? 'notice-error' : ''}` : ''}
      >
        {notice ? (
          <>
            <p>{noticeText(notice, t)}</p>
            {notice.kind === 'not-imported' ? (
              <ul>
                {notice.details.slice(0, 8).map((detail, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is written once, in order
                  <li key={index}>{problem(detail)}</li>
                ))}
                {notice.details.length > 8 ? (
                  <li>{t('…and {count} more', { count: notice.details.length - 8 })}</li>
                ) : null}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      {printLink ? (
        <div className="print-only report-share">
          <h3>{t('Open this estimate')}</h3>
          <div className="report-qr">
            {printLink.image ? (
              <img src={printLink.image} alt={t('QR code of the link below')} />
            ) : null}
            <p>
              {printLink.image
                ? t('Scan the code, or open this link, to see and change this estimate:')
                : t('Open this link to see and change this estimate:')}
            </p>
          </div>
          <p className="report-link">{t('Open this scenario: {link}', { link: printLink.link })}</p>
        </div>
      ) : null}
    </section>
  );
}

function pageAddress(): string {
  const url = new URL(window.location.href);
  url.hash = '';
  return url.toString();
}
