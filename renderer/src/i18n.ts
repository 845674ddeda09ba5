import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../shared/i18n/index';
import type { Language } from '../../shared/ipc/types';

/** Starts i18next with the shared catalogs in the given language. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: catalogs.en }, fr: { translation: catalogs.fr } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the interface language at run time. */
export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
