import { createElement } from 'react';
import { AuditOutlined, CarOutlined, DashboardOutlined, FileDoneOutlined, FlagOutlined } from '@ant-design/icons';
import type { AdminNavItem, AdminRoute, AdminWidget } from '@schoolbridge/ui';

const READ = 'food-safety.read';
const MANAGE = 'food-safety.manage';
const INSPECT = 'food-safety.inspect';

/**
 * This part's nav items (children of 食品安全), routes and widgets. The inspector's home is
 * /food-safety; its nav item points at /food-safety/workbench (the same page) because the side
 * nav keys items by path and /food-safety is the group's own key.
 */
export const nav: AdminNavItem[] = [
  { path: '/food-safety/workbench', label: 'foodSafety.inspections.nav.home', icon: createElement(DashboardOutlined), permission: READ, order: 1 },
  { path: '/food-safety/campaigns', label: 'foodSafety.inspections.nav.campaigns', icon: createElement(FlagOutlined), permission: READ, order: 2 },
  { path: '/food-safety/outings', label: 'foodSafety.inspections.nav.outings', icon: createElement(CarOutlined), permission: READ, order: 3 },
  { path: '/food-safety/inspections', label: 'foodSafety.inspections.nav.inspections', icon: createElement(AuditOutlined), permission: READ, order: 4 },
  { path: '/food-safety/letters', label: 'foodSafety.inspections.nav.letters', icon: createElement(FileDoneOutlined), permission: READ, order: 5 },
];

export const routes: AdminRoute[] = [
  { path: '/food-safety', lazy: () => import('./pages/HomePage'), permission: READ },
  { path: '/food-safety/workbench', lazy: () => import('./pages/HomePage'), permission: READ },
  { path: '/food-safety/campaigns', lazy: () => import('./pages/CampaignsPage'), permission: READ },
  { path: '/food-safety/campaigns/new', lazy: () => import('./pages/CampaignFormPage'), permission: MANAGE },
  { path: '/food-safety/campaigns/:id', lazy: () => import('./pages/CampaignDetailPage'), permission: READ },
  { path: '/food-safety/campaigns/:id/edit', lazy: () => import('./pages/CampaignFormPage'), permission: MANAGE },
  { path: '/food-safety/outings', lazy: () => import('./pages/OutingsPage'), permission: READ },
  { path: '/food-safety/outings/new', lazy: () => import('./pages/OutingFormPage'), permission: INSPECT },
  { path: '/food-safety/outings/:id/edit', lazy: () => import('./pages/OutingFormPage'), permission: INSPECT },
  { path: '/food-safety/inspections', lazy: () => import('./pages/InspectionsPage'), permission: READ },
  { path: '/food-safety/inspections/new', lazy: () => import('./pages/NewInspectionPage'), permission: INSPECT },
  { path: '/food-safety/inspections/:id', lazy: () => import('./pages/InspectionDetailPage'), permission: READ },
  { path: '/food-safety/inspections/:id/fill', lazy: () => import('./pages/InspectionFormPage'), permission: INSPECT },
  { path: '/food-safety/inspections/:id/amend', lazy: () => import('./pages/InspectionAmendPage'), permission: INSPECT },
  { path: '/food-safety/inspections/:id/result', lazy: () => import('./pages/InspectionResultPage'), permission: READ },
  { path: '/food-safety/letters', lazy: () => import('./pages/LettersPage'), permission: READ },
];

export const widgets: AdminWidget[] = [
  { zone: 'school.detail', lazy: () => import('./widgets/SchoolFoodSafetyWidget'), permission: READ, order: 60 },
  { zone: 'dashboard', lazy: () => import('./widgets/DashboardFoodSafetyWidget'), permission: READ, order: 60 },
];
