import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalog, messagesAt, parseCatalog, renderRule } from '../../engine';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft, type ScenarioDraft } from '../../store/draft';
import {
  earlierTwin,
  nextStreamPlace,
  regionForApi,
  sharedPlaceMessage,
  streamName,
  withCatalogPrice,
  withNewStream,
  withStreamApi,
} from './stream-defaults';

function loadCatalog(id: string): Catalog {
  const path = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs', `${id}.json`);
  const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.catalog;
}

const international = loadCatalog('international');
const mainland = loadCatalog('mainland');

describe('nextStreamPlace', () => {
  it.each([
    {
      name: 'takes the first API in its first region when nothing is used',
      streams: [],
      place: { api: 'passport', region: 'ap-southeast-1' },
    },
    {
      name: 'takes the same API in its next region when the first is used',
      streams: [{ api: 'passport', region: 'ap-southeast-1' }],
      place: { api: 'passport', region: 'ap-southeast-2' },
    },
    {
      name: 'moves to the next API when every region of the first is used',
      streams: [
        { api: 'passport', region: 'ap-southeast-1' },
        { api: 'passport', region: 'ap-southeast-2' },
      ],
      place: { api: 'general-text', region: 'ap-southeast-1' },
    },
  ])('$name', ({ streams, place }) => {
    expect(nextStreamPlace(international, streams)).toEqual(place);
  });

  it('gives a blank place without a catalog', () => {
    expect(nextStreamPlace(undefined, [])).toEqual({ api: '', region: '' });
  });
});

describe('regionForApi', () => {
  it.each([
    {
      name: 'keeps a region that offers the API',
      api: 'passport',
      current: 'ap-southeast-2',
      taken: [],
      region: 'ap-southeast-2',
    },
    {
      name: 'moves to the first region offering the API',
      api: 'general-table',
      current: 'ap-southeast-1',
      taken: [],
      region: 'ap-southeast-3',
    },
    {
      name: 'skips a region where another stream already calls the API',
      api: 'passport',
      current: 'ap-southeast-3',
      taken: [{ api: 'passport', region: 'ap-southeast-1' }],
      region: 'ap-southeast-2',
    },
    {
      name: 'takes the first region when every one is taken',
      api: 'general-table',
      current: 'ap-southeast-1',
      taken: [{ api: 'general-table', region: 'ap-southeast-3' }],
      region: 'ap-southeast-3',
    },
  ])('$name', ({ api, current, taken, region }) => {
    expect(regionForApi(international, api, current, taken)).toBe(region);
  });

  it('keeps the region as typed without a catalog', () => {
    expect(regionForApi(undefined, 'passport', 'somewhere')).toBe('somewhere');
  });
});

describe('withCatalogPrice', () => {
  it("adds the catalog's entry for every region when the API has none", () => {
    const prices = withCatalogPrice([], 'general-text', mainland);
    expect(prices).toEqual([
      {
        api: 'general-text',
        region: null,
        mode: 'graduated',
        tiers: [{ upTo: '', unitPrice: '0.08' }],
      },
    ]);
  });

  it.each([
    {
      name: 'the API already has an entry',
      prices: DEMO_DRAFT.payPerUse,
      api: 'passport',
      catalog: international,
    },
    { name: 'there is no catalog', prices: [], api: 'passport', catalog: undefined },
    {
      name: 'the catalog does not price the API',
      prices: [],
      api: 'not-an-api',
      catalog: international,
    },
  ])('changes nothing when $name', ({ prices, api, catalog }) => {
    expect(withCatalogPrice(prices, api, catalog)).toBe(prices);
  });
});

