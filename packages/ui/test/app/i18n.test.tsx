import { act, renderHook } from '@testing-library/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineAdminPlugin } from '../../src/plugin/define-admin-plugin';
import { createI18n, loadPluginMessages, mergeMessages, storedLanguage, switchLanguage, toLocale } from '../../src/app/i18n';

afterEach(() => localStorage.clear());

const core = { 'zh-CN': { nav: { home: '首页', onlyChinese: '仅中文' } }, en: { nav: { home: 'Home' } } };

describe('createI18n', () => {
  it('starts in zh-CN, falls back to zh-CN, and carries the kit’s words', () => {
    const i18n = createI18n(core);
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('nav.home')).toBe('首页');
    expect(i18n.t('kit.table.search')).toBe('查询');
    void i18n.changeLanguage('en');
    expect(i18n.t('nav.home')).toBe('Home');
    expect(i18n.t('nav.onlyChinese')).toBe('仅中文');
    expect(i18n.t('kit.table.search')).toBe('Search');
  });

  it('starts in the language remembered on this device', () => {
    localStorage.setItem('sb.locale', 'en');
    expect(storedLanguage()).toBe('en');
    expect(createI18n(core).language).toBe('en');
  });

  it("loads each plugin's messages lazily, per language, once", async () => {
    const zh = vi.fn(async () => ({ default: { demo: { nav: '演示' } } }));
    const en = vi.fn(async () => ({ demo: { nav: 'Demo' } }));
    const plugin = defineAdminPlugin({ id: 'demo', messages: { 'zh-CN': zh, en } });
    const i18n = createI18n(core, { plugins: [plugin], language: 'zh-CN' });
    await loadPluginMessages(i18n, 'zh-CN');
    expect(i18n.t('demo.nav')).toBe('演示');
    expect(en).not.toHaveBeenCalled();

    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('demo.nav')).toBe('Demo');
    expect(localStorage.getItem('sb.locale')).toBe('en');
    await switchLanguage(i18n, 'zh-CN');
    expect(zh).toHaveBeenCalledTimes(1);
  });

  it('loads the plugins’ words when the language is switched through the hook’s i18n (react-i18next wraps the instance)', async () => {
    const en = vi.fn(async () => ({ default: { hooked: { nav: 'Hooked' } } }));
    const plugin = defineAdminPlugin({ id: 'hooked', messages: { 'zh-CN': async () => ({ default: { hooked: { nav: '挂钩' } } }), en } });
    const i18n = createI18n(core, { plugins: [plugin], language: 'zh-CN' });
    await loadPluginMessages(i18n, 'zh-CN');
    const { result } = renderHook(() => useTranslation(), { wrapper: ({ children }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider> });
    expect(result.current.i18n).not.toBe(i18n);
    await act(() => switchLanguage(result.current.i18n, 'en'));
    expect(en).toHaveBeenCalledTimes(1);
    expect(i18n.t('hooked.nav')).toBe('Hooked');
    await switchLanguage(i18n, 'zh-CN');
  });

  it("keeps going when a plugin's messages fail to load", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const plugin = defineAdminPlugin({ id: 'broken', messages: { 'zh-CN': async () => Promise.reject(new Error('offline')) } });
    const i18n = createI18n(core, { plugins: [plugin], language: 'zh-CN' });
    await loadPluginMessages(i18n, 'zh-CN');
    expect(i18n.t('nav.home')).toBe('首页');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('helpers', () => {
  it('merges message trees deeply, later ones winning', () => {
    expect(mergeMessages({ a: { b: '1', c: '2' } }, { a: { c: '3' }, d: '4' })).toEqual({ a: { b: '1', c: '3' }, d: '4' });
  });

  it('maps language codes to the two interface languages', () => {
    expect(toLocale('zh')).toBe('zh-CN');
    expect(toLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale(undefined)).toBe('zh-CN');
  });
});
