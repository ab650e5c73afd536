import type { AdminNavItem, AdminRoute, AdminWidget } from '@schoolbridge/ui';

const read = 'food-safety.read';
const manage = 'food-safety.manage';
const handlersManage = 'food-safety.handlers.manage';

/** This part's nav items (children of 食品安全), routes and widgets: 食堂与供餐单位 and 从业人员. */
export const nav: AdminNavItem[] = [
  { path: '/food-safety/canteens', label: 'foodSafety.canteens.nav', permission: read, order: 40 },
  { path: '/food-safety/handlers', label: 'foodSafety.handlers.nav', permission: read, order: 50 },
];
export const routes: AdminRoute[] = [
  { path: '/food-safety/canteens', lazy: () => import('./pages/CanteensPage'), permission: read },
  { path: '/food-safety/canteens/new', lazy: () => import('./pages/CanteenFormPage'), permission: manage },
  { path: '/food-safety/canteens/:id', lazy: () => import('./pages/CanteenDetailPage'), permission: read },
  { path: '/food-safety/canteens/:id/edit', lazy: () => import('./pages/CanteenFormPage'), permission: manage },
  { path: '/food-safety/handlers', lazy: () => import('./pages/HandlersPage'), permission: read },
  { path: '/food-safety/handlers/new', lazy: () => import('./pages/HandlerFormPage'), permission: handlersManage },
  { path: '/food-safety/handlers/:id/edit', lazy: () => import('./pages/HandlerFormPage'), permission: handlersManage },
];
export const widgets: AdminWidget[] = [];
