import { useEffect, useMemo, useState } from 'react';
import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { useAuth, type AdminPlugin } from '@schoolbridge/ui';
import { useMeta } from '../api/queries';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationsBell } from './NotificationsBell';
import { SideNav } from './SideNav';
import { UserMenu } from './UserMenu';
import { useShellModules } from './shell-context';

const COLLAPSED_KEY = 'sb.nav.collapsed';
const SIDER_WIDTH = 224;
const SIDER_COLLAPSED_WIDTH = 64;

function readCollapsed(): boolean {
  try {
    return globalThis.localStorage?.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** Core modules and the plugins the API has enabled: what the nav is built from. */
export function useVisibleModules(): readonly AdminPlugin[] {
  const { coreModules, plugins } = useShellModules();
  const meta = useMeta();
  return useMemo(() => {
    const enabled = new Set(meta.data?.plugins ?? []);
    return [...coreModules, ...plugins.filter((p) => enabled.has(p.id))];
  }, [coreModules, plugins, meta.data]);
}

function Brand({ short }: { short: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className="sb-brand" aria-label={t('shell.home')}>
      <span className="sb-brand-mark" aria-hidden>
        SB
      </span>
      <Typography.Text strong className="sb-brand-text">
        {short ? t('app.shortName') : t('app.productName')}
      </Typography.Text>
    </Link>
  );
}

/** The signed-in frame: side nav (a drawer on phones), header with language, bell and user menu. */
export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const modules = useVisibleModules();
  const { me } = useAuth();
  const location = useLocation();
  const navigation = useNavigation();
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const [drawerOpen, setDrawerOpen] = useState(false);

  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const toggleCollapsed = () => {
    setCollapsed((c) => {
      try {
        globalThis.localStorage?.setItem(COLLAPSED_KEY, c ? '0' : '1');
      } catch {
        // not remembered
      }
      return !c;
    });
  };

  return (
    <Layout className="sb-shell" style={{ minHeight: '100vh' }}>
      <a className="sb-skip-link" href="#sb-main">
        {t('shell.skipToContent')}
      </a>
      {isPhone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={272}
          title={<Brand short />}
          styles={{ body: { padding: 0 } }}
          closable={{ 'aria-label': t('shell.closeMenu') }}
        >
          <SideNav modules={modules} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          theme="light"
          width={224}
          collapsedWidth={64}
          collapsed={collapsed}
          trigger={null}
          className="sb-sider"
          style={{ borderInlineEnd: '1px solid rgba(5,5,5,0.06)' }}
        >
          <div className="sb-sider-brand">
            <Link to="/" className="sb-brand" aria-label={t('shell.home')}>
              <span className="sb-brand-mark" aria-hidden>
                SB
              </span>
              {collapsed ? null : <span className="sb-brand-text sb-sider-name">{t('app.shortName')}</span>}
            </Link>
          </div>
          <SideNav modules={modules} collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout style={isPhone ? undefined : { marginInlineStart: collapsed ? SIDER_COLLAPSED_WIDTH : SIDER_WIDTH, transition: 'margin-inline-start 0.2s' }}>
        <Layout.Header className="sb-header">
          <Flex align="center" gap={8} style={{ minWidth: 0, flex: 1 }}>
            {isPhone ? (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('shell.openMenu')}
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
                data-testid="nav-toggle"
              />
            ) : (
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                aria-label={collapsed ? t('shell.expandMenu') : t('shell.collapseMenu')}
                aria-expanded={!collapsed}
                onClick={toggleCollapsed}
                data-testid="nav-toggle"
              />
            )}
            <span className="sb-header-title">{isPhone ? <Brand short /> : <Typography.Text strong>{t('app.productName')}</Typography.Text>}</span>
          </Flex>
          <Flex align="center" gap={isPhone ? 0 : 4}>
            <LanguageSwitch compact={isPhone} />
            {me ? <NotificationsBell /> : null}
            {me ? <UserMenu compact={isPhone} /> : null}
          </Flex>
        </Layout.Header>
        {navigation.state === 'loading' ? (
          <Progress percent={70} showInfo={false} size="small" status="active" className="sb-route-progress" aria-label={t('shell.loadingPage')} />
        ) : null}
        <Layout.Content id="sb-main" tabIndex={-1} className="sb-content" style={{ padding: isPhone ? 12 : 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
