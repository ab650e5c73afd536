/**
 * The admin's route table, built from the core modules and the plugins: each module's routes
 * are lazy (their code loads on the first visit), wrapped in a permission gate (403 page) and,
 * for plugins, a gate that checks the API has the plugin enabled (404 otherwise).
 */
import type { RouteObject } from 'react-router';
import type { AdminPlugin, AdminRoute } from '@schoolbridge/ui';
import NotFoundPage from './pages/NotFoundPage';
import { PageSkeleton } from './shell/PageSkeleton';
import { RequireAuth } from './shell/RequireAuth';
import { RouteError } from './shell/RouteError';
import { PermissionGate, PluginGate } from './shell/gates';

function pageRoute(route: AdminRoute): RouteObject {
  const lazy = async () => {
    const mod = await route.lazy();
    return { Component: mod.default };
  };
  const page: RouteObject = route.path === '/' ? { index: true, lazy } : { path: route.path, lazy };
  return route.permission ? { element: <PermissionGate permission={route.permission} />, children: [page] } : page;
}

function moduleRoutes(module: AdminPlugin, isPlugin: boolean): RouteObject[] {
  const routes = (module.routes ?? []).map(pageRoute);
  if (!isPlugin || routes.length === 0) return routes;
  return [{ element: <PluginGate pluginId={module.id} />, children: routes }];
}

export function buildRoutes(coreModules: readonly AdminPlugin[], plugins: readonly AdminPlugin[]): RouteObject[] {
  return [
    {
      path: '/login',
      lazy: async () => ({ Component: (await import('./pages/LoginPage')).default }),
      HydrateFallback: () => <PageSkeleton fullPage />,
      errorElement: <RouteError />,
    },
    {
      element: <RequireAuth />,
      HydrateFallback: () => <PageSkeleton fullPage />,
      errorElement: <RouteError />,
      children: [
        {
          lazy: async () => ({ Component: (await import('./shell/AppLayout')).AppLayout }),
          children: [
            {
              errorElement: <RouteError />,
              children: [
                ...coreModules.flatMap((m) => moduleRoutes(m, false)),
                ...plugins.flatMap((p) => moduleRoutes(p, true)),
                { path: '*', Component: NotFoundPage },
              ],
            },
          ],
        },
      ],
    },
  ];
}
