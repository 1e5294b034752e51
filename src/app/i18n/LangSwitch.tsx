import { LOCALES, useLocaleStore, useT, type Locale } from './index';

/** Each option names its language in that language, so anyone can find their own. */
const NATIVE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export const LangSwitch = () => {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const setLocale = useLocaleStore((state) => state.setLocale);
  return (
    <select
      data-testid="lang-switch"
      aria-label={t('lang.label')}
      className="lang-switch"
      value={locale}
      onChange={(event) => setLocale(event.target.value as Locale)}
    >
      {LOCALES.map((value) => (
        <option key={value} value={value}>
          {NATIVE_NAMES[value]}
        </option>
      ))}
    </select>
  );
};
