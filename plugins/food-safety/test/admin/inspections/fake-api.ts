/**
 * The food-safety API as the inspections pages call it, faked at the fetch edge with a small state
 * the tests set up: one canteen, a two-area checklist draft, authorities, outings, notices,
 * campaigns and core's /api/auth/me and /api/files. Submitting scores the answers with the shared
 * rules and issues letter 某监餐意〔2026〕第015号, as the server would. Unknown routes answer 404.
 */
import { vi } from 'vitest';
import { noticeCandidates, scoreInspection, type Grade, type ItemResult, type Severity } from '../../../src/shared/rules';
import type { components } from '../../../src/admin/api/client';
import { makeMe, USER_ID } from './harness';

type S = components['schemas'];
export type InspectionDto = S['InspectionDto'];
export type ResultDto = S['ResultDto'];

export const INSPECTION_ID = '01900000-0000-7000-8000-00000000f001';
export const CANTEEN_ID = '01900000-0000-7000-8000-00000000c001';
export const SCHOOL_ID = '01900000-0000-7000-8000-00000000a001';
export const AUTHORITY_ID = '01900000-0000-7000-8000-00000000b001';
export const LETTER_ID = '01900000-0000-7000-8000-00000000d001';
export const NOTICE_ID = '01900000-0000-7000-8000-00000000e001';
export const CAMPAIGN_ID = '01900000-0000-7000-8000-000000009001';
export const OUTING_ID = '01900000-0000-7000-8000-000000008001';
export const COLLEAGUE_ID = '01900000-0000-7000-8000-000000000002';
export const LETTER_NUMBER = '某监餐意〔2026〕第015号';

function result(itemCode: string, areaCode: string, areaName: string, text: string, severity: Severity, weight: number): ResultDto {
  return {
    itemCode,
    areaCode,
    areaName,
    text,
    severity,
    weight,
    defectCode: null,
    result: null,
    correctedOnSite: false,
    note: null,
    repeat: false,
    leaveOffReason: null,
    photos: [],
  };
}

/** Two areas, five items: 许可 (A1 critical, A2 major) and 加工制作 (B1 major, B2 minor, B3 minor). */
export function draftInspection(overrides: Partial<InspectionDto> = {}): InspectionDto {
  return {
    id: INSPECTION_ID,
    kind: 'campaign',
    status: 'draft',
    canteenId: CANTEEN_ID,
    canteenName: '城关一小食堂',
    schoolName: '城关第一小学',
    campaignId: CAMPAIGN_ID,
    campaignName: '2026年春季学校食堂食品安全专项检查',
    outingId: OUTING_ID,
    inspectedOn: '2026-04-08',
    score: null,
    grade: null,
    uncappedGrade: null,
    capped: false,
    counts: { compliant: 0, nonCompliant: 0, notApplicable: 0, notObserved: 0, unanswered: 5, failedCritical: 0, correctedOnSite: 0, repeats: 0 },
    inspectors: [
      { userId: USER_ID, name: '王检查', agency: '县市场监督管理局餐饮服务监督所' },
      { userId: null, name: '李教体', agency: '县教体局' },
    ],
    letter: null,
    notice: null,
    amendments: 0,
    submittedAt: null,
    version: 1,
    followsInspectionId: null,
    templateId: '01900000-0000-7000-8000-000000007001',
    templateName: '学校食堂检查表',
    templateVersionId: '01900000-0000-7000-8000-000000007002',
    templateVersionNumber: 1,
    authorityId: null,
    authorityName: null,
    deadlineKind: null,
    deadlineOn: null,
    rectificationOwner: null,
    notes: null,
    canEdit: true,
    results: [
      result('A1', 'licence', '许可管理', '持有有效的食品经营许可证', 'critical', 10),
      result('A2', 'licence', '许可管理', '许可证悬挂在显著位置', 'major', 5),
      result('B1', 'processing', '加工制作', '生熟食品分开存放，无交叉污染', 'major', 10),
      result('B2', 'processing', '加工制作', '留样冰箱专用，留样量不少于125克', 'minor', 5),
      result('B3', 'processing', '加工制作', '加工场所清洁，无积水', 'minor', 5),
    ],
    ...overrides,
  };
}

