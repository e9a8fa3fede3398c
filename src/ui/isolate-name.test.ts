import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { isolateName, labelWithNames } from './isolate-name';

const english = (text: string, values?: Parameters<typeof translate>[2]) =>
  translate('en', text, values);

describe('isolateName and labelWithNames', () => {
  it('wraps a typed name in first-strong isolate and pop directional isolate', () => {
    expect(isolateName('شحن')).toBe('\u2068شحن\u2069');
    expect(labelWithNames(english, 'Open {name}', { name: '\u202Eevil' })).toBe(
      'Open \u2068\u202Eevil\u2069',
    );
  });

  it('drops a closing isolate in the name that would end the isolate early', () => {
    expect(isolateName('a\u2069\u202Eb')).toBe('\u2068a\u202Eb\u2069');
    // One the name opened itself stays, with its own close.
    expect(isolateName('\u2067x\u2069\u2069y')).toBe('\u2068\u2067x\u2069y\u2069');
  });

  it('isolates only the placeholders that hold typed names', () => {
    expect(
      labelWithNames(english, 'Remove tier {number} of {name}', { number: 2, name: 'Plan' }),
    ).toBe('Remove tier 2 of \u2068Plan\u2069');
  });
});
