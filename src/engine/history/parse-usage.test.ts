import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCatalogs } from '../testing/shipped-catalogs';
import { parseCalls } from './aggregate';
import { decodeUsageBytes, detectEncoding } from './encoding';
import { billingMonthOf } from './month-of-time';
import { nameMatcher } from './names';
import { parseUsageText, readHeaders } from './parse-usage';

const names = nameMatcher(shippedCatalogs());

function parse(text: string, hand = {}) {
  const result = parseUsageText(text, { names, hand });
  if (!result.ok) throw new Error(`mapping failed: ${JSON.stringify(result)}`);
  return result;
}

describe('the billing month of an export time', () => {
  it.each([
    ['2026-03-05 10:00:00 GMT+08:00', '2026-03'],
    ['2026-03-31 23:30:00 GMT+00:00', '2026-04'],
    ['2026-03-31T23:30:00Z', '2026-04'],
    ['2026-03-31T15:59:59Z', '2026-03'],
    ['2026-03-31T16:00:00Z', '2026-04'],
    ['2026-04-01T01:00:00+09:00', '2026-04'],
    ['2026-04-01T00:30:00+09:00', '2026-03'],
    ['2026-04-01 07:00:00 GMT-05:00', '2026-04'],
    ['2026-12-31T20:00:00-0500', '2027-01'],
    ['2026-03-31 23:30:00', '2026-03'],
    ['2026-03-31', '2026-03'],
    ['2026/3/5', '2026-03'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['yesterday', null],
    ['', null],
  ])('%s is in %s', (text, month) => {
    expect(billingMonthOf(text)).toBe(month);
  });
});

describe('calls as written', () => {
  it.each([
    ['1234', 1234],
    ['1,234,567', 1234567],
    ['12.00', 12],
    [' 7 ', 7],
    ['12.5', null],
    ['-3', null],
    ['1,23', null],
    ['abc', null],
    ['', null],
  ])('%s reads as %s', (text, calls) => {
    expect(parseCalls(text)).toBe(calls);
  });
});

describe('encodings', () => {
  const text = '消费时间,产品,区域,使用量\n2026-03-05,护照识别,华北-北京四,10\n';
  const gbk = new Uint8Array([
    // 合计 in GBK: the bytes a Chinese spreadsheet program writes.
    0xba, 0xcf, 0xbc, 0xc6,
  ]);

  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(detectEncoding(plain)).toBe('utf-8');
    expect(detectEncoding(withBom)).toBe('utf-8');
    expect(decodeUsageBytes(withBom).text).toBe(text);
    expect(decodeUsageBytes(plain).text).toBe(text);
  });

  it('reads GBK as GB18030', () => {
    expect(detectEncoding(gbk)).toBe('gb18030');
    expect(decodeUsageBytes(gbk).text).toBe('合计');
  });

  it('parses a GBK export the same as its UTF-8', () => {
    // GB18030 round trip of the export through the decoder's own table.
    const bytes = gbkBytes(text);
    expect(detectEncoding(bytes)).toBe('gb18030');
    expect(parse(decodeUsageBytes(bytes).text).usage).toEqual(parse(text).usage);
  });
});

/** GB18030 bytes of a text, found by searching the decoder's two-byte table (tests only). */
function gbkBytes(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(char) ?? []));
  }
  return new Uint8Array(bytes);
}

