/**
 * The training API (/api/training/…) as the centre's pages read it: vocabularies, programmes, the
 * expert pool, sessions with their timetable, the calendar, enrolment lists and the coordinator's
 * actions, evaluation results and feedback lessons. Shapes are the generated client's; the
 * fetchers and TanStack Query keys follow the directory module. Attendance and the teacher's own
 * pages have theirs in api-attendance.ts and api-teacher.ts.
 */
import { useQuery } from '@tanstack/react-query';
import type { components } from '@schoolbridge/api-client';
import { apiFetch, type ListParams, type Page } from '@schoolbridge/ui';
import { directoryApi } from '../directory/api';

export const TRAINING_READ = 'training.read';
export const TRAINING_MANAGE = 'training.manage';
export const TRAINING_ENROL = 'training.enrol';
export const TRAINING_ENROL_SELF = 'training.enrol.self';
export const TRAINING_ENROL_APPROVE = 'training.enrol.approve';
export const TRAINING_ATTENDANCE_RUN = 'training.attendance.run';
export const TRAINING_EVALUATION_MANAGE = 'training.evaluation.manage';
export const TRAINING_FEEDBACK_RATE = 'training.feedback.rate';

type S = components['schemas'];
export type TrainingVocabularies = S['TrainingVocabulariesDto'];
export type TrainingVocabName = keyof TrainingVocabularies;
export type TrainingVocabEntry = S['TrainingVocabEntryDto'];

export type Programme = S['ProgrammeDto'];
export type ProgrammeEvaluation = S['ProgrammeEvaluationDto'];
export type SessionSatisfaction = S['SessionSatisfactionDto'];
export type Expert = S['ExpertDto'];
export type ExpertSchedule = S['ExpertScheduleDto'];
export type ExpertBooking = S['ExpertBookingDto'];
export type SessionDetail = S['SessionDetailDto'];
export type SessionListItem = S['SessionListItemDto'];
export type SessionDay = S['SessionDayDto'];
export type SessionHalf = S['SessionHalfDto'];
export type SessionModule = S['SessionModuleDto'];
export type SessionTeamMember = S['SessionTeamMemberDto'];
export type SessionStatus = SessionDetail['status'];
export type TimetableDayInput = S['TimetableDayInputDto'];
export type TimetableHalfInput = S['TimetableHalfInputDto'];
export type TimetableModuleInput = S['TimetableModuleInputDto'];
export type CreateSessionBody = S['CreateSessionDto'];
export type UpdateSessionBody = S['UpdateSessionDto'];
export type Calendar = S['TrainingCalendarDto'];
export type CalendarSession = S['TrainingCalendarSessionDto'];
export type Clash = S['ClashDto'];
export type Enrolment = S['EnrolmentDto'];
export type EnrolmentStatus = Enrolment['status'];
export type EnrolmentPage = S['EnrolmentPageDto'];
export type EnrolmentResult = S['EnrolmentResultDto'];
export type EnrolBatchResult = S['EnrolBatchResultDto'];
export type WithdrawResult = S['WithdrawResultDto'];
export type Questionnaire = S['QuestionnaireDto'];
export type QuestionnaireKind = Questionnaire['kind'];
export type QuestionnaireResults = S['QuestionnaireResultsDto'];
export type QuestionResult = S['QuestionResultDto'];
export type QuestionTemplate = S['QuestionTemplateDto'];
export type FeedbackLesson = S['FeedbackLessonDto'];
export type HalfDay = SessionHalf['half'];

export const SESSION_STATUSES: SessionStatus[] = ['draft', 'published', 'running', 'completed', 'cancelled'];
export const HALF_DAYS: HalfDay[] = ['am', 'pm'];
/** DOMAIN.md §4: at most 60% of a team may be local (per head). */
export const LOCAL_SHARE_LIMIT = 0.6;
/** The API's limit of days per calendar request. */
export const CALENDAR_MAX_DAYS = 62;

/** A teacher as the directory's list answers it, for the enrol picker and lesson teachers. */
export interface TeacherOption {
  id: string;
  name: string;
  schoolId: string;
  schoolName: string;
  subjects: string[];
}

const BASE = '/api/training';
type Query = Record<string, string | number | boolean | null | undefined>;

