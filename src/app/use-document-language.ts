import { useEffect } from 'react';
import { useLocale } from '../i18n/locale';
import { t } from '../i18n/translate';

/** Keeps <html lang> and the document title in the page's language, for screen readers and search. */
export function useDocumentLanguage(): void {
  const locale = useLocale();
  useEffect(() => {
    const root = document.documentElement;
    // Only when it changes: setting <html lang>, even to the same value, makes the browser look
    // at the style of every element again (over 100 ms on a phone with the whole page drawn).
    if (root.lang !== locale) root.lang = locale;
    const title = t('OCR billing simulator');
    if (document.title !== title) document.title = title;
  }, [locale]);
}
