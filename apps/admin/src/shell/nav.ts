import type { ReactNode } from 'react';
import type { AdminNavItem, AdminPlugin } from '@schoolbridge/ui';

export interface NavEntry {
  key: string;
  path: string;
  /** i18n key */
  label: string;
  icon?: ReactNode;
  order: number;
  children?: NavEntry[];
}

function entries(items: AdminNavItem[], can: (permission?: string) => boolean): NavEntry[] {
  const out: NavEntry[] = [];
  for (const item of items) {
    if (!can(item.permission)) continue;
    const children = item.children ? entries(item.children, can) : undefined;
    // a group whose every child is hidden is hidden too
    if (item.children && item.children.length > 0 && (!children || children.length === 0)) continue;
    out.push({
      key: item.path,
      path: item.path,
      label: item.label,
      ...(item.icon ? { icon: item.icon } : {}),
      order: item.order ?? 500,
      ...(children && children.length > 0 ? { children } : {}),
    });
  }
  return out.sort((a, b) => a.order - b.order);
}

/**
 * The side nav: every module's items the user may see (an item needing a permission the user
 * lacks is left out), sorted by `order`, core modules and plugins alike.
 */
export function buildNav(modules: readonly AdminPlugin[], can: (permission?: string) => boolean): NavEntry[] {
  return entries(
    modules.flatMap((m) => m.nav ?? []),
    can,
  );
}

function flatten(list: NavEntry[]): NavEntry[] {
  return list.flatMap((e) => [e, ...flatten(e.children ?? [])]);
}

/** The nav item for a path: the one whose path is the longest prefix of it ('/' only for '/'). */
export function selectedNavKey(nav: NavEntry[], pathname: string): string | undefined {
  let best: NavEntry | undefined;
  for (const e of flatten(nav)) {
    const hit = e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`);
    if (hit && (!best || e.path.length > best.path.length)) best = e;
  }
  return best?.key;
}

/** Keys of the groups holding the selected item, to open them. */
export function openNavKeys(nav: NavEntry[], selected: string | undefined): string[] {
  if (!selected) return [];
  const path: string[] = [];
  const walk = (list: NavEntry[], trail: string[]): boolean => {
    for (const e of list) {
      if (e.key === selected) {
        path.push(...trail);
        return true;
      }
      if (e.children && walk(e.children, [...trail, e.key])) return true;
    }
    return false;
  };
  walk(nav, []);
  return path;
}
