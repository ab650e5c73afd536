import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createI18n, loadPluginMessages, toLocale } from '@schoolbridge/ui';
import { AdminApp, createQueryClient } from './app';
import { coreModules } from './core-modules';
import { adminPlugins } from './plugins';
import { buildRoutes } from './routes';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';
import 'antd/dist/reset.css';
import './styles.css';

const i18n = createI18n({ 'zh-CN': zhCN, en }, { plugins: [...coreModules, ...adminPlugins] });
const router = createBrowserRouter(buildRoutes(coreModules, adminPlugins));
const queryClient = createQueryClient();

// the plugins' words for the first language arrive before the first paint
void loadPluginMessages(i18n, toLocale(i18n.language)).finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AdminApp router={router} i18n={i18n} queryClient={queryClient} coreModules={coreModules} plugins={adminPlugins} />
    </StrictMode>,
  );
});
