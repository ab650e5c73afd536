/**
 * The canteens, suppliers and food handlers API (/api/food-safety/canteens…, /handlers…) as the
 * pages read it, through the plugin's generated client. Errors arrive as the kit's ProblemError.
 */
import { useQuery } from '@tanstack/react-query';
import { fetchWithCsrf, unwrap, type ListParams } from '@schoolbridge/ui';
import { createFoodSafetyClient, type components } from '../api/client';

export const FS_READ = 'food-safety.read';
export const FS_MANAGE = 'food-safety.manage';
export const FS_HANDLERS_MANAGE = 'food-safety.handlers.manage';
export const FS_ROUTINE = 'food-safety.routine';

type S = components['schemas'];
export type Canteen = S['CanteenDto'];
export type CanteenDetail = S['CanteenDetailDto'];
export type CreateCanteenBody = S['CreateCanteenDto'];
export type UpdateCanteenBody = S['UpdateCanteenDto'];
export type FoodHandler = S['FoodHandlerDto'];
export type CreateHandlerBody = S['CreateHandlerDto'];
export type UpdateHandlerBody = S['UpdateHandlerDto'];
export type DutyProblem = S['DutyProblemDto'];
export type Option = S['OptionDto'];
export type ValidityState = Canteen['licenceState'];

let client: ReturnType<typeof createFoodSafetyClient> | null = null;
export function fsApi() {
  client ??= createFoodSafetyClient({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin, fetch: fetchWithCsrf });
  return client;
}

export const canteenKeys = {
  all: ['food-safety', 'canteens'] as const,
  list: ['food-safety', 'canteens', 'list'] as const,
  detail: (id: string) => ['food-safety', 'canteens', id] as const,
  schoolOptions: (q: string) => ['food-safety', 'canteen-options', 'schools', q] as const,
  regionOptions: ['food-safety', 'canteen-options', 'regions'] as const,
  handlers: ['food-safety', 'handlers'] as const,
  handler: (id: string) => ['food-safety', 'handlers', id] as const,
};

export const canteensApi = {
  list: (params: ListParams) => unwrap(fsApi().GET('/api/food-safety/canteens', { params: { query: params as never } })),
  get: (id: string) => unwrap(fsApi().GET('/api/food-safety/canteens/{id}', { params: { path: { id } } })),
  create: (body: CreateCanteenBody) => unwrap(fsApi().POST('/api/food-safety/canteens', { body })),
  update: (id: string, body: UpdateCanteenBody) => unwrap(fsApi().PATCH('/api/food-safety/canteens/{id}', { params: { path: { id } }, body })),
  archive: (id: string) => unwrap(fsApi().POST('/api/food-safety/canteens/{id}/archive', { params: { path: { id } } })),
  restore: (id: string) => unwrap(fsApi().POST('/api/food-safety/canteens/{id}/restore', { params: { path: { id } } })),
  addSchool: (id: string, schoolId: string) => unwrap(fsApi().POST('/api/food-safety/canteens/{id}/schools', { params: { path: { id } }, body: { schoolId } })),
  removeSchool: (id: string, schoolId: string) =>
    unwrap(fsApi().DELETE('/api/food-safety/canteens/{id}/schools/{schoolId}', { params: { path: { id, schoolId } } })),
  schoolOptions: (q: string) => unwrap(fsApi().GET('/api/food-safety/canteens/options/schools', { params: { query: q ? { q } : {} } })),
  regionOptions: () => unwrap(fsApi().GET('/api/food-safety/canteens/options/regions', { params: { query: {} } })),
  exportUrl: (params: Record<string, string>) => `/api/food-safety/canteens/export?${new URLSearchParams(params)}`,
};

export const handlersApi = {
  list: (params: ListParams) => unwrap(fsApi().GET('/api/food-safety/handlers', { params: { query: params as never } })),
  get: (id: string) => unwrap(fsApi().GET('/api/food-safety/handlers/{id}', { params: { path: { id } } })),
  create: (body: CreateHandlerBody) => unwrap(fsApi().POST('/api/food-safety/handlers', { body })),
  update: (id: string, body: UpdateHandlerBody) => unwrap(fsApi().PATCH('/api/food-safety/handlers/{id}', { params: { path: { id } }, body })),
  duty: (id: string, version: number, onDuty: boolean) =>
    unwrap(fsApi().POST('/api/food-safety/handlers/{id}/duty', { params: { path: { id } }, body: { version, onDuty } })),
  archive: (id: string) => unwrap(fsApi().POST('/api/food-safety/handlers/{id}/archive', { params: { path: { id } } })),
  restore: (id: string) => unwrap(fsApi().POST('/api/food-safety/handlers/{id}/restore', { params: { path: { id } } })),
};

export function useCanteen(id: string | undefined) {
  return useQuery({ queryKey: canteenKeys.detail(id ?? ''), queryFn: () => canteensApi.get(id!), enabled: !!id });
}

export function useHandler(id: string | undefined) {
  return useQuery({ queryKey: canteenKeys.handler(id ?? ''), queryFn: () => handlersApi.get(id!), enabled: !!id });
}

/** Canteens in scope for pickers (the first 200, current ones). */
export function useCanteenOptions() {
  return useQuery({ queryKey: [...canteenKeys.all, 'options'], queryFn: () => canteensApi.list({ page: 1, pageSize: 200 } as ListParams) });
}
