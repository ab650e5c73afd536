/**
 * The admin's i18next: zh-CN by default and as the fallback, English on request. Resources are the
 * shell's core messages, the kit's words and each plugin's messages (loaded lazily, per language).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@schoolbridge/shared';
import type { AdminPlugin } from '../plugin/define-admin-plugin';
import { kitMessages } from '../kit/i18n';
import { setApiLanguage } from './api';

/** Where the login page remembers the chosen language (signed-in users keep theirs on the server). */
export const LOCALE_STORAGE_KEY = 'sb.locale';

export type MessageTree = { [key: string]: string | MessageTree };
export type AppMessages = Partial<Record<Locale, Record<string, unknown>>>;

export interface CreateI18nOptions {
  /** Plugins (and core modules) whose `messages` are loaded with each language. */
  plugins?: readonly AdminPlugin[];
  /** The first language; default: the one remembered in localStorage, else zh-CN. */
  language?: Locale;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Deep merge of message trees; later trees win. */
export function mergeMessages(...trees: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const tree of trees) {
    for (const [k, v] of Object.entries(tree)) {
      const prev = out[k];
      out[k] = isPlainObject(prev) && isPlainObject(v) ? mergeMessages(prev, v) : v;
    }
  }
  return out;
}

/** The language remembered on this device, if any. */
export function storedLanguage(): Locale | null {
  try {
    const v = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** The app's language for any language code (`zh`, `zh-Hans-CN` → zh-CN; the rest → en). */
export function toLocale(language: string | undefined | null): Locale {
  if (!language) return DEFAULT_LOCALE;
  if (isLocale(language)) return language;
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

const pluginsOf = new WeakMap<I18n, readonly AdminPlugin[]>();
const loading = new WeakMap<I18n, Map<string, Promise<void>>>();

/**
 * The instance itself: react-i18next 17's `useTranslation()` hands out a wrapper around it (with the
 * instance as `__original`), so identity lookups must unwrap first.
 */
function instanceOf(i18n: I18n): I18n {
  return (i18n as I18n & { __original?: I18n }).__original ?? i18n;
}

/** Loads every plugin's messages for `language` into `i18n` (once per plugin and language). */
export async function loadPluginMessages(wrapped: I18n, language: Locale): Promise<void> {
  const i18n = instanceOf(wrapped);
  const plugins = pluginsOf.get(i18n) ?? [];
  const started = loading.get(i18n) ?? new Map<string, Promise<void>>();
  loading.set(i18n, started);
  await Promise.all(
    plugins.map((p) => {
      const key = `${p.id}\u0000${language}`;
      const loader = p.messages?.[language];
      if (!loader) return Promise.resolve();
      let pending = started.get(key);
      if (!pending) {
        pending = loader().then(
          (mod) => {
            const tree = isPlainObject((mod as { default?: unknown }).default)
              ? (mod as { default: Record<string, unknown> }).default
              : (mod as Record<string, unknown>);
            i18n.addResourceBundle(language, 'translation', tree, true, false);
          },
          (err: unknown) => {
            // a plugin's missing words must not take the admin down: its keys show until a reload
            started.delete(key);
            console.error(`messages of plugin ${p.id} (${language}) failed to load`, err);
          },
        );
        started.set(key, pending);
      }
      return pending;
    }),
  );
}

/** Switches the language after its plugin messages are loaded, and remembers it on this device. */
export async function switchLanguage(i18n: I18n, language: Locale): Promise<void> {
  await loadPluginMessages(i18n, language);
  storeLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/**
 * Creates the admin's i18next instance (react-i18next bound): `messages` are the shell's own words
 * per language; the kit's words and the plugins' lazy messages are merged in.
 */
export function createI18n(messages: AppMessages, options: CreateI18nOptions = {}): I18n {
  const language = options.language ?? storedLanguage() ?? DEFAULT_LOCALE;
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const l of LOCALES) resources[l] = { translation: mergeMessages(kitMessages(l) as Record<string, unknown>, messages[l] ?? {}) };
  const i18n = i18next.createInstance();
  pluginsOf.set(i18n, options.plugins ?? []);
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false, bindI18n: 'languageChanged loaded', bindI18nStore: 'added' },
  });
  setApiLanguage(language);
  i18n.on('languageChanged', (l) => setApiLanguage(toLocale(l)));
  void loadPluginMessages(i18n, language);
  return i18n;
}