describe('a usage export', () => {
  it('reads the Chinese bill details preset, with quoted fields, totals and blank lines', () => {
    const result = parse(
      [
        '消费时间,产品,区域,使用量,套餐内使用量',
        '2026-01-05 10:00:00 GMT+08:00,护照识别,华北-北京四,"1,000",1000',
        '',
        '2026-01-31 23:30:00 GMT+00:00,Passport,cn-north-4,5,0',
        '"2026-02-02 09:00:00 GMT+08:00","General ',
        'Text",cn-north-4,7,0',
        '2026-04-02,passport,华北-北京四,3,0',
        '合计,,,1015,',
        '2026-04-03,Weather Forecast,cn-north-4,3,0',
        '2026-04-03,passport,Mars,3,0',
        '2026-04-03,passport,cn-north-4,three,0',
        'soon,passport,cn-north-4,3,0',
        '',
      ].join('\r\n'),
    );
    expect(result.preset).toBe('billDetails');
    expect(result.usage.streams).toEqual([
      {
        api: 'general-text',
        region: 'cn-north-4',
        history: [{ month: '2026-02', calls: 7 }],
      },
      {
        api: 'passport',
        region: 'cn-north-4',
        history: [
          { month: '2026-01', calls: 1000 },
          { month: '2026-02', calls: 5 },
          { month: '2026-03', calls: 0 },
          { month: '2026-04', calls: 3 },
        ],
      },
    ]);
    expect(result.usage.skipped).toEqual([
      { line: 8, reason: { code: 'totalRow' } },
      { line: 9, reason: { code: 'unknownApi', value: 'Weather Forecast' } },
      { line: 10, reason: { code: 'unknownRegion', value: 'Mars' } },
      { line: 11, reason: { code: 'badNumber', value: 'three' } },
      { line: 12, reason: { code: 'badDate', value: 'soon' } },
    ]);
  });

  it('reads the English bill details and the deduction records', () => {
    const english = parse(
      'consume_time,product_name,region,usage\n2026-05-01T00:00:00+08:00,General Text,CN North-Beijing4,9\n',
    );
    expect(english.preset).toBe('billDetailsEnglish');
    expect(english.usage.streams[0]).toMatchObject({ api: 'general-text', region: 'cn-north-4' });
    const deductions = parse(
      'deduct_time,resource_type_name,region,used_amount\n2026-05-01 08:00:00 GMT+08:00,通用文字识别,cn-north-4,4\n',
    );
    expect(deductions.preset).toBe('deductionRecords');
    expect(deductions.usage.streams[0]?.history).toEqual([{ month: '2026-05', calls: 4 }]);
  });

  it('uses the first of duplicate header names, and a hand mapping by name or number', () => {
    const text = 'date,api,region,calls,calls\n2026-05-01,passport,cn-north-4,2,40\n';
    expect(parse(text).usage.streams[0]?.history).toEqual([{ month: '2026-05', calls: 2 }]);
    expect(parse(text, { calls: '5' }).usage.streams[0]?.history).toEqual([
      { month: '2026-05', calls: 40 },
    ]);
    const own = 'when,what,where,how many\n2026-05-01,passport,cn-north-4,6\n';
    expect(parseUsageText(own, { names })).toMatchObject({
      ok: false,
      missing: ['date', 'api', 'calls'],
    });
    expect(
      parse(own, { date: 'when', api: 'WHAT', region: 'where', calls: 'how many' }).preset,
    ).toBeNull();
  });

  it('names a column that is not in the file', () => {
    expect(parseUsageText('date,api,calls\n', { names, hand: { region: 'zone' } })).toMatchObject({
      ok: false,
      unknown: ['zone'],
    });
  });

  it('reports a row too short for the mapping', () => {
    expect(parse('date,api,region,calls\n2026-05-01,passport\n').usage.skipped).toEqual([
      { line: 2, reason: { code: 'missingColumn', column: 'region' } },
    ]);
  });
});

