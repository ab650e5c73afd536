/**
 * The issuing authorities API (/api/food-safety/authorities…) as these pages read it, through the
 * plugin's generated client. Errors arrive as the kit's ProblemError.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { fetchWithCsrf, unwrap, type ListParams } from '@schoolbridge/ui';
import { createFoodSafetyClient, type components } from '../api/client';

export const FS_MANAGE = 'food-safety.manage';

type S = components['schemas'];
export type Authority = S['AuthorityDto'];
export type AuthorityPage = S['AuthorityPageDto'];
export type CreateAuthorityBody = S['CreateAuthorityDto'];
export type UpdateAuthorityBody = S['UpdateAuthorityDto'];

let client: ReturnType<typeof createFoodSafetyClient> | null = null;
function api() {
  // an absolute base: openapi-fetch builds Request objects, which need one outside a browser page (tests)
  client ??= createFoodSafetyClient({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin, fetch: fetchWithCsrf });
  return client;
}

export const authorityKeys = {
  all: ['food-safety', 'authorities'] as const,
  list: ['food-safety', 'authorities', 'list'] as const,
  detail: (id: string) => ['food-safety', 'authorities', id] as const,
};

/** The list route takes paging and `active` only (it refuses unknown parameters). */
function listQuery(params: ListParams) {
  const query: { page: number; pageSize: number; active?: boolean } = { page: params.page, pageSize: params.pageSize };
  if (params.active === 'true' || params.active === 'false') query.active = params.active === 'true';
  return query;
}

export const authoritiesApi = {
  list: (params: ListParams): Promise<AuthorityPage> => unwrap(api().GET('/api/food-safety/authorities', { params: { query: listQuery(params) as never } })),
  get: (id: string): Promise<Authority> => unwrap(api().GET('/api/food-safety/authorities/{id}', { params: { path: { id } } })),
  create: (body: CreateAuthorityBody): Promise<Authority> => unwrap(api().POST('/api/food-safety/authorities', { body })),
  update: (id: string, body: UpdateAuthorityBody): Promise<Authority> =>
    unwrap(api().PATCH('/api/food-safety/authorities/{id}', { params: { path: { id } }, body })),
  remove: (id: string): Promise<void> => unwrap(api().DELETE('/api/food-safety/authorities/{id}', { params: { path: { id } } })).then(() => undefined),
};

export function useAuthority(id: string | undefined) {
  return useQuery({ queryKey: authorityKeys.detail(id ?? ''), queryFn: () => authoritiesApi.get(id!), enabled: !!id });
}

/** After a write: this part's lists and the inspection form's authority picker (the inspections part's key). */
export function invalidateAuthorities(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: authorityKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['foodSafety', 'authorities'] }),
  ]).then(() => undefined);
}
