import type { AdminNavItem, AdminRoute, AdminWidget } from '@schoolbridge/ui';

const read = 'food-safety.read';
const routine = 'food-safety.routine';

/** This part's nav items (children of 食品安全), routes and widgets: 日常管理. */
export const nav: AdminNavItem[] = [{ path: '/food-safety/routine', label: 'foodSafety.routine.nav', permission: read, order: 60 }];
export const routes: AdminRoute[] = [
  { path: '/food-safety/routine', lazy: () => import('./pages/RoutinePage'), permission: read },
  { path: '/food-safety/routine/samples/new', lazy: () => import('./pages/SampleFormPage'), permission: routine },
  { path: '/food-safety/routine/records/new', lazy: () => import('./pages/RecordFormPage'), permission: routine },
  { path: '/food-safety/routine/records/:id', lazy: () => import('./pages/RecordFormPage'), permission: read },
];
export const widgets: AdminWidget[] = [];
