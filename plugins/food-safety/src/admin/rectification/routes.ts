import { createElement } from 'react';
import { AuditOutlined, FileSyncOutlined } from '@ant-design/icons';
import type { AdminNavItem, AdminRoute, AdminWidget } from '@schoolbridge/ui';

const READ = 'food-safety.read';
const PENALTY_RECORD = 'food-safety.penalty.record';

/**
 * This part's nav items (children of 食品安全), routes and widgets: 整改通知 (the notices, overdue
 * first) and 行政处罚. The kit's nav has no badge; the overdue count shows on the inspector's home.
 */
export const nav: AdminNavItem[] = [
  { path: '/food-safety/notices', label: 'foodSafety.rectification.nav.notices', icon: createElement(FileSyncOutlined), permission: READ, order: 6 },
  { path: '/food-safety/penalties', label: 'foodSafety.rectification.nav.penalties', icon: createElement(AuditOutlined), permission: READ, order: 7 },
];

export const routes: AdminRoute[] = [
  { path: '/food-safety/notices', lazy: () => import('./pages/NoticesPage'), permission: READ },
  { path: '/food-safety/notices/:id', lazy: () => import('./pages/NoticeDetailPage'), permission: READ },
  { path: '/food-safety/penalties', lazy: () => import('./pages/PenaltiesPage'), permission: READ },
  { path: '/food-safety/penalties/new', lazy: () => import('./pages/PenaltyFormPage'), permission: PENALTY_RECORD },
];

export const widgets: AdminWidget[] = [];