export interface FakeCall {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

export interface FakeState {
  inspection: InspectionDto;
  authorities: S['AuthorityDto'][];
  canteen: S['CanteenDto'];
  outings: S['OutingDto'][];
  notices: S['NoticeListItemDto'][];
  inspections: S['InspectionSummaryDto'][];
  campaigns: S['CampaignDto'][];
  progress: S['CampaignProgressDto'];
  permissions?: string[];
  /** Reasons of the amendments made, in order. */
  amendReasons: string[];
  /** Answers a test forces (method + path). */
  forced: Map<string, { status: number; body: unknown }>;
}

export function problem(status: number, code: string, detail: string, errors?: { field: string; code: string; message: string }[]) {
  return { type: `urn:schoolbridge:problem:${code}`, title: 'Error', status, code, detail, ...(errors ? { errors } : {}) };
}

function json(status: number, body: unknown): Response {
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

export function canteen(overrides: Partial<S['CanteenDto']> = {}): S['CanteenDto'] {
  return {
    id: CANTEEN_ID,
    kind: 'canteen',
    name: '城关一小食堂',
    schoolId: SCHOOL_ID,
    schoolName: '城关第一小学',
    regionId: null,
    regionName: null,
    operator: 'selfRun',
    operatorName: null,
    licenceNo: 'JY14301230001',
    licenceExpiresOn: '2028-01-01',
    licenceState: 'valid',
    hasSampleFridge: true,
    hasDisinfection: true,
    hasPestProofing: true,
    address: null,
    contactName: null,
    contactMobile: null,
    mealsPerDay: 2,
    diners: 800,
    servedSchools: [],
    archivedAt: null,
    version: 1,
    ...overrides,
  };
}

export function notice(overrides: Partial<S['NoticeListItemDto']> = {}): S['NoticeListItemDto'] {
  return {
    id: NOTICE_ID,
    number: '某监餐意〔2026〕第009号整改',
    inspectionId: INSPECTION_ID,
    canteenId: CANTEEN_ID,
    canteenName: '城关一小食堂',
    canteenKind: 'canteen',
    issuedOn: '2026-03-20',
    deadlineKind: 'date',
    deadline: '2026-04-01',
    status: 'open',
    overdue: true,
    dueSoon: false,
    daysOverdue: 7,
    ownerName: '张校长',
    itemCount: 2,
    submittedCount: 1,
    acceptedCount: 0,
    closedOn: null,
    escalatedOn: null,
    version: 1,
    ...overrides,
  };
}

export function summaryOf(i: InspectionDto): S['InspectionSummaryDto'] {
  const {
    followsInspectionId: _f,
    templateId: _t,
    templateName: _tn,
    templateVersionId: _tv,
    templateVersionNumber: _tvn,
    authorityId: _a,
    authorityName: _an,
    uncappedGrade: _u,
    deadlineKind: _dk,
    deadlineOn: _do,
    rectificationOwner: _r,
    notes: _n,
    results: _res,
    canEdit: _c,
    ...summary
  } = i;
  return summary;
}

function answered(i: InspectionDto) {
  const rs = i.results.filter((r) => r.result !== null);
  return rs.map((r) => ({
    itemCode: r.itemCode,
    areaCode: r.areaCode,
    result: r.result as ItemResult,
    severity: r.severity,
    weight: r.weight,
    correctedOnSite: r.correctedOnSite,
  }));
}

function recount(i: InspectionDto): void {
  const s = scoreInspection(answered(i));
  i.counts = {
    compliant: s.counts.compliant,
    nonCompliant: s.counts.nonCompliant,
    notApplicable: s.counts.notApplicable,
    notObserved: s.counts.notObserved,
    unanswered: i.results.filter((r) => r.result === null).length,
    failedCritical: s.counts.failedCritical,
    correctedOnSite: s.counts.correctedOnSite,
    repeats: i.results.filter((r) => r.repeat).length,
  };
}

export function fakeApi(initial: Partial<FakeState> = {}) {
  const state: FakeState = {
    inspection: draftInspection(),
    authorities: [
      {
        id: AUTHORITY_ID,
        name: '示范县市场监督管理局餐饮服务监督所',
        numberPrefix: '某监餐意',
        regionId: 'r',
        regionName: '示范县',
        active: true,
        letterCount: 14,
        nextNumber: LETTER_NUMBER,
        version: 1,
      },
    ],
    canteen: canteen(),
    outings: [],
    notices: [],
    inspections: [],
    campaigns: [],
    progress: {
      campaignId: CAMPAIGN_ID,
      canteensInRegion: 209,
      canteensInspected: 120,
      inspections: 131,
      drafts: 3,
      letters: 131,
      outings: 22,
      personTimes: 113,
      vehicleTrips: 22,
      grades: [
        { grade: 'excellent', count: 40 },
        { grade: 'good', count: 60 },
        { grade: 'fair', count: 25 },
        { grade: 'fail', count: 6 },
      ],
      noticesIssued: 45,
      noticesByStatus: [
        { status: 'open', count: 10 },
        { status: 'closed', count: 35 },
      ],
      noticesOverdue: 4,
    },
    forced: new Map(),
    amendReasons: [],
    ...initial,
  };
  const calls: FakeCall[] = [];
  let fileSeq = 0;

  const handler = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : null;
    const url = new URL(req ? req.url : String(input), 'http://localhost');
    const method = (req?.method ?? init?.method ?? 'GET').toUpperCase();
    let body: unknown;
    const rawBody = init?.body ?? null;
    if (rawBody instanceof FormData) body = rawBody;
    else {
      const text = req ? await req.clone().text() : typeof rawBody === 'string' ? rawBody : null;
      body = text ? JSON.parse(text) : undefined;
    }
    const path = url.pathname;
    calls.push({ method, path, search: url.searchParams, body });
    const key = `${method} ${path}`;
    const forced = state.forced.get(key);
    if (forced) return json(forced.status, forced.body);
    const i = state.inspection;

    if (key === 'GET /api/auth/me') return json(200, makeMe(state.permissions));
    if (key === 'GET /api/regions/roots') return json(200, { items: [{ id: 'r', name: '示范县', parentId: null, hasChildren: false }] });
    if (key === 'POST /api/files') {
      const file = (body as FormData).get('file') as File;
      fileSeq += 1;
      const id = `01900000-0000-7000-8000-0000000f${String(fileSeq).padStart(4, '0')}`;
      return json(201, {
        id,
        originalName: file.name,
        mediaType: file.type,
        size: file.size,
        sha256: 'x',
        uploadedBy: USER_ID,
        scopePath: '/s/',
        createdAt: '2026-04-08T02:00:00.000Z',
        contentUrl: `/api/files/${id}/content`,
      });
    }

    const base = '/api/food-safety';
    if (key === `GET ${base}/authorities`) return json(200, { items: state.authorities, total: state.authorities.length, page: 1, pageSize: 200 });
    if (key === `GET ${base}/canteens/${state.canteen.id}`)
      return json(200, { ...state.canteen, handlers: { total: 0, onDuty: 0, flagged: 0, certificatesDue: 0 }, canManage: true });
    if (key === `GET ${base}/canteens`) {
      const items = state.canteen.schoolId === url.searchParams.get('schoolId') || !url.searchParams.get('schoolId') ? [state.canteen] : [];
      return json(200, { items, total: items.length, page: 1, pageSize: 20 });
    }
    if (key === `GET ${base}/outings`) return json(200, { items: state.outings, total: state.outings.length, page: 1, pageSize: 100 });
    if (key === `GET ${base}/notices`) {
      const status = url.searchParams.get('status');
      const canteenId = url.searchParams.get('canteenId');
      const items = state.notices.filter(
        (n) =>
          (!canteenId || n.canteenId === canteenId) &&
          (!status ||
            (status === 'overdue' ? n.overdue : status === 'dueSoon' ? n.dueSoon : status === 'notClosed' ? n.status !== 'closed' : n.status === status)),
      );
      return json(200, { items, total: items.length, page: 1, pageSize: 50, dueSoonDays: 3 });
    }
    if (key === `GET ${base}/campaigns`) return json(200, { items: state.campaigns, total: state.campaigns.length, page: 1, pageSize: 20 });
    if (/^GET \/api\/food-safety\/campaigns\/[^/]+\/progress$/.test(key)) return json(200, state.progress);
    const campaignOne = /^GET \/api\/food-safety\/campaigns\/([^/]+)$/.exec(key);
    if (campaignOne) {
      const c = state.campaigns.find((x) => x.id === campaignOne[1]);
      return c ? json(200, c) : json(404, problem(404, 'notFound', '找不到该专项检查'));
    }
    if (key === `GET ${base}/templates`) return json(200, { items: [], total: 0, page: 1, pageSize: 200 });
    if (key === `POST ${base}/inspections`) {
      const b = body as { kind: InspectionDto['kind']; canteenId: string; campaignId?: string | null; outingId?: string | null; inspectedOn?: string };
      if (b.kind === 'campaign' && !b.campaignId)
        return json(
          400,
          problem(400, 'validation.failed', '提交的内容有误', [{ field: 'campaignId', code: 'validation.required', message: '请选择专项检查' }]),
        );
      state.inspection = draftInspection({
        kind: b.kind,
        campaignId: b.campaignId ?? null,
        outingId: b.outingId ?? null,
        inspectedOn: b.inspectedOn ?? '2026-04-08',
      });
      return json(201, state.inspection);
    }
    if (key === `GET ${base}/inspections`) {
      const p = url.searchParams;
      const items = state.inspections.filter(
        (r) =>
          (!p.get('status') || r.status === p.get('status')) &&
          (!p.get('canteenId') || r.canteenId === p.get('canteenId')) &&
          (!p.get('grade') || r.grade === p.get('grade')),
      );
      const pageSize = Number(p.get('pageSize') ?? 20);
      return json(200, { items: items.slice(0, pageSize), total: items.length, page: 1, pageSize });
    }

    const one = `${base}/inspections/${i.id}`;
    if (key === `GET ${one}`) return json(200, i);
    if (key === `PATCH ${one}`) {
      const b = body as {
        version: number;
        inspectors?: { userId?: string | null; name?: string; agency?: string | null }[];
        authorityId?: string | null;
        notes?: string | null;
      };
      if (b.version !== i.version) return json(409, problem(409, 'conflict.stale', '该记录已被他人修改，请刷新后重试'));
      if (b.inspectors) i.inspectors = b.inspectors.map((p) => ({ userId: p.userId ?? null, name: p.name ?? '', agency: p.agency ?? null }));
      if (b.authorityId !== undefined) {
        i.authorityId = b.authorityId;
        i.authorityName = state.authorities.find((a) => a.id === b.authorityId)?.name ?? null;
      }
      if (b.notes !== undefined) i.notes = b.notes;
      i.version += 1;
      return json(200, i);
    }
    if (key === `PUT ${one}/results`) {
      const b = body as {
        version: number;
        results: { itemCode: string; result?: ItemResult | null; correctedOnSite?: boolean; note?: string | null; leaveOffReason?: string | null }[];
      };
      if (b.version !== i.version) return json(409, problem(409, 'conflict.stale', '该记录已被他人修改，请刷新后重试'));
      for (const r of b.results) {
        const row = i.results.find((x) => x.itemCode === r.itemCode)!;
        if (r.result !== undefined) row.result = r.result;
        if (r.correctedOnSite !== undefined) row.correctedOnSite = r.correctedOnSite;
        if (r.note !== undefined) row.note = r.note;
        if (r.leaveOffReason !== undefined) row.leaveOffReason = r.leaveOffReason;
      }
      recount(i);
      i.version += 1;
      return json(200, i);
    }
    if (key === `POST ${one}/submit`) {
      const b = body as {
        version?: number;
        authorityId?: string;
        deadline?: { kind: 'date' | 'immediateOngoing'; on?: string };
        rectificationOwner?: string | null;
      };
      if (i.status === 'submitted') return json(409, problem(409, 'foodSafety.inspection.alreadySubmitted', '该检查已提交，如需更改请修正'));
      if (b.version !== undefined && b.version !== i.version) return json(409, problem(409, 'conflict.stale', '该记录已被他人修改，请刷新后重试'));
      const s = scoreInspection(answered(i));
      i.status = 'submitted';
      i.score = s.score;
      i.grade = s.grade as Grade | null;
      i.uncappedGrade = s.uncappedGrade as Grade | null;
      i.capped = s.capped;
      i.authorityId = b.authorityId ?? i.authorityId;
      i.authorityName = state.authorities.find((a) => a.id === i.authorityId)?.name ?? null;
      i.deadlineKind = b.deadline?.kind ?? null;
      i.deadlineOn = b.deadline?.on ?? null;
      i.rectificationOwner = b.rectificationOwner ?? null;
      i.submittedAt = '2026-04-08T03:00:00.000Z';
      i.letter = { id: LETTER_ID, number: LETTER_NUMBER, currentRevision: 1 };
      const onNotice = noticeCandidates(
        i.results
          .filter((r) => r.result !== null)
          .map((r) => ({ itemCode: r.itemCode, result: r.result as ItemResult, severity: r.severity, correctedOnSite: r.correctedOnSite })),
        i.results.filter((r) => r.leaveOffReason).map((r) => ({ itemCode: r.itemCode, reason: r.leaveOffReason! })),
      ).onNotice;
      i.notice = onNotice.length ? { id: NOTICE_ID, number: `${LETTER_NUMBER}整改`, status: 'open' } : null;
      recount(i);
      i.version += 1;
      return json(200, i);
    }
    if (key === `POST ${one}/amend`) {
      const b = body as {
        version: number;
        reason: string;
        results?: { itemCode: string; result?: ItemResult | null; correctedOnSite?: boolean; note?: string | null; leaveOffReason?: string | null }[];
        deadline?: { kind: 'date' | 'immediateOngoing'; on?: string };
      };
      if (i.status !== 'submitted') return json(409, problem(409, 'foodSafety.inspection.notSubmitted', '草稿不能修正'));
      if (b.version !== i.version) return json(409, problem(409, 'conflict.stale', '该记录已被他人修改，请刷新后重试'));
      for (const r of b.results ?? []) {
        const row = i.results.find((x) => x.itemCode === r.itemCode)!;
        if (r.result !== undefined) row.result = r.result;
        if (r.correctedOnSite !== undefined) row.correctedOnSite = r.correctedOnSite;
        if (r.note !== undefined) row.note = r.note;
        if (r.leaveOffReason !== undefined) row.leaveOffReason = r.leaveOffReason;
      }
      const s = scoreInspection(answered(i));
      i.score = s.score;
      i.grade = s.grade as Grade | null;
      i.capped = s.capped;
      if (b.deadline && !i.deadlineKind) {
        i.deadlineKind = b.deadline.kind;
        i.deadlineOn = b.deadline.on ?? null;
      }
      i.amendments += 1;
      i.letter = { ...i.letter!, currentRevision: i.letter!.currentRevision + 1 };
      state.amendReasons.push(b.reason);
      recount(i);
      i.version += 1;
      return json(200, i);
    }
    if (key === `GET ${base}/letters/${LETTER_ID}`) {
      const revisions = Array.from({ length: i.letter?.currentRevision ?? 1 }, (_, n) => ({
        revision: n + 1,
        issuedOn: '2026-04-08',
        issuedAt: '2026-04-08T03:00:00.000Z',
        reason: n === 0 ? null : (state.amendReasons[n - 1] ?? null),
        pdfUrl: `/api/food-safety/letters/${LETTER_ID}/pdf?revision=${n + 1}`,
      }));
      return json(200, {
        id: LETTER_ID,
        number: LETTER_NUMBER,
        authorityId: AUTHORITY_ID,
        authorityName: state.authorities[0]!.name,
        year: 2026,
        serial: 15,
        currentRevision: revisions.length,
        issuedOn: '2026-04-08',
        inspectionId: i.id,
        inspectionKind: i.kind,
        inspectedOn: i.inspectedOn,
        canteenId: i.canteenId,
        canteenName: i.canteenName,
        schoolName: i.schoolName,
        grade: i.grade,
        pdfUrl: `/api/food-safety/letters/${LETTER_ID}/pdf`,
        revisions,
        current: null,
      });
    }
    const photo = new RegExp(`^POST ${one}/results/([^/]+)/photos$`).exec(key);
    if (photo) {
      const row = i.results.find((x) => x.itemCode === decodeURIComponent(photo[1]!))!;
      const fileId = (body as { fileId: string }).fileId;
      row.photos.push({ fileId, originalName: 'photo.jpg', mediaType: 'image/jpeg', contentUrl: `/api/files/${fileId}/content` });
      return json(200, row);
    }
    return json(404, problem(404, 'notFound', `no fake for ${key}`));
  };

  const fetchMock = vi.fn(handler);
  vi.stubGlobal('fetch', fetchMock);
  return { state, calls, fetchMock };
}

export type FakeApi = ReturnType<typeof fakeApi>;
