import { isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { withNames } from './with-names';

const english = (text: string, values?: Parameters<typeof translate>[2]) =>
  translate('en', text, values);
const chinese = (text: string, values?: Parameters<typeof translate>[2]) =>
  translate('zh-CN', text, values);

function shape(node: unknown): unknown[] {
  return (node as unknown[]).map((part) =>
    isValidElement(part)
      ? { bdi: (part as ReactElement<{ children: unknown }>).props.children }
      : part,
  );
}

describe('withNames', () => {
  it('isolates the typed name in a bdi and leaves the rest of the sentence as text', () => {
    const overridden = '\u202Eevil name';
    expect(
      shape(withNames(english, 'Kept “{name}” for comparison.', { name: overridden })),
    ).toEqual(['Kept “', { bdi: overridden }, '” for comparison.']);
  });

  it('keeps the translation’s word order and the page’s own values as text', () => {
    expect(
      shape(
        withNames(chinese, 'The first purchase, {name} (bought {bought}), pays back on {date}.', {
          name: 'شحن',
          bought: '2027年1月1日',
          date: '2027年5月6日',
        }),
      ),
    ).toEqual(['第一笔购买「', { bdi: 'شحن' }, '」（2027年1月1日购买）于2027年5月6日回本。']);
  });

  it('isolates several names, each once', () => {
    expect(
      shape(
        withNames(
          english,
          '{stream}: buy {purchases}; this stream then costs {cost}.',
          {
            stream: 'A',
            purchases: 'B',
            cost: '$1.00',
          },
          ['stream', 'purchases'],
        ),
      ),
    ).toEqual(['', { bdi: 'A' }, ': buy ', { bdi: 'B' }, '; this stream then costs $1.00.']);
  });
});
