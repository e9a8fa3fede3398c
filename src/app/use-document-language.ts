import { useEffect } from 'react';
import { useLocale } from '../i18n/locale';
import { t } from '../i18n/translate';

/** Keeps <html lang> and the document title in the page's language, for screen readers and search. */
export function useDocumentLanguage(): void {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('OCR billing simulator');
  }, [locale]);
}
