import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/*
 * The page's language: English or Simplified Chinese. A first visit follows the browser's
 * language; a choice is remembered in localStorage, apart from the scenario.
 */

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The locale a first visit starts in, from the browser's preferred languages. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh'))
      return lower.includes('hant') || /-(tw|hk|mo)$/.test(lower) ? 'en' : 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function browserLocale(): Locale {
  const navigatorLike = (
    globalThis as { navigator?: { languages?: readonly string[]; language?: string } }
  ).navigator;
  return localeFromLanguages(
    navigatorLike?.languages ?? (navigatorLike?.language ? [navigatorLike.language] : []),
  );
}

type LocaleStore = { readonly locale: Locale; readonly setLocale: (locale: Locale) => void };

export const useLocaleStore = create<LocaleStore>()(
  persist((set) => ({ locale: browserLocale(), setLocale: (locale) => set({ locale }) }), {
    name: 'ocr-billing-simulator:language',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: (state) => ({ locale: state.locale }),
    merge: (persisted, current) => {
      const locale = (persisted as { locale?: unknown } | undefined)?.locale;
      return (LOCALES as readonly unknown[]).includes(locale)
        ? { ...current, locale: locale as Locale }
        : current;
    },
  }),
);

/** The locale now, for code outside React (formatting helpers). */
export function currentLocale(): Locale {
  return useLocaleStore.getState().locale;
}

export function useLocale(): Locale {
  return useLocaleStore((state) => state.locale);
}
