/** The public entry of @schoolbridge/ui: the admin kit, the plugin contract, the app services. */
export * from './plugin/define-admin-plugin';
export { PluginProvider, usePlugins, WidgetZone } from './plugin/plugin-context';
// kit
export * from './kit';
// app (auth, api, i18n, theme)
export * from './app/api';
export * from './app/auth';
export * from './app/i18n';
export * from './app/locale';
export * from './app/theme';
export * from './app/page-title';
export { serverNow, serverTimeZone, serverToday, setServerClock } from './app/server-clock';
