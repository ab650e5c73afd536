import { createContext, lazy, Suspense, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import { Skeleton } from 'antd';
import type { AdminPlugin, AdminWidget, WidgetProps, WidgetZoneName } from './define-admin-plugin';

interface PluginContextValue {
  plugins: AdminPlugin[];
  /** Permissions of the signed-in user; widgets needing one they lack are not shown. */
  permissions: ReadonlySet<string>;
}

const PluginContext = createContext<PluginContextValue>({ plugins: [], permissions: new Set() });

export function PluginProvider({ plugins, permissions, children }: PluginContextValue & { children: ReactNode }) {
  const value = useMemo(() => ({ plugins, permissions }), [plugins, permissions]);
  return <PluginContext.Provider value={value}>{children}</PluginContext.Provider>;
}

export function usePlugins(): PluginContextValue {
  return useContext(PluginContext);
}

const lazyCache = new WeakMap<AdminWidget['lazy'], ComponentType<WidgetProps>>();
function lazyWidget(w: AdminWidget): ComponentType<WidgetProps> {
  let c = lazyCache.get(w.lazy);
  if (!c) {
    c = lazy(w.lazy);
    lazyCache.set(w.lazy, c);
  }
  return c;
}

/** Renders every widget registered for a zone that the user may see, in order. */
export function WidgetZone({ zone, entityId, empty }: { zone: WidgetZoneName; entityId?: string; empty?: ReactNode }) {
  const { plugins, permissions } = usePlugins();
  const widgets = plugins
    .flatMap((p) => (p.widgets ?? []).map((w) => ({ ...w, owner: p.id })))
    .filter((w) => w.zone === zone && (!w.permission || permissions.has(w.permission)))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  if (widgets.length === 0) return <>{empty ?? null}</>;
  return (
    <div className="sb-widget-zone" data-zone={zone}>
      {widgets.map((w, i) => {
        const Widget = lazyWidget(w);
        return (
          <Suspense key={`${w.owner}-${i}`} fallback={<Skeleton active />}>
            <Widget zone={zone} {...(entityId ? { entityId } : {})} />
          </Suspense>
        );
      })}
    </div>
  );
}
