import { moneyToString, type Scenario, type Simulation } from '../../engine';

/*
 * The month and package ledgers as CSV (RFC 4180: comma separated, CRLF line ends, fields with
 * a comma, quote or line break quoted, quotes doubled). Amounts are exact decimals with a
 * point, the currency named in the header. Text cells that a spreadsheet would read as a
 * formula get a leading apostrophe, so a hostile label cannot run anything.
 */

const BYTE_ORDER_MARK = '\uFEFF';

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A file spreadsheet programs open as UTF-8 (the byte order mark tells Excel the encoding). */
export function csvFileContent(csv: string): string {
  return BYTE_ORDER_MARK + csv;
}

export function monthLedgerCsv(scenario: Scenario, simulation: Simulation): string {
  const currency = scenario.currency;
  const header = [
    'Month',
    'Calls',
    'Covered by packages',
    'Pay-per-use calls',
    `Pay-per-use cost (${currency})`,
    'Failed calls (ModelArts.4204)',
    `Package cost (${currency})`,
    `Total cost (${currency})`,
    ...scenario.packages.map((pkg) => `Calls covered by ${pkg.label || pkg.id}`),
  ];
  const rows = simulation.months.map((month) => [
    month.month,
    month.calls,
    Object.values(month.byPackage).reduce((sum, calls) => sum + calls, 0),
    month.payPerUseCalls,
    moneyToString(month.payPerUseCost),
    month.failedCalls,
    moneyToString(month.packageCost),
    moneyToString(month.totalCost),
    ...scenario.packages.map((pkg) => month.byPackage[pkg.id] ?? 0),
  ]);
  return toCsv([header, ...rows]);
}

export function packageLedgerCsv(scenario: Scenario, simulation: Simulation): string {
  const header = [
    'Package',
    'Id',
    'API',
    'Region',
    'Source',
    'Calls',
    `Price (${scenario.currency})`,
    'Bought on',
    'Takes effect on',
    'Expires on',
    'Used before the horizon',
    'Consumed',
    'Remaining after the horizon',
    'Wasted at expiry',
    'Ran out on',
    '80 % used on',
    'Utilization',
  ];
  const rows = scenario.packages.map((pkg, index) => {
    const outcome = simulation.packages[index];
    return [
      pkg.label,
      pkg.id,
      pkg.api,
      pkg.region,
      pkg.source,
      pkg.calls,
      moneyToString(pkg.price),
      pkg.createdOn,
      pkg.activatesOn,
      outcome?.expiresOn ?? null,
      pkg.usedCalls,
      outcome?.consumed ?? null,
      outcome?.remaining ?? null,
      outcome?.wasted ?? null,
      outcome?.exhaustedOn ?? null,
      outcome?.alertOn ?? null,
      outcome?.utilization ?? null,
    ];
  });
  return toCsv([header, ...rows]);
}
