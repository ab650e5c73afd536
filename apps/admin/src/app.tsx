/**
 * The admin's providers around its router: TanStack Query, the language (i18next, Ant Design and
 * dayjs locales, theme), the signed-in user, and the plugins' widgets. `main.tsx` mounts it with a
 * browser router; tests mount it with a memory router.
 */
import { useMemo, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { AuthProvider, LocaleProvider, PluginProvider, isProblemError, useAuth, type AdminPlugin } from '@schoolbridge/ui';
import { useMeta } from './api/queries';
import { ShellContext } from './shell/shell-context';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // a problem the API answered (403, 404, 400) will answer the same again
        retry: (count, err) => !(isProblemError(err) && err.status > 0 && err.status < 500) && count < 2,
      },
    },
  });
}

/** The plugins' widgets, for the user's permissions and the plugins the API has enabled. */
function Plugins({ coreModules, plugins, children }: { coreModules: readonly AdminPlugin[]; plugins: readonly AdminPlugin[]; children: ReactNode }) {
  const { permissions, me } = useAuth();
  const meta = useMeta();
  const enabled = useMemo(() => {
    const on = new Set(meta.data?.plugins ?? []);
    return [...coreModules, ...plugins.filter((p) => on.has(p.id))];
  }, [coreModules, plugins, meta.data]);
  return (
    <PluginProvider plugins={me ? enabled : []} permissions={permissions}>
      {children}
    </PluginProvider>
  );
}

export interface AdminAppProps {
  router: AppRouter;
  i18n: I18n;
  queryClient: QueryClient;
  coreModules: readonly AdminPlugin[];
  plugins: readonly AdminPlugin[];
}

export function AdminApp({ router, i18n, queryClient, coreModules, plugins }: AdminAppProps) {
  const modules = useMemo(() => ({ coreModules, plugins }), [coreModules, plugins]);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider i18n={i18n}>
        <AuthProvider>
          <ShellContext.Provider value={modules}>
            <Plugins coreModules={coreModules} plugins={plugins}>
              <RouterProvider router={router} />
            </Plugins>
          </ShellContext.Provider>
        </AuthProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
