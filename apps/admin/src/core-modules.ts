/**
 * The admin's core modules, written as plugins (`defineAdminPlugin`): the shell builds its side
 * nav and routes from these and from `adminPlugins` alike. Most use the shell's own messages
 * (src/i18n); a module in its own folder (modules/users) brings its messages along.
 */
import { createElement } from 'react';
import { AuditOutlined, BarChartOutlined, BellOutlined, HomeOutlined } from '@ant-design/icons';
import { defineAdminPlugin, type AdminPlugin } from '@schoolbridge/ui';
import { directoryModule } from './modules/directory';
import { trainingModule } from './modules/training';
import { usersModule } from './modules/users';

export const FIGURES_READ = 'reports.figures.read';
export const AUDIT_READ = 'platform.audit.read';

export const dashboardModule = defineAdminPlugin({
  id: 'dashboard',
  nav: [{ path: '/', label: 'nav.dashboard', icon: createElement(HomeOutlined), order: 10 }],
  routes: [{ path: '/', lazy: () => import('./pages/DashboardPage') }],
});

export const figuresModule = defineAdminPlugin({
  id: 'figures',
  nav: [{ path: '/figures', label: 'nav.figures', icon: createElement(BarChartOutlined), permission: FIGURES_READ, order: 20 }],
  routes: [{ path: '/figures', lazy: () => import('./pages/figures/FiguresPage'), permission: FIGURES_READ }],
});

export const notificationsModule = defineAdminPlugin({
  id: 'notifications',
  nav: [{ path: '/notifications', label: 'nav.notifications', icon: createElement(BellOutlined), order: 30 }],
  routes: [{ path: '/notifications', lazy: () => import('./pages/NotificationsPage') }],
});

/** The user's own account: reached from the user menu, not the side nav. */
export const accountModule = defineAdminPlugin({
  id: 'account',
  routes: [
    { path: '/account/password', lazy: () => import('./pages/account/ChangePasswordPage') },
    { path: '/account/tokens', lazy: () => import('./pages/account/ApiTokensPage') },
  ],
});

export const auditModule = defineAdminPlugin({
  id: 'audit',
  nav: [{ path: '/audit', label: 'nav.audit', icon: createElement(AuditOutlined), permission: AUDIT_READ, order: 900 }],
  routes: [{ path: '/audit', lazy: () => import('./pages/AuditPage'), permission: AUDIT_READ }],
});

/** Always on (the API's `/api/meta` lists plugins only). */
export const coreModules: AdminPlugin[] = [dashboardModule, figuresModule, notificationsModule, directoryModule, trainingModule, accountModule, usersModule, auditModule];
