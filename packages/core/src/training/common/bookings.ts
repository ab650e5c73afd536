/**
 * Bookings: who and what a live session occupies, per half-day (ARCHITECTURE §4: invariants under
 * concurrency are enforced by the database). Experts (the team leader included) and the venue
 * are booked on both halves of every day of a session, its seated teachers on their participant
 * slots. The unique index on (resource, resourceId, date, half) refuses a double booking even when
 * two sessions are saved at the same moment; before writing, the clashes are looked up so the
 * answer names them.
 */
import { In, type EntityManager } from 'typeorm';
import { newId, type Locale } from '@schoolbridge/shared';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { AppError } from '../../platform/errors/problem.js';
import { registerProblemMessages } from '../../platform/errors/messages.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { TrainingBooking, type BookingResource } from '../entities/timetable.entity.js';
import type { HalfDay } from '../rules/vocab.js';

registerProblemMessages({
  'training.conflict': {
    'zh-CN': '时间冲突，未保存：{clashes}',
    en: 'Nothing was saved because of a clash: {clashes}',
  },
});

export interface BookingKey {
  resource: BookingResource;
  resourceId: string;
  date: string;
  half: HalfDay;
}

/** A clash as the API reports it (extension member `clashes` of the 409). */
export interface Clash extends BookingKey {
  name: string;
  otherSessionId: string;
  otherTitle: string;
}

const HALVES: HalfDay[] = ['am', 'pm'];
const RESOURCE_WORDS: Record<BookingResource, Record<Locale, string>> = {
  expert: { 'zh-CN': '专家', en: 'Expert' },
  venue: { 'zh-CN': '场地', en: 'Venue' },
  teacher: { 'zh-CN': '教师', en: 'Teacher' },
};
const HALF_WORDS: Record<HalfDay, Record<Locale, string>> = { am: { 'zh-CN': '上午', en: 'morning' }, pm: { 'zh-CN': '下午', en: 'afternoon' } };
/** How many clashes the message spells out; the rest are counted. */
const SHOWN = 3;

const keyOf = (k: BookingKey) => `${k.resource}|${k.resourceId}|${k.date}|${k.half}`;

/** Every half-day of every date, for each resource. */
export function wholeDays(dates: string[], resources: { resource: BookingResource; resourceId: string }[]): BookingKey[] {
  return dates.flatMap((date) => HALVES.flatMap((half) => resources.map((r) => ({ ...r, date, half }))));
}

/** Bookings of other sessions on any of these keys, with names for the message. */
export async function findClashes(m: EntityManager, sessionId: string, keys: BookingKey[]): Promise<Clash[]> {
  if (keys.length === 0) return [];
  const wanted = new Set(keys.map(keyOf));
  const rows = await m.find(TrainingBooking, {
    where: {
      resource: In([...new Set(keys.map((k) => k.resource))]),
      resourceId: In([...new Set(keys.map((k) => k.resourceId))]),
      date: In([...new Set(keys.map((k) => k.date))]),
    },
  });
  const hits = rows.filter((r) => r.sessionId !== sessionId && wanted.has(keyOf(r))).sort((a, b) => a.date.localeCompare(b.date) || a.half.localeCompare(b.half));
  if (hits.length === 0) return [];
  const ids = (resource: BookingResource) => [...new Set(hits.filter((h) => h.resource === resource).map((h) => h.resourceId))];
  const names = new Map<string, string>();
  const load = async <T extends { id: string; name: string }>(entity: new () => T, list: string[]) => {
    if (list.length === 0) return;
    for (const row of await m.find(entity as never, { where: { id: In(list) } as never, select: { id: true, name: true } as never })) names.set((row as T).id, (row as T).name);
  };
  await load(Expert, ids('expert'));
  await load(Organisation, ids('venue'));
  await load(Teacher, ids('teacher'));
  const sessions = await m.find(TrainingSession, { where: { id: In([...new Set(hits.map((h) => h.sessionId))]) }, select: { id: true, title: true } });
  const titles = new Map(sessions.map((s) => [s.id, s.title]));
  return hits.map((h) => ({
    resource: h.resource,
    resourceId: h.resourceId,
    date: h.date,
    half: h.half,
    name: names.get(h.resourceId) ?? h.resourceId,
    otherSessionId: h.sessionId,
    otherTitle: titles.get(h.sessionId) ?? '',
  }));
}

