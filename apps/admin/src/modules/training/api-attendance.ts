/**
 * Attendance of a session as the trainer and the coordinator work it (/api/training/…): the
 * rotating check-in code, a slot's sheet, confirmation, walk-ins, marks with a reason, the
 * sign-in sheet and completion. Shapes are the generated client's.
 */
import type { components } from '@schoolbridge/api-client';
import { apiFetch, serverNow, serverTimeZone, type Page } from '@schoolbridge/ui';
import type { SessionDetail } from './api';

/** 补登 / 更正 with a reason (the run permission and training.manage are in api.ts). */
export const ATTENDANCE_MARK = 'training.attendance.mark';

type S = components['schemas'];
export type CheckInCode = S['CheckInCodeDto'];
export type SlotAttendance = S['SlotAttendanceDto'];
export type AttendanceRow = S['AttendanceRowDto'];
export type AttendanceMark = NonNullable<AttendanceRow['mark']>;
export type AttendanceSource = NonNullable<AttendanceRow['source']>;
export type MarkResult = S['MarkResultDto'];
export type SignInSheet = S['SignInSheetDto'];
export type SessionCompletion = S['SessionCompletionDto'];
export type CompletionRun = S['CompletionRunDto'];
export type TeacherCompletion = S['TeacherCompletionDto'];
export type HalfDay = SlotAttendance['half'];

export const ATTENDANCE_MARKS: AttendanceMark[] = ['present', 'late', 'absent', 'excused'];

/** A teacher the session may take as a walk-in, for the picker. */
export interface WalkInCandidate {
  id: string;
  name: string;
  schoolName: string;
  subjects: string[];
}

const BASE = '/api/training';

export const attendanceKeys = {
  all: ['training', 'attendance'] as const,
  code: (sessionId: string, slotId: string) => ['training', 'attendance', 'code', sessionId, slotId] as const,
  sheet: (sessionId: string, slotId: string) => ['training', 'attendance', 'sheet', sessionId, slotId] as const,
  signInSheet: (sessionId: string) => ['training', 'attendance', 'signInSheet', sessionId] as const,
  completion: (sessionId: string) => ['training', 'attendance', 'completion', sessionId] as const,
  teacherSearch: (sessionId: string, q: string) => ['training', 'attendance', 'teacherSearch', sessionId, q] as const,
  /** The same key as the directory module's, so the words are fetched once. */
  directoryVocabularies: ['directory', 'vocabularies'] as const,
};

const slotPath = (sessionId: string, slotId: string) => `${BASE}/sessions/${sessionId}/slots/${slotId}`;

export const attendanceApi = {
  checkInCode: (sessionId: string, slotId: string) => apiFetch<CheckInCode>(`${slotPath(sessionId, slotId)}/check-in-code`),
  sheet: (sessionId: string, slotId: string) => apiFetch<SlotAttendance>(`${slotPath(sessionId, slotId)}/attendance`),
  /** Confirms the named teachers (those without a record are marked present by the trainer). */
  confirm: (sessionId: string, slotId: string, teacherIds: string[]) =>
    apiFetch<SlotAttendance>(`${slotPath(sessionId, slotId)}/attendance/confirm`, { method: 'POST', json: { teacherIds } }),
  /** 补登 / 更正: the mark with its reason; `version` of the record being corrected, when there is one. */
  mark: (sessionId: string, slotId: string, teacherId: string, body: { mark: AttendanceMark; reason: string; version?: number }) =>
    apiFetch<MarkResult>(`${slotPath(sessionId, slotId)}/attendance/${teacherId}`, { method: 'PUT', json: body }),
  walkIn: (sessionId: string, body: { teacherId: string; slotId: string }) =>
    apiFetch<SlotAttendance>(`${BASE}/sessions/${sessionId}/walk-ins`, { method: 'POST', json: body }),
  signInSheet: (sessionId: string) => apiFetch<SignInSheet>(`${BASE}/sessions/${sessionId}/sign-in-sheet`),
  completion: (sessionId: string) => apiFetch<SessionCompletion>(`${BASE}/sessions/${sessionId}/completion`),
  complete: (sessionId: string) => apiFetch<CompletionRun>(`${BASE}/sessions/${sessionId}/complete`, { method: 'POST' }),
  recompute: (sessionId: string) => apiFetch<CompletionRun>(`${BASE}/sessions/${sessionId}/completion/recompute`, { method: 'POST' }),
  /** Awards and reversals of 学时 handed to the credits module for one teacher (training.manage). */
  /** Teachers of the directory by name, pinyin or initials (zs → 张三), 20 at a time. */
  /** The directory's words (subjects for the sign-in sheet); any signed-in user may read them. */
  directoryVocabularies: () => apiFetch<{ subjects: { code: string; name: { 'zh-CN': string; en: string } }[] }>('/api/directory/vocabularies'),
  // the session's own candidates: an expert trainer has no directory scope to search
  searchTeachers: (sessionId: string, q: string) => apiFetch<Page<WalkInCandidate>>(`/api/training/sessions/${sessionId}/walk-in-candidates`, { query: { q } }),
};

/** Today's date (YYYY-MM-DD) where the deployment is (Asia/Shanghai), to tell a slot's day. */
export function todayInZone(now: number = serverNow(), timeZone = serverTimeZone()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A session's participant slots (the units of attendance), in time order. */
export function participantSlots(session: Pick<SessionDetail, 'days'>) {
  return session.days
    .flatMap((d) =>
      d.halves.filter((h) => h.participantSlot).map((h) => ({ slotId: h.slotId, date: d.date, half: h.half, startsAt: h.startsAt, endsAt: h.endsAt })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half));
}

export type ParticipantSlot = ReturnType<typeof participantSlots>[number];

/** At least this often the trainer's screen fetches the code again, whatever rotatesAt said (≤ 30 s, issue 5). */
export const CODE_REFETCH_FLOOR_MS = 30_000;

/**
 * When to fetch the next code: at rotatesAt (a little after, so the server has moved on). A clock
 * on this device far from the server's would make that wrong, so then once a window instead; the
 * previous window's code is still accepted, so a code shown a little late still works.
 */
export function nextFetchDelay(rotatesAt: string, windowSeconds: number, now: number = serverNow()): number {
  const windowMs = Math.min(windowSeconds * 1000, CODE_REFETCH_FLOOR_MS);
  const delay = Date.parse(rotatesAt) - now;
  return delay > 0 && delay <= windowMs + 2000 ? delay + 300 : windowMs;
}
