import { useMemo } from 'react';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAuth, type AdminPlugin } from '@schoolbridge/ui';
import { buildNav, openNavKeys, selectedNavKey, type NavEntry } from './nav';

type Item = Required<MenuProps>['items'][number];

/** The side nav: the modules' items the user may see, the current page's item highlighted. */
export function SideNav({ modules, collapsed = false, onNavigate }: { modules: readonly AdminPlugin[]; collapsed?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { pathname } = useLocation();
  const nav = useMemo(() => buildNav(modules, can), [modules, can]);
  const selected = selectedNavKey(nav, pathname);
  const toItems = (list: NavEntry[]): Item[] =>
    list.map((e) =>
      e.children
        ? { key: e.key, icon: e.icon, label: t(e.label), children: toItems(e.children) }
        : {
            key: e.key,
            icon: e.icon,
            label: (
              <Link to={e.path} onClick={onNavigate} aria-current={e.key === selected ? 'page' : undefined}>
                {t(e.label)}
              </Link>
            ),
          },
    );
  return (
    <nav aria-label={t('shell.mainNav')} data-testid="side-nav">
      <Menu
        mode="inline"
        inlineCollapsed={collapsed}
        selectedKeys={selected ? [selected] : []}
        defaultOpenKeys={openNavKeys(nav, selected)}
        items={toItems(nav)}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
