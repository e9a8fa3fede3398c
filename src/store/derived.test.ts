import { describe, expect, it } from 'vitest';
import { formatPath, type Message, type MessagePath, message, simulateDetailed } from '../engine';
import { buildScenario } from '../engine/testing/scenario-builder';
import { fieldErrorsUnder, simulationOf } from './derived';

describe('fieldErrorsUnder', () => {
  const at = (path: MessagePath): [string, Message] => [
    formatPath(path),
    message('json.required', path, {}),
  ];
  const errors = Object.fromEntries([
    at(['streams', 1]),
    at(['streams', 1, 'api']),
    at(['streams', 1, 'monthlyCalls', 4]),
    at(['streams', 12, 'api']),
    at(['streams', 10]),
    at(['packages', 1, 'calls']),
  ]);
  const keysUnder = (path: MessagePath) => Object.keys(fieldErrorsUnder(errors, path));

  it('keeps the messages of the path and of its fields, and no one else’s', () => {
    expect(keysUnder(['streams', 1])).toEqual([
      'streams[1]',
      'streams[1].api',
      'streams[1].monthlyCalls[4]',
    ]);
    expect(keysUnder(['streams', 1, 'monthlyCalls'])).toEqual(['streams[1].monthlyCalls[4]']);
    expect(keysUnder(['packages', 0])).toEqual([]);
  });
});

describe('simulationOf', () => {
  const scenario = buildScenario({
    months: 3,
    streams: [
      { api: 'general-text', region: 'cn-north-4', monthlyCalls: [40_000, 50_000, 60_000] },
      { api: 'general-text', region: 'ap-southeast-1', monthlyCalls: [1000, 2000, 3000] },
    ],
    packages: [
      {
        id: 'p1',
        api: 'general-text',
        region: 'cn-north-4',
        calls: 100_000,
        price: '90',
        createdOn: '2027-01-01',
      },
    ],
  });

  it('runs a draft once whoever asks, and each edit gives what a full run gives', () => {
    const first = simulationOf(scenario);
    expect(simulationOf(scenario)).toBe(first);
    expect(first).toEqual(simulateDetailed(scenario));
    const edited = {
      ...scenario,
      streams: scenario.streams.map((stream, index) =>
        index === 1 ? { ...stream, monthlyCalls: [9000, 9000, 9000] } : stream,
      ),
    };
    expect(simulationOf(edited)).toEqual(simulateDetailed(edited));
    // Back to a draft seen before: its own run, not the edited one's.
    expect(simulationOf(scenario)).toBe(first);
  });
});
