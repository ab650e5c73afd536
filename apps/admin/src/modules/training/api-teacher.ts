/**
 * The teacher's own training (/api/training/my/…, check-in, questionnaires): my sessions, the
 * sessions open to enrol in, enrol-me and withdraw, the check-in with the trainer's code, and the
 * questionnaires to answer. Shapes are the generated client's.
 */
import type { components } from '@schoolbridge/api-client';
import { apiFetch } from '@schoolbridge/ui';

export const CHECK_IN = 'training.checkIn';
export const EVALUATION_RESPOND = 'training.evaluation.respond';

type S = components['schemas'];
export type MySession = S['MySessionDto'];
export type MySessionPage = S['MySessionPageDto'];
export type OpenSession = S['OpenSessionDto'];
export type OpenSessionPage = S['OpenSessionPageDto'];
export type EnrolmentResult = S['EnrolmentResultDto'];
export type WithdrawResult = S['WithdrawResultDto'];
export type CheckInResult = S['CheckInResultDto'];
export type MyQuestionnaire = S['MyQuestionnaireDto'];
export type MyQuestionnairePage = S['MyQuestionnairePageDto'];
export type Questionnaire = S['QuestionnaireDto'];
export type Question = S['QuestionDto'];
export type EnrolmentStatus = MySession['status'];
export type SessionStatus = MySession['sessionStatus'];

/** An answer per question code: a rating 1–5, one option, several options, or text. */
export type Answers = Record<string, number | string | string[]>;

const BASE = '/api/training';

export const teacherKeys = {
  all: ['training', 'my'] as const,
  sessions: (page: number) => ['training', 'my', 'sessions', page] as const,
  teacherSessions: (teacherId: string, page: number) => ['training', 'teacherSessions', teacherId, page] as const,
  openSessions: (page: number) => ['training', 'my', 'openSessions', page] as const,
  questionnaires: (page: number) => ['training', 'my', 'questionnaires', page] as const,
  questionnaire: (id: string) => ['training', 'my', 'questionnaire', id] as const,
};

export const teacherApi = {
  /** One teacher's sessions, for the teacher page (the teacher in the caller's directory scope). */
  teacherSessions: (teacherId: string, page: number, pageSize = 10) => apiFetch<MySessionPage>(`${BASE}/teachers/${teacherId}/sessions`, { query: { page, pageSize } }),
  mySessions: (page: number, pageSize = 20) => apiFetch<MySessionPage>(`${BASE}/my/sessions`, { query: { page, pageSize } }),
  openSessions: (page: number, pageSize = 20) => apiFetch<OpenSessionPage>(`${BASE}/my/open-sessions`, { query: { page, pageSize } }),
  enrolMe: (sessionId: string) => apiFetch<EnrolmentResult>(`${BASE}/sessions/${sessionId}/enrol-me`, { method: 'POST' }),
  withdraw: (enrolmentId: string, reason?: string) =>
    apiFetch<WithdrawResult>(`${BASE}/enrolments/${enrolmentId}/withdraw`, { method: 'POST', json: reason ? { reason } : {} }),
  /** The check-in with the code: the slot by the key the QR carries ('2026-12-07.am'). */
  checkIn: (body: { sessionId: string; slot: string; code: string }) => apiFetch<CheckInResult>(`${BASE}/check-in`, { method: 'POST', json: body }),
  myQuestionnaires: (page: number, pageSize = 50) => apiFetch<MyQuestionnairePage>(`${BASE}/my/questionnaires`, { query: { page, pageSize } }),
  questionnaire: (id: string) => apiFetch<Questionnaire>(`${BASE}/questionnaires/${id}`),
  answer: (id: string, answers: Answers) => apiFetch<MyQuestionnaire>(`${BASE}/questionnaires/${id}/responses`, { method: 'POST', json: { answers } }),
};
