import type { AdminNavItem, AdminRoute, AdminWidget } from '@schoolbridge/ui';

const manage = 'food-safety.manage';

/** This part's nav item (a child of 食品安全, after 检查表 and 设置), routes and widgets: 签发机关. */
export const nav: AdminNavItem[] = [{ path: '/food-safety/authorities', label: 'foodSafety.authorities.nav', permission: manage, order: 95 }];
export const routes: AdminRoute[] = [
  { path: '/food-safety/authorities', lazy: () => import('./pages/AuthoritiesPage'), permission: manage },
  { path: '/food-safety/authorities/new', lazy: () => import('./pages/AuthorityFormPage'), permission: manage },
  { path: '/food-safety/authorities/:id/edit', lazy: () => import('./pages/AuthorityFormPage'), permission: manage },
];
export const widgets: AdminWidget[] = [];
