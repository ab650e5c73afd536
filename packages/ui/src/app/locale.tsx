/**
 * The language around the whole admin: i18next, Ant Design's locale (zh_CN / en_US), dayjs's
 * locale, the theme, and `<html lang>`. `useLanguage()` switches it and remembers the choice.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@schoolbridge/shared';
import { apiFetch } from './api';
import { rememberChosenLanguage, useOptionalAuth, type Me } from './auth';
import { switchLanguage, toLocale } from './i18n';
import { appTheme } from './theme';

/** The names of the languages, each in its own language (what a language switch shows). */
export const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

function applyDocumentLanguage(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function LocaleProvider({ i18n, theme = appTheme, children }: { i18n: I18n; theme?: ThemeConfig; children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => toLocale(i18n.language));
  useEffect(() => {
    applyDocumentLanguage(toLocale(i18n.language));
    const onChange = (lng: string) => {
      const l = toLocale(lng);
      applyDocumentLanguage(l);
      setLocale(l);
    };
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nextProvider>
  );
}

export interface LanguageControl {
  language: Locale;
  languages: readonly Locale[];
  /**
   * Switches the interface language. Signed in: saved for the user (`PATCH /api/auth/me`);
   * on the login page: remembered on this device and kept for the user who signs in next.
   */
  setLanguage(language: Locale): Promise<void>;
}

export function useLanguage(): LanguageControl {
  const { i18n } = useTranslation();
  const auth = useOptionalAuth();
  const signedIn = Boolean(auth?.me);
  const setMe = auth?.setMe;
  const setLanguage = useCallback(
    async (language: Locale) => {
      await switchLanguage(i18n, language);
      if (signedIn && setMe) {
        const me = await apiFetch<Me>('/api/auth/me', { method: 'PATCH', json: { locale: language } });
        setMe(me);
      } else {
        rememberChosenLanguage(language);
      }
    },
    [i18n, signedIn, setMe],
  );
  return { language: toLocale(i18n.language), languages: LOCALES, setLanguage };
}