/** The 409 naming the clashes in the caller's language: '专家欧阳明 2026-12-07 上午 已在「…」'. */
export function conflictError(clashes: Clash[], locale: Locale): AppError {
  const zh = locale === 'zh-CN';
  const line = (c: Clash) =>
    zh
      ? `${RESOURCE_WORDS[c.resource][locale]}${c.name} ${c.date} ${HALF_WORDS[c.half][locale]}已安排在「${c.otherTitle}」`
      : `${RESOURCE_WORDS[c.resource][locale]} ${c.name} is booked on ${c.date} (${HALF_WORDS[c.half][locale]}) in "${c.otherTitle}"`;
  const shown = clashes.slice(0, SHOWN).map(line).join(zh ? '；' : '; ');
  const more = clashes.length > SHOWN ? (zh ? `；另有 ${clashes.length - SHOWN} 处冲突` : `; and ${clashes.length - SHOWN} more`) : '';
  return new AppError(409, 'training.conflict', { clashes: shown + more }, [], { clashes });
}

/**
 * Replaces what a session books of a resource kind with `keys`: looks for clashes first (to name
 * them), then writes; a clash that slipped in meanwhile is caught by the unique index and named
 * the same way.
 */
async function replace(m: EntityManager, sessionId: string, kinds: BookingResource[], keys: BookingKey[], locale: Locale, match: Partial<Pick<TrainingBooking, 'resourceId'>> = {}): Promise<void> {
  const clashes = await findClashes(m, sessionId, keys);
  if (clashes.length > 0) throw conflictError(clashes, locale);
  for (const resource of kinds) await m.delete(TrainingBooking, { sessionId, resource, ...match });
  const rows = keys.map((k) => ({ id: newId(), sessionId, ...k }));
  try {
    for (let i = 0; i < rows.length; i += 200) await m.insert(TrainingBooking, rows.slice(i, i + 200));
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // On PostgreSQL the failed statement aborted the transaction: the caller's transaction fails
    // with this answer; the names come from what is visible now.
    throw conflictError(await findClashesAfterAbort(m, sessionId, keys), locale);
  }
}

/** After a unique violation PostgreSQL refuses further statements in the transaction: name the clash through a fresh read. */
async function findClashesAfterAbort(m: EntityManager, sessionId: string, keys: BookingKey[]): Promise<Clash[]> {
  if (m.connection.options.type !== 'postgres') return findClashes(m, sessionId, keys);
  const clashes = await findClashes(m.connection.manager, sessionId, keys).catch(() => []);
  return clashes.length > 0 ? clashes : keys.slice(0, 1).map((k) => ({ ...k, name: k.resourceId, otherSessionId: '', otherTitle: '' }));
}

/**
 * Books a session's team and venue on both halves of every date (its timetable's days). Call it
 * inside the transaction that saves the session; a cancelled session releases everything instead.
 */
export async function bookTeamAndVenue(m: EntityManager, session: { id: string; venueOrganisationId: string }, dates: string[], expertIds: string[], locale: Locale): Promise<void> {
  const resources: { resource: BookingResource; resourceId: string }[] = [...new Set(expertIds)].map((resourceId) => ({ resource: 'expert', resourceId }));
  resources.push({ resource: 'venue', resourceId: session.venueOrganisationId });
  await replace(m, session.id, ['expert', 'venue'], wholeDays([...new Set(dates)], resources), locale);
}

/** Books a seated teacher on the session's participant slots (an enrolment taking a seat). */
export async function bookTeacher(m: EntityManager, sessionId: string, teacherId: string, slots: { date: string; half: HalfDay }[], locale: Locale): Promise<void> {
  const keys = slots.map((s) => ({ resource: 'teacher' as const, resourceId: teacherId, date: s.date, half: s.half }));
  await replace(m, sessionId, ['teacher'], keys, locale, { resourceId: teacherId });
}

/** A teacher's clashes with other sessions on these slots, without writing (eligibility before a waitlist promotion). */
export function teacherClashes(m: EntityManager, sessionId: string, teacherId: string, slots: { date: string; half: HalfDay }[]): Promise<Clash[]> {
  return findClashes(
    m,
    sessionId,
    slots.map((s) => ({ resource: 'teacher' as const, resourceId: teacherId, date: s.date, half: s.half })),
  );
}

/** Frees a teacher's bookings in a session (withdrawal, rejection). */
export async function releaseTeacher(m: EntityManager, sessionId: string, teacherId: string): Promise<void> {
  await m.delete(TrainingBooking, { sessionId, resource: 'teacher', resourceId: teacherId });
}

/** Frees everything a session booked (cancellation). */
export async function releaseSession(m: EntityManager, sessionId: string): Promise<void> {
  await m.delete(TrainingBooking, { sessionId });
}
