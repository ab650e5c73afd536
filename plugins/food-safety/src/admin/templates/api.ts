/**
 * The templates and settings API (/api/food-safety/templates…, /settings) as the pages read it,
 * through the plugin's generated client. Errors arrive as the kit's ProblemError.
 */
import { useQuery } from '@tanstack/react-query';
import { fetchWithCsrf, unwrap, type ListParams } from '@schoolbridge/ui';
import { createFoodSafetyClient, type components } from '../api/client';

export const FS_READ = 'food-safety.read';
export const FS_MANAGE = 'food-safety.manage';

type S = components['schemas'];
export type TemplateSummary = S['TemplateSummaryDto'];
export type TemplateDetail = S['TemplateDetailDto'];
export type TemplatePage = S['TemplatePageDto'];
export type TemplateVersion = S['TemplateVersionDto'];
export type TemplateVersionSummary = S['TemplateVersionSummaryDto'];
export type TemplateArea = S['TemplateAreaDto'];
export type TemplateItem = S['TemplateItemDto'];
export type CreateTemplateBody = S['CreateTemplateDto'];
export type UpdateTemplateBody = S['UpdateTemplateDto'];
export type TemplateAreaInput = S['TemplateAreaInputDto'];
export type TemplateVocabularies = S['TemplateVocabulariesDto'];
export type FoodSafetySettings = S['FoodSafetySettingsDto'];
export type UpdateSettingsBody = S['UpdateFoodSafetySettingsDto'];
export type GradingSettings = S['GradingSettingsDto'];
export type TemplatePurpose = TemplateSummary['purpose'];
export type Severity = TemplateItem['severity'];

let client: ReturnType<typeof createFoodSafetyClient> | null = null;
function api() {
  client ??= createFoodSafetyClient({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin, fetch: fetchWithCsrf });
  return client;
}

export const templateKeys = {
  all: ['food-safety', 'templates'] as const,
  list: ['food-safety', 'templates', 'list'] as const,
  detail: (id: string) => ['food-safety', 'templates', id] as const,
  versions: (id: string) => ['food-safety', 'templates', id, 'versions'] as const,
  version: (id: string, versionId: string) => ['food-safety', 'templates', id, 'versions', versionId] as const,
  vocabularies: ['food-safety', 'template-vocabularies'] as const,
  settings: ['food-safety', 'settings'] as const,
};

export const templatesApi = {
  list: (params: ListParams) => unwrap(api().GET('/api/food-safety/templates', { params: { query: params as never } })),
  get: (id: string) => unwrap(api().GET('/api/food-safety/templates/{id}', { params: { path: { id } } })),
  versions: (id: string) => unwrap(api().GET('/api/food-safety/templates/{id}/versions', { params: { path: { id } } })),
  version: (id: string, versionId: string) =>
    unwrap(api().GET('/api/food-safety/templates/{id}/versions/{versionId}', { params: { path: { id, versionId } } })),
  create: (body: CreateTemplateBody) => unwrap(api().POST('/api/food-safety/templates', { body })),
  update: (id: string, body: UpdateTemplateBody) => unwrap(api().PATCH('/api/food-safety/templates/{id}', { params: { path: { id } }, body })),
  archive: (id: string) => unwrap(api().POST('/api/food-safety/templates/{id}/archive', { params: { path: { id } } })),
  restore: (id: string) => unwrap(api().POST('/api/food-safety/templates/{id}/restore', { params: { path: { id } } })),
  vocabularies: () => unwrap(api().GET('/api/food-safety/template-vocabularies')),
  settings: () => unwrap(api().GET('/api/food-safety/settings')),
  updateSettings: (body: UpdateSettingsBody) => unwrap(api().PUT('/api/food-safety/settings', { body })),
};

export function useTemplate(id: string | undefined) {
  return useQuery({ queryKey: templateKeys.detail(id ?? ''), queryFn: () => templatesApi.get(id!), enabled: !!id });
}

export function useSettings() {
  return useQuery({ queryKey: templateKeys.settings, queryFn: templatesApi.settings });
}