export const trainingKeys = {
  all: ['training'] as const,
  vocabularies: ['training', 'vocabularies'] as const,
  programmes: ['training', 'programmes'] as const,
  programme: (id: string) => ['training', 'programmes', 'detail', id] as const,
  programmeEvaluation: (id: string) => ['training', 'programmes', 'evaluation', id] as const,
  programmeOptions: ['training', 'programmes', 'options'] as const,
  experts: ['training', 'experts'] as const,
  expert: (id: string) => ['training', 'experts', 'detail', id] as const,
  expertSchedule: (id: string, from: string, to: string) => ['training', 'experts', 'schedule', id, from, to] as const,
  expertOptions: ['training', 'experts', 'options'] as const,
  sessions: ['training', 'sessions'] as const,
  session: (id: string) => ['training', 'sessions', 'detail', id] as const,
  calendar: ['training', 'calendar'] as const,
  enrolments: (sessionId: string) => ['training', 'sessions', 'enrolments', sessionId] as const,
  questionnaires: (sessionId: string) => ['training', 'sessions', 'questionnaires', sessionId] as const,
  questionnaireResults: (id: string) => ['training', 'questionnaires', 'results', id] as const,
  questionTemplates: (kind: string) => ['training', 'question-templates', kind] as const,
  feedbackLessons: (sessionId: string) => ['training', 'sessions', 'feedback-lessons', sessionId] as const,
  venueOptions: ['training', 'venues', 'options'] as const,
  ownerOptions: ['training', 'owners', 'options'] as const,
  teachers: (schoolId: string, q: string) => ['training', 'teachers', schoolId, q] as const,
};

export const trainingApi = {
  vocabularies: () => apiFetch<TrainingVocabularies>(`${BASE}/vocabularies`),

  programmes: (query: ListParams | Query) => apiFetch<Page<Programme>>(`${BASE}/programmes`, { query }),
  programme: (id: string) => apiFetch<Programme>(`${BASE}/programmes/${id}`),
  createProgramme: (body: Record<string, unknown>) => apiFetch<Programme>(`${BASE}/programmes`, { json: body }),
  updateProgramme: (id: string, body: Record<string, unknown>) => apiFetch<Programme>(`${BASE}/programmes/${id}`, { method: 'PATCH', json: body }),
  archiveProgramme: (id: string) => apiFetch<Programme>(`${BASE}/programmes/${id}/archive`, { method: 'POST' }),
  restoreProgramme: (id: string) => apiFetch<Programme>(`${BASE}/programmes/${id}/restore`, { method: 'POST' }),
  deleteProgramme: (id: string) => apiFetch<void>(`${BASE}/programmes/${id}`, { method: 'DELETE' }),
  programmeEvaluation: (id: string) => apiFetch<ProgrammeEvaluation>(`${BASE}/programmes/${id}/evaluation`),

  experts: (query: ListParams | Query) => apiFetch<Page<Expert>>(`${BASE}/experts`, { query }),
  expert: (id: string) => apiFetch<Expert>(`${BASE}/experts/${id}`),
  createExpert: (body: Record<string, unknown>) => apiFetch<Expert>(`${BASE}/experts`, { json: body }),
  updateExpert: (id: string, body: Record<string, unknown>) => apiFetch<Expert>(`${BASE}/experts/${id}`, { method: 'PATCH', json: body }),
  archiveExpert: (id: string) => apiFetch<Expert>(`${BASE}/experts/${id}/archive`, { method: 'POST' }),
  restoreExpert: (id: string) => apiFetch<Expert>(`${BASE}/experts/${id}/restore`, { method: 'POST' }),
  deleteExpert: (id: string) => apiFetch<void>(`${BASE}/experts/${id}`, { method: 'DELETE' }),
  expertSchedule: (id: string, from: string, to: string) => apiFetch<ExpertSchedule>(`${BASE}/experts/${id}/schedule`, { query: { from, to } }),

  sessions: (query: ListParams | Query) => apiFetch<Page<SessionListItem>>(`${BASE}/sessions`, { query }),
  session: (id: string) => apiFetch<SessionDetail>(`${BASE}/sessions/${id}`),
  template: (sunday: string) => apiFetch<{ days: TimetableDayInput[] }>(`${BASE}/sessions/template`, { json: { sunday } }),
  createSession: (body: CreateSessionBody) => apiFetch<SessionDetail>(`${BASE}/sessions`, { json: body }),
  updateSession: (id: string, body: UpdateSessionBody) => apiFetch<SessionDetail>(`${BASE}/sessions/${id}`, { method: 'PATCH', json: body }),
  publish: (id: string) => apiFetch<SessionDetail>(`${BASE}/sessions/${id}/publish`, { method: 'POST' }),
  start: (id: string) => apiFetch<SessionDetail>(`${BASE}/sessions/${id}/start`, { method: 'POST' }),
  cancel: (id: string, reason: string) => apiFetch<SessionDetail>(`${BASE}/sessions/${id}/cancel`, { json: { reason } }),
  complete: (id: string) => apiFetch<unknown>(`${BASE}/sessions/${id}/complete`, { method: 'POST' }),
  calendar: (query: { from: string; to: string; venueId?: string; expertId?: string; includeCancelled?: boolean }) =>
    apiFetch<Calendar>(`${BASE}/calendar`, { query }),

  enrolments: (sessionId: string, query: Query) => apiFetch<EnrolmentPage>(`${BASE}/sessions/${sessionId}/enrolments`, { query }),
  enrol: (sessionId: string, teacherIds: string[]) => apiFetch<EnrolBatchResult>(`${BASE}/sessions/${sessionId}/enrolments`, { json: { teacherIds } }),
  approve: (enrolmentId: string) => apiFetch<Enrolment>(`${BASE}/enrolments/${enrolmentId}/approve`, { method: 'POST' }),
  reject: (enrolmentId: string, reason: string) => apiFetch<Enrolment>(`${BASE}/enrolments/${enrolmentId}/reject`, { json: { reason } }),
  withdraw: (enrolmentId: string, reason?: string) =>
    apiFetch<WithdrawResult>(`${BASE}/enrolments/${enrolmentId}/withdraw`, { json: reason ? { reason } : {} }),

  questionnaires: (sessionId: string) => apiFetch<Page<Questionnaire>>(`${BASE}/sessions/${sessionId}/questionnaires`, { query: { page: 1, pageSize: 50 } }),
  createQuestionnaire: (
    sessionId: string,
    body: { kind: QuestionnaireKind; templateId: string; title?: string; anonymous?: boolean; opensOn?: string | null; closesOn?: string | null },
  ) => apiFetch<Questionnaire>(`${BASE}/sessions/${sessionId}/questionnaires`, { json: body }),
  questionnaireResults: (id: string) => apiFetch<QuestionnaireResults>(`${BASE}/questionnaires/${id}/results`),
  questionTemplates: (kind: QuestionnaireKind) => apiFetch<Page<QuestionTemplate>>(`${BASE}/question-templates`, { query: { kind, page: 1, pageSize: 100 } }),

  feedbackLessons: (sessionId: string) =>
    apiFetch<Page<FeedbackLesson>>(`${BASE}/sessions/${sessionId}/feedback-lessons`, { query: { page: 1, pageSize: 100 } }),
  createFeedbackLesson: (sessionId: string, body: { teacherId: string; givenOn: string; title: string; subject?: string | null; notes?: string | null }) =>
    apiFetch<FeedbackLesson>(`${BASE}/sessions/${sessionId}/feedback-lessons`, { json: body }),
  rateFeedbackLesson: (lessonId: string, expertId: string, body: { score: number; comment?: string | null }) =>
    apiFetch<FeedbackLesson>(`${BASE}/feedback-lessons/${lessonId}/ratings/${expertId}`, { method: 'PUT', json: body }),

  /** Teachers of a school by name, pinyin or initials (the directory's list, within the caller's scope). */
  teachers: async (schoolId: string, q: string): Promise<TeacherOption[]> => {
    const page = await directoryApi.teachers({ schoolId, ...(q ? { q } : {}), page: 1, pageSize: 100, sort: 'name' });
    return page.items.map((t) => ({ id: t.id, name: t.name, schoolId: t.schoolId, schoolName: t.schoolName, subjects: t.subjects }));
  },
};

