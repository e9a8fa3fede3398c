import { useCallback } from 'react';
import { currentLocale, type Locale, useLocale } from './locale';
import { ZH_CN } from './zh-cn';

/*
 * Text in the page's language. English text is the key (what a reader of the code sees is what
 * an English user sees); the Chinese dictionary maps each key to its translation. `{name}`
 * placeholders are filled from `values`. A test checks every key used in the code has a
 * translation.
 */

export type TranslationValues = Readonly<Record<string, string | number>>;

const DICTIONARIES: Record<Locale, Readonly<Record<string, string>> | null> = {
  en: null,
  'zh-CN': ZH_CN,
};

export function translate(locale: Locale, text: string, values?: TranslationValues): string {
  const template = DICTIONARIES[locale]?.[text] ?? text;
  return values
    ? template.replace(/\{(\w+)\}/g, (whole, key: string) =>
        key in values ? String(values[key]) : whole,
      )
    : template;
}

/** Translates in the current locale (outside React). */
export function t(text: string, values?: TranslationValues): string {
  return translate(currentLocale(), text, values);
}

export type Translate = (text: string, values?: TranslationValues) => string;

/**
 * A translator bound to the current locale; components using it re-render when it changes. The
 * same function while the locale stays, so memoized output keyed by it is kept across renders.
 */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback((text, values) => translate(locale, text, values), [locale]);
}
