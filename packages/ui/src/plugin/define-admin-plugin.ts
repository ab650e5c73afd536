import type { ComponentType, ReactNode } from 'react';

/** Named places on core pages where modules and plugins add cards (ARCHITECTURE §6). */
export const WIDGET_ZONES = ['dashboard', 'school.detail', 'teacher.detail'] as const;
export type WidgetZoneName = (typeof WIDGET_ZONES)[number] | (string & {});

/** A lazily loaded module whose default export is a React component. */
export type LazyComponent<P = object> = () => Promise<{ default: ComponentType<P> }>;

export interface AdminNavItem {
  /** Route path the item opens, e.g. '/food-safety'. */
  path: string;
  /** i18n key of the label, e.g. 'foodSafety.nav'. */
  label: string;
  icon?: ReactNode;
  /** Shown only to users holding this permission. */
  permission?: string;
  /** Sort order in the side nav (core items use 10, 20, …). */
  order?: number;
  children?: AdminNavItem[];
}

export interface AdminRoute {
  /** Route path, with `/*` for a module's own sub-routes: '/food-safety/*'. */
  path: string;
  /** The page (or a component rendering nested <Routes>), loaded on first visit. */
  lazy: LazyComponent;
  /** Without it the page answers with the 403 page. */
  permission?: string;
}

/** Props every widget receives: the id of the row of the page it sits on (a school, a teacher). */
export interface WidgetProps {
  zone: WidgetZoneName;
  entityId?: string;
}

export interface AdminWidget {
  zone: WidgetZoneName;
  lazy: LazyComponent<WidgetProps>;
  permission?: string;
  order?: number;
}

/** Messages per language, loaded with the module: `{ 'zh-CN': () => import('./i18n/zh-CN.json') }`. */
export type MessageLoaders = Partial<Record<'zh-CN' | 'en', () => Promise<{ default: Record<string, unknown> } | Record<string, unknown>>>>;

/** What a core module or a plugin adds to the admin. */
export interface AdminPlugin {
  /** The plugin's id, the same as its server half's (`/api/<id>`). */
  id: string;
  nav?: AdminNavItem[];
  routes?: AdminRoute[];
  widgets?: AdminWidget[];
  messages?: MessageLoaders;
}

const ID_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Declares a plugin's admin half: nav items, lazy routes, widgets on named zones, messages. */
export function defineAdminPlugin(plugin: AdminPlugin): AdminPlugin {
  if (!ID_RE.test(plugin.id)) throw new Error(`Admin plugin "${plugin.id}": id must be kebab-case`);
  for (const r of plugin.routes ?? []) {
    if (!r.path.startsWith('/')) throw new Error(`Admin plugin "${plugin.id}": route ${r.path} must start with /`);
  }
  return Object.freeze({ ...plugin });
}
