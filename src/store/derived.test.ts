import { describe, expect, it } from 'vitest';
import { formatPath, type Message, type MessagePath, message } from '../engine';
import { fieldErrorsUnder } from './derived';

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
