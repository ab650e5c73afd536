import { useQuery } from '@tanstack/react-query';
import { useAuth } from '@schoolbridge/ui';
import { directoryApi } from '../api';

/**
 * The townships a school filter offers: those under the caller's county (the region of their
 * first region assignment), or every township in scope for a caller without one (a global admin).
 */
export function useTownships() {
  const { me } = useAuth();
  const county = me?.assignments.find((a) => a.scopeKind === 'region' && a.regionId)?.regionId ?? null;
  return useQuery({
    queryKey: ['directory', 'regions', 'townships', county],
    queryFn: async () => {
      const page = await directoryApi.regions({ ...(county ? { parentId: county } : {}), kind: 'township', pageSize: 200, sort: 'code' });
      return page.items.map((r) => ({ value: r.id, label: r.name }));
    },
    staleTime: 5 * 60_000,
  });
}
