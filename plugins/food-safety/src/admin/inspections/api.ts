/**
 * The inspections part's API: campaigns, outings, issuing authorities, inspections, letters (the
 * generated typed client of /api/food-safety, never edited by hand), plus the rectification
 * part's notice list and core's files and users as these pages read them. Query keys live here so
 * a write can invalidate what it changed.
 */
import { fetchWithCsrf, unwrap, type ListParams } from '@schoolbridge/ui';
import { createFoodSafetyClient, type components, type operations } from '../api/client';
import type { InspectionFormData } from './form/form-model';
import type { InspectionView } from './types';

type S = components['schemas'];
export type Campaign = S['CampaignDto'];
export type CampaignPage = S['CampaignPageDto'];
export type CampaignProgress = S['CampaignProgressDto'];
export type CampaignInput = S['CreateCampaignDto'];
export type Outing = S['OutingDto'];
export type OutingPage = S['OutingPageDto'];
export type OutingInput = S['CreateOutingDto'];
export type OutingMemberInput = S['OutingMemberInputDto'];
export type Authority = S['AuthorityDto'];
export type InspectionSummary = S['InspectionSummaryDto'];
export type InspectionPage = S['InspectionPageDto'];
export type InspectionDto = S['InspectionDto'];
export type LetterSummary = S['LetterSummaryDto'];
export type LetterPage = S['LetterPageDto'];
export type Letter = S['LetterDto'];
export type Canteen = S['CanteenDto'];
export type CanteenPage = S['CanteenPageDto'];
export type TemplateSummary = S['TemplateSummaryDto'];
export type NoticeListItem = S['NoticeListItemDto'];
export type NoticePage = S['NoticePageDto'];
export type Settings = S['FoodSafetySettingsDto'];
export type NoticeListStatus = NonNullable<NonNullable<operations['NoticesController_list']['parameters']['query']>['status']>;

export const FS_READ = 'food-safety.read';
export const FS_MANAGE = 'food-safety.manage';
export const FS_INSPECT = 'food-safety.inspect';

export interface AuthorityOption {
  id: string;
  name: string;
}

// an absolute base: openapi-fetch builds Request objects, which need one outside a browser page (tests)
const client = createFoodSafetyClient({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin, fetch: fetchWithCsrf });

/** Only the parameters a list route accepts (the API refuses unknown ones). */
function pick(params: object, keys: readonly string[]): never {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (params as Record<string, unknown>)[k];
    if (v !== undefined && v !== null && v !== '') out[k] = v;
  }
  return out as never;
}

export const inspectionKeys = {
  all: ['foodSafety', 'inspections'] as const,
  list: (params?: object) => ['foodSafety', 'inspections', 'list', params ?? {}] as const,
  detail: (id: string) => ['foodSafety', 'inspections', 'detail', id] as const,
  campaigns: ['foodSafety', 'campaigns'] as const,
  campaign: (id: string) => ['foodSafety', 'campaigns', id] as const,
  outings: ['foodSafety', 'outings'] as const,
  letters: ['foodSafety', 'letters'] as const,
  authorities: ['foodSafety', 'authorities'] as const,
  notices: ['foodSafety', 'notices'] as const,
  canteens: ['foodSafety', 'canteens'] as const,
};

const PAGE_KEYS = ['page', 'pageSize'] as const;

/** The API's inspection as the pages read it. */
export function toView(dto: InspectionDto): InspectionView {
  return {
    id: dto.id,
    kind: dto.kind,
    status: dto.status,
    canteenId: dto.canteenId,
    canteenName: dto.canteenName,
    schoolName: dto.schoolName,
    campaignId: dto.campaignId,
    campaignName: dto.campaignName,
    outingId: dto.outingId,
    followsInspectionId: dto.followsInspectionId,
    inspectedOn: dto.inspectedOn,
    authorityId: dto.authorityId,
    authorityName: dto.authorityName,
    inspectors: dto.inspectors.map((p) => ({ userId: p.userId, name: p.name, agency: p.agency ?? '' })),
    results: dto.results.map((r, position) => ({
      itemCode: r.itemCode,
      areaCode: r.areaCode,
      areaName: r.areaName,
      text: r.text,
      severity: r.severity,
      weight: r.weight,
      position,
      result: r.result,
      correctedOnSite: r.correctedOnSite,
      note: r.note,
      photos: r.photos.map((p) => ({ id: p.fileId, name: p.originalName })),
      leaveOffReason: r.leaveOffReason,
      repeat: r.repeat,
    })),
    score: dto.score,
    grade: dto.grade,
    uncappedGrade: dto.uncappedGrade,
    capped: dto.capped,
    counts: dto.counts,
    deadlineKind: dto.deadlineKind,
    deadlineOn: dto.deadlineOn,
    rectificationOwner: dto.rectificationOwner,
    notes: dto.notes,
    submittedAt: dto.submittedAt,
    amendments: dto.amendments,
    letter: dto.letter ? { id: dto.letter.id, number: dto.letter.number, revision: dto.letter.currentRevision } : null,
    notice: dto.notice,
    templateName: dto.templateName,
    templateVersionNumber: dto.templateVersionNumber,
    canEdit: dto.canEdit,
    version: dto.version,
  };
}

