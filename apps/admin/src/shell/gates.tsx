import { Outlet } from 'react-router';
import { useAuth } from '@schoolbridge/ui';
import { useMeta } from '../api/queries';
import ForbiddenPage from '../pages/ForbiddenPage';
import NotFoundPage from '../pages/NotFoundPage';
import { PageSkeleton } from './PageSkeleton';

/** A route needing a permission the user lacks answers with the 403 page (its code is not even loaded). */
export function PermissionGate({ permission }: { permission: string }) {
  const { can } = useAuth();
  return can(permission) ? <Outlet /> : <ForbiddenPage />;
}

/** A plugin's pages exist only while the API has the plugin enabled (`GET /api/meta`). */
export function PluginGate({ pluginId }: { pluginId: string }) {
  const meta = useMeta();
  if (meta.isPending) return <PageSkeleton />;
  if (meta.data && !meta.data.plugins.includes(pluginId)) return <NotFoundPage />;
  return <Outlet />;
}
