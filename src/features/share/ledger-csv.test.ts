import { describe, expect, it } from 'vitest';
import { simulateDetailed } from '../../engine';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft } from '../../store/draft';
import { csvFileContent, monthLedgerCsv, packageLedgerCsv, toCsv } from './ledger-csv';

/** A strict RFC 4180 reader, to prove what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += character;
  }
  return rows;
}

const demo = checkDraft(DEMO_DRAFT);
if (!demo.parsed.ok) throw new Error('the demo must be valid');
const scenario = demo.parsed.scenario;
const simulation = simulateDetailed(scenario);

describe('CSV ledgers', () => {
  it('quotes commas, quotes and line breaks, and ends every line with CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 3, null]])).toBe(
      '"a,b","say ""hi""","two\nlines",3,\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '@SUM(A1)', 'plain']])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'@SUM(A1),plain\r\n`,
    );
  });

  it('writes negative numbers as numbers', () => {
    expect(toCsv([[-3]])).toBe('-3\r\n');
  });

  it('reads the month ledger back with exact decimals and the currency stated', () => {
    const rows = parseCsv(monthLedgerCsv(scenario, simulation));
    expect(rows[0]?.slice(0, 8)).toEqual([
      'Month',
      'Calls',
      'Covered by packages',
      'Pay-per-use calls',
      'Pay-per-use cost (USD)',
      'Failed calls (ModelArts.4204)',
      'Package cost (USD)',
      'Total cost (USD)',
    ]);
    expect(rows).toHaveLength(13);
    const may = rows.find((row) => row[0] === '2027-05');
    const mayResult = simulation.months[4];
    expect(may?.[1]).toBe(String(mayResult?.calls));
    expect(may?.[7]).toBe('303.894');
    expect(may?.[5]).toBe(String(mayResult?.failedCalls));
  });

  it('reads the package ledger back, one row a package', () => {
    const rows = parseCsv(packageLedgerCsv(scenario, simulation));
    expect(rows).toHaveLength(scenario.packages.length + 1);
    const owned = rows.find((row) => row[1] === 'passport-owned');
    expect(owned).toMatchObject({
      0: 'Passport 100k (owned)',
      9: '2027-04-01',
      13: '13090',
      16: '0.8691',
    });
  });

  it('starts the file with a byte order mark so spreadsheets read UTF-8', () => {
    expect(csvFileContent('a\r\n').charCodeAt(0)).toBe(0xfeff);
  });
});