describe('withNewStream', () => {
  it('adds an unused stream and its price in one valid draft', () => {
    const draft = withNewStream(DEMO_DRAFT, international);
    const added = draft.streams.at(-1);
    expect(added).toMatchObject({
      api: 'passport',
      region: 'ap-southeast-2',
      callsSource: 'generated',
    });
    expect(draft.payPerUse).toHaveLength(DEMO_DRAFT.payPerUse.length);
    expect(new Set(draft.streams.map((stream) => stream.id)).size).toBe(draft.streams.length);
    expect(checkDraft(draft).parsed.ok).toBe(true);
  });

  it("brings the API's catalog price when the draft has none", () => {
    const empty: ScenarioDraft = { ...DEMO_DRAFT, streams: [], packages: [], payPerUse: [] };
    const draft = withNewStream(empty, international);
    expect(draft.payPerUse.map((entry) => entry.api)).toEqual(['passport']);
    expect(checkDraft(draft).parsed.ok).toBe(true);
  });

  it('adds a blank stream without a catalog, which the engine asks to fill in', () => {
    const draft = withNewStream(DEMO_DRAFT, undefined);
    expect(draft.streams.at(-1)).toMatchObject({ api: '', region: '' });
    expect(checkDraft(draft).fieldErrors['streams[3].api']).toBeDefined();
  });
});

describe('withStreamApi', () => {
  it('moves the region to one offering the new API and adds its price', () => {
    const draft = withStreamApi(DEMO_DRAFT, 0, 'web-image', international);
    expect(draft.streams[0]).toMatchObject({ api: 'web-image', region: 'ap-southeast-2' });
    expect(draft.payPerUse.at(-1)).toMatchObject({ api: 'web-image', region: null });
    expect(checkDraft(draft).parsed.ok).toBe(true);
  });

  it('changes nothing when the API is the same', () => {
    expect(withStreamApi(DEMO_DRAFT, 0, 'general-text', international)).toBe(DEMO_DRAFT);
  });
});

describe('streamName', () => {
  it.each([
    {
      stream: { api: 'general-text', region: 'ap-southeast-1' },
      catalog: international,
      name: 'General Text in CN-Hong Kong',
    },
    {
      stream: { api: 'general-text', region: 'ap-southeast-1' },
      catalog: undefined,
      name: 'general-text in ap-southeast-1',
    },
    {
      stream: { api: 'passport', region: '' },
      catalog: international,
      name: 'Passport in no region',
    },
    { stream: { api: '', region: '' }, catalog: undefined, name: 'New stream' },
  ])('names $stream.api in $stream.region as "$name"', ({ stream, catalog, name }) => {
    expect(streamName(stream, catalog)).toBe(name);
  });
});

describe('sharedPlaceMessage', () => {
  const streams = [
    { api: 'passport', region: 'ap-southeast-1' },
    { api: 'general-text', region: 'ap-southeast-1' },
    { api: 'passport', region: 'ap-southeast-1' },
    { api: '', region: '' },
    { api: '', region: '' },
  ];
  const said = (index: number) => {
    const stream = streams[index];
    if (!stream) throw new Error(`no stream ${index}`);
    const shared = sharedPlaceMessage(stream, index, earlierTwin(streams, index));
    return shared && renderRule(shared);
  };
  it.each([
    { index: 0, message: null },
    { index: 1, message: null },
    {
      index: 2,
      message:
        'streams[0] already projects passport in ap-southeast-1: one stream per API and region',
    },
    { index: 4, message: null },
  ])('says $message for stream $index', ({ index, message }) => {
    expect(said(index)).toBe(message);
  });

  it('says what the engine says', () => {
    const [, passport] = DEMO_DRAFT.streams;
    if (!passport) throw new Error('the demo has a passport stream');
    const draft = { ...DEMO_DRAFT, streams: [...DEMO_DRAFT.streams, { ...passport, id: 'twin' }] };
    const twin = draft.streams[3];
    if (!twin) throw new Error('the twin is stream 3');
    expect(messagesAt(checkDraft(draft).generalErrors, ['streams', 3])).toEqual([
      sharedPlaceMessage(twin, 3, earlierTwin(draft.streams, 3)),
    ]);
  });
});
