import { decodeUsageBytes } from '../src/engine/history/encoding';
import { nameMatcher } from '../src/engine/history/names';
import { parseUsageText } from '../src/engine/history/parse-usage';
import { shippedCatalogs } from '../src/engine/testing/shipped-catalogs';

/*
 * One import in a process of its own, so its peak resident set is the import's: argv[2] is
 * "rows=N" or "mb=N". The export is bill details with Chinese headers, as a spreadsheet holds it.
 */

const [kind, amount] = (process.argv[2] ?? 'rows=1000').split('=');
const names = nameMatcher(shippedCatalogs());
const products = ['通用文字识别', '增值税发票识别', '身份证识别', '护照识别'];
const regions = ['华北-北京四', '华东-上海一', 'cn-south-1'];

function exportBytes(): { bytes: Uint8Array; rows: number } {
  const lines = ['消费时间,产品,区域,使用量,套餐内使用量'];
  let size = 0;
  const limitRows = kind === 'rows' ? Number(amount) : Number.POSITIVE_INFINITY;
  const limitBytes = kind === 'mb' ? Number(amount) * 2 ** 20 : Number.POSITIVE_INFINITY;
  for (let row = 0; row < limitRows && size < limitBytes; row += 1) {
    const day = row % 730;
    const date = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const line = `${date} ${String(row % 24).padStart(2, '0')}:00:00 GMT+08:00,${products[row % 4]},${regions[row % 3]},"${(1000 + (row % 9000)).toLocaleString('en-US')}",0`;
    lines.push(line);
    size += Buffer.byteLength(line) + 2;
  }
  const bytes = new TextEncoder().encode(lines.join('\r\n'));
  return { bytes, rows: lines.length - 1 };
}

const { bytes, rows } = exportBytes();
global.gc?.();
const before = process.memoryUsage().rss;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const { text } = decodeUsageBytes(bytes);
const result = parseUsageText(text, { names });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
if (!result.ok) throw new Error('the bench export did not map');
console.log(
  JSON.stringify({
    rows,
    megabytes: bytes.length / 2 ** 20,
    ms,
    cpuMs,
    usedRows: result.usage.usedRows,
    rssBeforeMb: before / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
