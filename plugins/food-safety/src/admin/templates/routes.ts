import type { AdminNavItem, AdminRoute, AdminWidget } from '@schoolbridge/ui';

const read = 'food-safety.read';
const manage = 'food-safety.manage';

/** This part's nav items (children of 食品安全), routes and widgets: 检查表 and 设置. */
export const nav: AdminNavItem[] = [
  { path: '/food-safety/templates', label: 'foodSafety.templates.nav', permission: read, order: 80 },
  { path: '/food-safety/settings', label: 'foodSafety.settings.nav', permission: manage, order: 90 },
];
export const routes: AdminRoute[] = [
  { path: '/food-safety/templates', lazy: () => import('./pages/TemplatesPage'), permission: read },
  { path: '/food-safety/templates/new', lazy: () => import('./pages/TemplateEditorPage'), permission: manage },
  { path: '/food-safety/templates/:id', lazy: () => import('./pages/TemplateDetailPage'), permission: read },
  { path: '/food-safety/templates/:id/edit', lazy: () => import('./pages/TemplateEditorPage'), permission: manage },
  { path: '/food-safety/settings', lazy: () => import('./pages/SettingsPage'), permission: read },
];
export const widgets: AdminWidget[] = [];
