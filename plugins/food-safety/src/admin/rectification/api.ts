/**
 * The rectification part's API as its pages use it: notices (list, detail, the school's and the
 * inspector's actions), evidence files through core's files API, and penalties. Everything goes
 * through the generated typed client of /api/food-safety (never edited by hand).
 */
import { apiFetch, fetchWithCsrf, unwrap, type ListParams } from '@schoolbridge/ui';
import { createFoodSafetyClient, type components } from '../api/client';

type S = components['schemas'];
export type NoticeListItem = S['NoticeListItemDto'];
export type NoticePage = S['NoticePageDto'];
export type NoticeDetail = S['NoticeDetailDto'];
export type NoticeItem = S['NoticeItemDto'];
export type Evidence = S['EvidenceDto'];
export type Penalty = S['PenaltyDto'];
export type PenaltyPage = S['PenaltyPageDto'];
export type PenaltyInput = S['RecordPenaltyDto'];
export type NoticeUpdate = S['UpdateNoticeDto'];

export const FS_READ = 'food-safety.read';
export const FS_INSPECT = 'food-safety.inspect';
export const FS_RECTIFY = 'food-safety.rectify';
export const FS_PENALTY_RECORD = 'food-safety.penalty.record';

/** Absolute URLs (the page's origin), as core's own client does: a Request needs one outside the browser. */
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

const PAGE_KEYS = ['page', 'pageSize'] as const;

export const rectificationKeys = {
  notices: ['foodSafety', 'notices'] as const,
  notice: (id: string) => ['foodSafety', 'notices', 'detail', id] as const,
  penalties: ['foodSafety', 'penalties'] as const,
  campaignOptions: ['foodSafety', 'campaigns', 'options'] as const,
  canteenOptions: ['foodSafety', 'canteens', 'options'] as const,
};

export interface UploadedFile {
  id: string;
  originalName: string;
  mediaType: string;
  size: number;
}

export const rectificationApi = {
  notices: (params: ListParams | Record<string, unknown>): Promise<NoticePage> =>
    unwrap(
      client.GET('/api/food-safety/notices', {
        params: { query: pick(params, [...PAGE_KEYS, 'status', 'canteenId', 'campaignId', 'from', 'to', 'closedFrom', 'closedTo', 'asOf', 'q']) },
      }),
    ),
  notice: (id: string): Promise<NoticeDetail> => unwrap(client.GET('/api/food-safety/notices/{id}', { params: { path: { id } } })),
  update: (id: string, body: NoticeUpdate): Promise<NoticeDetail> => unwrap(client.PATCH('/api/food-safety/notices/{id}', { params: { path: { id } }, body })),
  submitEvidence: (id: string, itemId: string, body: { note: string; fileIds: string[] }): Promise<NoticeDetail> =>
    unwrap(client.POST('/api/food-safety/notices/{id}/items/{itemId}/evidence', { params: { path: { id, itemId } }, body })),
  accept: (id: string, itemId: string, note?: string): Promise<NoticeDetail> =>
    unwrap(client.POST('/api/food-safety/notices/{id}/items/{itemId}/accept', { params: { path: { id, itemId } }, body: note ? { note } : {} })),
  reject: (id: string, itemId: string, note: string): Promise<NoticeDetail> =>
    unwrap(client.POST('/api/food-safety/notices/{id}/items/{itemId}/reject', { params: { path: { id, itemId } }, body: { note } })),
  close: (id: string, version: number): Promise<NoticeDetail> =>
    unwrap(client.POST('/api/food-safety/notices/{id}/close', { params: { path: { id } }, body: { version } })),
  escalate: (id: string, reason: string): Promise<NoticeDetail> =>
    unwrap(client.POST('/api/food-safety/notices/{id}/escalate', { params: { path: { id } }, body: { reason } })),

  penalties: (params: ListParams | Record<string, unknown>): Promise<PenaltyPage> =>
    unwrap(client.GET('/api/food-safety/penalties', { params: { query: pick(params, [...PAGE_KEYS, 'canteenId', 'noticeId', 'reasonCode', 'from', 'to']) } })),
  recordPenalty: (body: PenaltyInput): Promise<Penalty> => unwrap(client.POST('/api/food-safety/penalties', { body })),

  campaignOptions: async (): Promise<{ value: string; label: string }[]> =>
    (await unwrap(client.GET('/api/food-safety/campaigns', { params: { query: { pageSize: 200 } as never } }))).items.map((c) => ({
      value: c.id,
      label: c.name,
    })),
  canteenOptions: async (): Promise<{ value: string; label: string }[]> =>
    (await unwrap(client.GET('/api/food-safety/canteens', { params: { query: { pageSize: 200 } as never } }))).items.map((c) => ({
      value: c.id,
      label: c.name,
    })),

  /** Uploads one photo or scan through core's files API, filed under the school (so the county's inspectors may read it). */
  upload: (file: File, organisationId: string | null): Promise<UploadedFile> => {
    const body = new FormData();
    body.append('file', file, file.name || 'photo.jpg');
    return apiFetch<UploadedFile>('/api/files', { method: 'POST', body, ...(organisationId ? { query: { organisationId } } : {}) });
  },
};

/** "12.34" (元, at most two decimals) → 1234 fen, without going through floating point; null when it is not an amount. */
export function yuanToFen(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const s = String(text).trim();
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