describe('the header row and the lines', () => {
  it('takes the first row with any text as the header, passing over blank lines before it', () => {
    const text = '\n  ,  , \n date ,api,,calls\n2026-05-01,passport,x,2\n';
    expect(readHeaders(text)).toEqual([' date ', 'api', '', 'calls']);
    const result = parseUsageText(text, { names, defaultRegion: 'cn-north-4' });
    expect(result).toMatchObject({ ok: true, preset: 'plain' });
    if (!result.ok) return;
    expect(result.usage.skipped).toEqual([]);
    expect(result.usage.streams).toEqual([
      { api: 'passport', region: 'cn-north-4', history: [{ month: '2026-05', calls: 2 }] },
    ]);
  });

  it('has no header and no mapping for an empty text', () => {
    expect(readHeaders('')).toEqual([]);
    expect(parseUsageText('', { names })).toEqual({
      ok: false,
      headers: [],
      missing: ['date', 'api', 'calls'],
      unknown: [],
    });
  });

  it('counts the lines of quoted fields that start or end with a line break', () => {
    const text = [
      'date,api,region,calls',
      '2026-05-01,"',
      'passport",cn-north-4,1',
      '2026-05-01,passport,"cn-north-4',
      '",x',
      '2026-05-01,passport,cn-north-4,y',
    ].join('\n');
    const { usage } = parse(text);
    expect(usage.usedRows).toBe(1);
    expect(usage.skipped).toEqual([
      { line: 4, reason: { code: 'badNumber', value: 'x' } },
      { line: 6, reason: { code: 'badNumber', value: 'y' } },
    ]);
  });

  it('says which preset it read unless the columns were mapped by hand', () => {
    const text = 'date,api,region,calls\n2026-05-01,passport,cn-north-4,2\n';
    expect(parseUsageText(text, { names })).toMatchObject({ ok: true, preset: 'plain' });
    expect(parseUsageText(text, { names, hand: {} })).toMatchObject({ ok: true, preset: 'plain' });
    expect(parseUsageText(text, { names, hand: { calls: '4' } })).toMatchObject({
      ok: true,
      preset: null,
    });
  });

  // A file long enough for one report on the way (one each 50,000 rows); blank lines keep it quick.
  it('reports its progress now and then, growing to the whole text', { timeout: 60_000 }, () => {
    const blank = Array.from({ length: 60_000 }, () => '');
    const text = ['date,api,region,calls', ...blank, '2026-05-01,passport,cn-north-4,1'].join('\n');
    const shares: number[] = [];
    const result = parseUsageText(text, { names, onProgress: (share) => shares.push(share) });
    expect(result.ok && result.usage).toMatchObject({ usedRows: 1, skipped: [] });
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.length).toBeLessThan(10);
    expect(shares.at(-1)).toBe(1);
    for (const share of shares.slice(0, -1)) {
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(1);
    }
    expect(parseUsageText(text, { names }).ok).toBe(true);
  });
});

describe('aggregation', () => {
  const rows = fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 800 }),
      api: fc.constantFrom('passport', '护照识别', 'General Text', 'unknown thing'),
      calls: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map(String), fc.constant('n/a')),
      quoted: fc.boolean(),
    }),
    { maxLength: 60 },
  );

  it('keeps every call of a usable row and reports every other row', () => {
    fc.assert(
      fc.property(rows, (generated) => {
        const lines = generated.map(({ day, api, calls, quoted }) => {
          const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString();
          return `${date},${quoted ? `"${api}"` : api},cn-north-4,${calls}`;
        });
        const { usage } = parse(['date,api,region,calls', ...lines].join('\n'));
        const usable = generated.filter(
          (row) => row.api !== 'unknown thing' && row.calls !== 'n/a',
        );
        const historySum = usage.streams
          .flatMap((stream) => stream.history)
          .reduce((sum, month) => sum + month.calls, 0);
        expect(historySum).toBe(usable.reduce((sum, row) => sum + Number(row.calls), 0));
        expect(usage.usedRows + usage.skipped.length).toBe(generated.length);
        expect(usage.skipped.map((row) => row.line)).toEqual(
          generated.flatMap((row, index) =>
            row.api === 'unknown thing' || row.calls === 'n/a' ? [index + 2] : [],
          ),
        );
        for (const stream of usage.streams) {
          const months = stream.history.map((month) => month.month);
          expect(months).toEqual([...months].sort());
          expect(new Set(months).size).toBe(months.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});