function resultsInput(data: InspectionFormData) {
  return Object.entries(data.answers).map(([itemCode, a]) => ({
    itemCode,
    result: a.result,
    correctedOnSite: a.result === 'nonCompliant' && a.correctedOnSite,
    note: a.note.trim() || null,
    leaveOffReason: a.result === 'nonCompliant' && !a.correctedOnSite && a.leaveOff ? a.leaveOffReason.trim() || null : null,
  }));
}

function inspectorsInput(data: InspectionFormData) {
  return data.inspectors.map((p) =>
    p.userId ? { userId: p.userId, name: p.name, agency: p.agency.trim() || null } : { name: p.name.trim(), agency: p.agency.trim() || null },
  );
}

export const inspectionsApi = {
  // ---- inspections ----
  list: (params: ListParams | Record<string, unknown>): Promise<InspectionPage> =>
    unwrap(
      client.GET('/api/food-safety/inspections', {
        params: { query: pick(params, [...PAGE_KEYS, 'q', 'canteenId', 'campaignId', 'outingId', 'status', 'kind', 'grade', 'from', 'to', 'sort']) },
      }),
    ),
  get: async (id: string): Promise<InspectionView> => toView(await unwrap(client.GET('/api/food-safety/inspections/{id}', { params: { path: { id } } }))),
  create: (body: S['CreateInspectionDto']): Promise<InspectionDto> => unwrap(client.POST('/api/food-safety/inspections', { body })),
  remove: (id: string): Promise<unknown> => unwrap(client.DELETE('/api/food-safety/inspections/{id}', { params: { path: { id } } })),
  /**
   * Saves a draft: the particulars (officers, authority, notes), then the answers. Answers the
   * inspection as saved (with its new version).
   */
  saveDraft: async (id: string, data: InspectionFormData, version: number): Promise<InspectionView> => {
    const updated = await unwrap(
      client.PATCH('/api/food-safety/inspections/{id}', {
        params: { path: { id } },
        body: { version, inspectors: inspectorsInput(data), authorityId: data.authorityId, notes: data.notes.trim() || null },
      }),
    );
    const saved = await unwrap(
      client.PUT('/api/food-safety/inspections/{id}/results', { params: { path: { id } }, body: { version: updated.version, results: resultsInput(data) } }),
    );
    return toView(saved);
  },
  submit: async (id: string, data: InspectionFormData, version: number): Promise<InspectionView> =>
    toView(
      await unwrap(
        client.POST('/api/food-safety/inspections/{id}/submit', {
          params: { path: { id } },
          body: {
            version,
            ...(data.authorityId ? { authorityId: data.authorityId } : {}),
            deadline:
              data.deadlineKind === 'immediateOngoing' ? { kind: 'immediateOngoing' } : { kind: 'date', ...(data.deadlineOn ? { on: data.deadlineOn } : {}) },
            rectificationOwner: data.rectificationOwner.trim() || null,
          },
        }),
      ),
    ),
  /** `withDeadline`: the amendment puts items on a notice and the inspection had no deadline yet. */
  amend: async (id: string, data: InspectionFormData, version: number, reason: string, withDeadline = false): Promise<InspectionView> =>
    toView(
      await unwrap(
        client.POST('/api/food-safety/inspections/{id}/amend', {
          params: { path: { id } },
          body: {
            version,
            reason,
            results: resultsInput(data),
            inspectors: inspectorsInput(data),
            notes: data.notes.trim() || null,
            ...(withDeadline
              ? {
                  deadline:
                    data.deadlineKind === 'immediateOngoing'
                      ? { kind: 'immediateOngoing' as const }
                      : { kind: 'date' as const, ...(data.deadlineOn ? { on: data.deadlineOn } : {}) },
                }
              : {}),
          },
        }),
      ),
    ),
  attachPhoto: (id: string, itemCode: string, fileId: string) =>
    unwrap(client.POST('/api/food-safety/inspections/{id}/results/{itemCode}/photos', { params: { path: { id, itemCode } }, body: { fileId } })),
  detachPhoto: (id: string, itemCode: string, fileId: string) =>
    unwrap(client.DELETE('/api/food-safety/inspections/{id}/results/{itemCode}/photos/{fileId}', { params: { path: { id, itemCode, fileId } } })),

  // ---- campaigns ----
  campaigns: (params: ListParams | Record<string, unknown>): Promise<CampaignPage> =>
    unwrap(client.GET('/api/food-safety/campaigns', { params: { query: pick(params, [...PAGE_KEYS, 'q', 'status', 'year', 'regionId']) } })),
  campaign: (id: string): Promise<Campaign> => unwrap(client.GET('/api/food-safety/campaigns/{id}', { params: { path: { id } } })),
  campaignProgress: (id: string): Promise<CampaignProgress> => unwrap(client.GET('/api/food-safety/campaigns/{id}/progress', { params: { path: { id } } })),
  createCampaign: (body: CampaignInput): Promise<Campaign> => unwrap(client.POST('/api/food-safety/campaigns', { body })),
  updateCampaign: (id: string, body: S['UpdateCampaignDto']): Promise<Campaign> =>
    unwrap(client.PATCH('/api/food-safety/campaigns/{id}', { params: { path: { id } }, body })),

  // ---- outings ----
  outings: (params: ListParams | Record<string, unknown>): Promise<OutingPage> =>
    unwrap(client.GET('/api/food-safety/outings', { params: { query: pick(params, [...PAGE_KEYS, 'campaignId', 'from', 'to', 'memberUserId']) } })),
  outing: (id: string): Promise<Outing> => unwrap(client.GET('/api/food-safety/outings/{id}', { params: { path: { id } } })),
  createOuting: (body: OutingInput): Promise<Outing> => unwrap(client.POST('/api/food-safety/outings', { body })),
  updateOuting: (id: string, body: S['UpdateOutingDto']): Promise<Outing> =>
    unwrap(client.PATCH('/api/food-safety/outings/{id}', { params: { path: { id } }, body })),

  // ---- authorities, letters, settings ----
  authorities: async (): Promise<AuthorityOption[]> => {
    const page = await unwrap(client.GET('/api/food-safety/authorities', { params: { query: { active: true, pageSize: 200 } as never } }));
    return page.items.map((a) => ({ id: a.id, name: a.name }));
  },
  letters: (params: ListParams | Record<string, unknown>): Promise<LetterPage> =>
    unwrap(
      client.GET('/api/food-safety/letters', {
        params: { query: pick(params, [...PAGE_KEYS, 'authorityId', 'year', 'canteenId', 'campaignId', 'from', 'to']) },
      }),
    ),
  letter: (id: string): Promise<Letter> => unwrap(client.GET('/api/food-safety/letters/{id}', { params: { path: { id } } })),
  settings: (): Promise<Settings> => unwrap(client.GET('/api/food-safety/settings')),

  // ---- other parts' lists these pages read ----
  canteens: (params: Record<string, unknown>): Promise<CanteenPage> =>
    unwrap(client.GET('/api/food-safety/canteens', { params: { query: pick(params, [...PAGE_KEYS, 'q', 'kind', 'schoolId', 'regionId']) } })),
  canteen: (id: string) => unwrap(client.GET('/api/food-safety/canteens/{id}', { params: { path: { id } } })),
  inspectionTemplates: async (): Promise<TemplateSummary[]> =>
    (await unwrap(client.GET('/api/food-safety/templates', { params: { query: { purpose: 'inspection', pageSize: 200 } } }))).items,
  /** The rectification part's notice list (overdue first, then by deadline). */
  notices: (params: { status?: NoticeListStatus; canteenId?: string; campaignId?: string; page?: number; pageSize?: number }): Promise<NoticePage> =>
    unwrap(client.GET('/api/food-safety/notices', { params: { query: pick(params, [...PAGE_KEYS, 'status', 'canteenId', 'campaignId']) } })),
};

/** Letter PDF of a revision (the current one without it), for a download link. */
export function letterPdfUrl(letterId: string, revision?: number): string {
  return `/api/food-safety/letters/${letterId}/pdf${revision ? `?revision=${revision}` : ''}`;
}
