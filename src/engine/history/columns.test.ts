import { describe, expect, it } from 'vitest';
import { detectMapping, resolveMapping } from './columns';

describe('detecting an export layout', () => {
  it('matches header names without case, surrounding spaces, a byte-order mark or runs of spaces and underscores', () => {
    expect(detectMapping(['\uFEFFDATE', ' Api ', 'REGION', ' Calls'])).toEqual({
      preset: 'plain',
      mapping: { date: 0, api: 1, region: 2, calls: 3 },
    });
    expect(
      detectMapping(['Consume  Time', 'PRODUCT__NAME', 'Region_Name', 'Usage \t Amount']),
    ).toEqual({
      preset: 'billDetailsEnglish',
      mapping: { date: 0, api: 1, region: 2, calls: 3 },
    });
  });

  it('needs the date, the API and the calls; the region may be absent', () => {
    expect(detectMapping(['date', 'api', 'calls'])).toEqual({
      preset: 'plain',
      mapping: { date: 0, api: 1, region: null, calls: 2 },
    });
    expect(detectMapping(['region', 'api', 'calls'])).toBeNull();
    expect(detectMapping(['date', 'region', 'calls'])).toBeNull();
    expect(detectMapping(['date', 'api', 'region'])).toBeNull();
    expect(detectMapping([])).toBeNull();
  });

  it('takes the most specific preset whose columns are all there', () => {
    // billDetails has 消费时间 and 使用量 but no API column here: the plain names decide.
    expect(detectMapping(['消费时间', '使用量', 'date', 'api', 'calls'])).toEqual({
      preset: 'plain',
      mapping: { date: 2, api: 3, region: null, calls: 4 },
    });
    expect(detectMapping(['区域', '使用量', '产品', '账期'])).toEqual({
      preset: 'billDetails',
      mapping: { date: 3, api: 2, region: 0, calls: 1 },
    });
  });
});

describe('mapping columns by hand', () => {
  const headers = ['when', 'what', 'where', 'how many', 'note'];

  it('takes a column number counted from 1, spaces around it allowed', () => {
    expect(resolveMapping(headers, { date: '1', api: ' 2 ', region: '3', calls: '4' })).toEqual({
      ok: true,
      mapping: { date: 0, api: 1, region: 2, calls: 3 },
    });
  });

  it('reads numbers of more than one digit', () => {
    const wide = Array.from({ length: 12 }, (_, index) => `c${index + 1}`);
    expect(resolveMapping(wide, { date: '10', api: '11', calls: '12' })).toEqual({
      ok: true,
      mapping: { date: 9, api: 10, region: null, calls: 11 },
    });
  });

  it('takes a number beyond the last column as a header name', () => {
    expect(resolveMapping(headers, { date: '1', api: '2', calls: '6' })).toEqual({
      ok: false,
      missing: ['calls'],
      unknown: ['6'],
    });
    expect(resolveMapping(headers, { date: '1', api: '2', calls: '0' })).toEqual({
      ok: false,
      missing: ['calls'],
      unknown: ['0'],
    });
    expect(
      resolveMapping(['date', 'api', 'region', '2026'], {
        date: 'date',
        api: 'api',
        region: 'region',
        calls: '2026',
      }),
    ).toEqual({
      ok: true,
      mapping: { date: 0, api: 1, region: 2, calls: 3 },
    });
  });

  it('puts hand-mapped fields over the detected preset and says which are still missing', () => {
    expect(resolveMapping(['date', 'api', 'calls', 'zone'], { region: 'Zone' })).toEqual({
      ok: true,
      mapping: { date: 0, api: 1, region: 3, calls: 2 },
    });
    expect(resolveMapping(headers, { api: 'what' })).toEqual({
      ok: false,
      missing: ['date', 'calls'],
      unknown: [],
    });
  });
});
