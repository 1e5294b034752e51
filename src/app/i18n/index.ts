/**
 * A deliberately tiny i18n: two typed catalogues, `{name}` interpolation and a persisted
 * locale store. Components get text only through `useT()`; catalogue data that is itself
 * bilingual (defect names, style names) goes through `useBilingual()`.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Bilingual } from '../../shared/schema';
import type { MutationErrorCode } from '../../shared/errors';
import type { SyncErrorCode } from '../../sync/status';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey };
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export type MessageParams = Record<string, string | number>;

export const translate = (locale: Locale, key: MessageKey, params?: MessageParams): string =>
  CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );

export const localeFromLanguage = (language: string | undefined): Locale =>
  language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: localeFromLanguage(globalThis.navigator?.language),
      setLocale: (locale) => set({ locale }),
    }),
    { name: 'qc-locale', storage: createJSONStorage(() => localStorage) },
  ),
);

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const useLocale = (): Locale => useLocaleStore((state) => state.locale);

export const useT = (): Translate => {
  const locale = useLocale();
  return (key, params) => translate(locale, key, params);
};

export const useBilingual = (): ((text: Bilingual) => string) => {
  const locale = useLocale();
  return (text) => (locale === 'zh-CN' ? text.zh : text.en);
};

/** Every error code has a message; the template type makes a missing one a compile error. */
export const errorKey = (code: SyncErrorCode | MutationErrorCode | 'unknown-local-record'): MessageKey =>
  `error.${code}`;

export const useFormatDateTime = (): ((iso: string) => string) => {
  const locale = useLocale();
  return (iso) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
};
