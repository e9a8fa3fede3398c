import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFromLanguages } from './locale';
import { translate } from './translate';
import { ZH_CN } from './zh-cn';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** Every literal text passed to t(…) in the app's source. */
function translationKeys(): Set<string> {
  const keys = new Set<string>();
  const call = /\bt\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      if (match[1] === '`' && (match[2] as string).includes('${')) continue;
      keys.add((match[2] as string).replace(/\\(['"`\\])/g, '$1'));
    }
  }
  return keys;
}

describe('translations', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'Remove {name}', { name: 'General Text 1M' })).toBe(
      'Remove General Text 1M',
    );
  });

  it('falls back to English for a text with no translation', () => {
    expect(translate('zh-CN', 'no such text')).toBe('no such text');
  });

  it('translates the page title', () => {
    expect(translate('zh-CN', 'OCR billing simulator')).toBe('OCR 计费模拟器');
  });

  it('has a Simplified Chinese text for every English text the code shows', () => {
    const missing = [...translationKeys()].filter((key) => !(key in ZH_CN));
    expect(missing).toEqual([]);
  });

  it('keeps every placeholder of the English text in its translation', () => {
    for (const [english, chinese] of Object.entries(ZH_CN)) {
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(chinese), english).toEqual(placeholders(english));
    }
  });

  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('starts a first visit with languages %j in %s', (languages, expected) => {
    expect(localeFromLanguages(languages)).toBe(expected);
  });
});