/** Training's closed vocabularies; they change only with a new version. */
export function useTrainingVocabularies() {
  return useQuery({ queryKey: trainingKeys.vocabularies, queryFn: trainingApi.vocabularies, staleTime: Infinity });
}

/** Every page of a list, for pickers (the API caps a page at 200). */
async function allPages<T>(fetch: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const first = await fetch(1);
  const items = [...first.items];
  const pages = Math.ceil(first.total / 200);
  for (let page = 2; page <= Math.min(pages, 25); page++) items.push(...(await fetch(page)).items);
  return items;
}

/** The expert pool in the caller's scope (current experts), for the team pickers and filters. */
export function useExpertOptions() {
  return useQuery({
    queryKey: trainingKeys.expertOptions,
    queryFn: () => allPages((page) => trainingApi.experts({ page, pageSize: 200, sort: 'name' })),
    staleTime: 60_000,
  });
}

/** Current programmes, for the session editor's and the list's programme select. */
export function useProgrammeOptions() {
  return useQuery({
    queryKey: trainingKeys.programmeOptions,
    queryFn: async () =>
      (await allPages((page) => trainingApi.programmes({ page, pageSize: 200, sort: '-startsOn' }))).map((p) => ({ value: p.id, label: p.name })),
    staleTime: 60_000,
  });
}

/** Organisations of some kinds in the caller's scope, by name (the directory's school-select approach). */
async function organisationsOfKinds(kinds: string[]) {
  const lists = await Promise.all(kinds.map((kind) => allPages((page) => directoryApi.organisations({ kind, page, pageSize: 200, sort: 'name' }))));
  return lists.flat().map((o) => ({ value: o.id, label: o.name, kind: o.kind }));
}

/** Venues: the schools (送培校) and training centres in the caller's scope. */
export function useVenueOptions() {
  return useQuery({ queryKey: trainingKeys.venueOptions, queryFn: () => organisationsOfKinds(['school', 'training_centre']), staleTime: 5 * 60_000 });
}

/** Who runs programmes and keeps expert pools: training centres and bureaus in the caller's scope. */
export function useOwnerOptions() {
  return useQuery({ queryKey: trainingKeys.ownerOptions, queryFn: () => organisationsOfKinds(['training_centre', 'bureau']), staleTime: 5 * 60_000 });
}
