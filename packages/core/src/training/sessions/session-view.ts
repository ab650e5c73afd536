/** Reading a session back: what is stored as a plan (for edits) and as the detail the API answers. */
import { In, type EntityManager } from 'typeorm';
import type { Locale } from '@schoolbridge/shared';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import type { SchoolStage, Subject } from '../../directory/rules/vocab.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';
import { TrainingSession, TrainingSessionSchool, TrainingSessionStage, TrainingSessionSubject } from '../entities/session.entity.js';
import { SessionExpert, TimetableItem, TrainingSlot } from '../entities/timetable.entity.js';
import { localShare } from '../rules/experts.js';
import { HALF_DAY_NAMES, nextStatuses, statusOn, type EnrolmentStatus, type HalfDay } from '../rules/vocab.js';
import type { SessionDetailDto } from './dto/session.dto.js';
import type { PlanHalf } from './plan.js';

export interface StoredHalf extends PlanHalf {
  slotId: string;
  itemIds: string[];
}

export interface StoredSession {
  days: { date: string; halves: StoredHalf[] }[];
  team: SessionExpert[];
  schoolIds: string[];
  subjects: Subject[];
  stages: SchoolStage[];
}

const HALF_ORDER: Record<HalfDay, number> = { am: 0, pm: 1 };

/** Slots in time order, each with its modules in order. */
async function timetable(m: EntityManager, sessionId: string): Promise<{ slots: TrainingSlot[]; items: Map<string, TimetableItem[]> }> {
  const slots = (await m.find(TrainingSlot, { where: { sessionId } })).sort((a, b) => a.date.localeCompare(b.date) || HALF_ORDER[a.half] - HALF_ORDER[b.half]);
  const items = new Map<string, TimetableItem[]>();
  for (const it of (await m.find(TimetableItem, { where: { sessionId } })).sort((a, b) => a.position - b.position))
    items.set(it.slotId, [...(items.get(it.slotId) ?? []), it]);
  return { slots, items };
}

function byDate<T extends { date: string }>(slots: T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const s of slots) days.set(s.date, [...(days.get(s.date) ?? []), s]);
  return days;
}

export async function loadStored(m: EntityManager, sessionId: string): Promise<StoredSession> {
  const { slots, items } = await timetable(m, sessionId);
  const days = [...byDate(slots)].map(([date, list]) => ({
    date,
    halves: list.map((s) => ({
      slotId: s.id,
      half: s.half,
      participantSlot: s.participantSlot,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      itemIds: (items.get(s.id) ?? []).map((i) => i.id),
      modules: (items.get(s.id) ?? []).map((i) => ({ kind: i.kind, title: i.title, expertId: i.expertId, lessonTeacherId: i.lessonTeacherId })),
    })),
  }));
  const team = (await m.find(SessionExpert, { where: { sessionId } })).sort((a, b) => (a.role === b.role ? 0 : a.role === 'leader' ? -1 : 1));
  const schoolIds = (await m.find(TrainingSessionSchool, { where: { sessionId } })).map((r) => r.organisationId).sort();
  const subjects = (await m.find(TrainingSessionSubject, { where: { sessionId } })).map((r) => r.subject).sort();
  const stages = (await m.find(TrainingSessionStage, { where: { sessionId } })).map((r) => r.stage).sort();
  return { days, team, schoolIds, subjects, stages };
}

/** How many enrolments of each status a session has. */
export async function enrolmentCounts(m: EntityManager, sessionIds: string[]): Promise<Map<string, Partial<Record<EnrolmentStatus, number>>>> {
  const out = new Map<string, Partial<Record<EnrolmentStatus, number>>>();
  if (sessionIds.length === 0) return out;
  const rows = await m
    .createQueryBuilder(Enrolment, 'e')
    .select('e.sessionId', 'sessionId')
    .addSelect('e.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .where({ sessionId: In(sessionIds) })
    .groupBy('e.sessionId')
    .addGroupBy('e.status')
    .getRawMany<{ sessionId: string; status: EnrolmentStatus; n: string | number }>();
  for (const r of rows) out.set(r.sessionId, { ...(out.get(r.sessionId) ?? {}), [r.status]: Number(r.n) });
  return out;
}

export async function namesOf<T extends { id: string; name: string }>(
  m: EntityManager,
  entity: new () => T,
  ids: (string | null | undefined)[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (unique.length === 0) return new Map();
  const rows = (await m.find(entity as never, { where: { id: In(unique) } as never, select: { id: true, name: true } as never })) as T[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The session as the detail page shows it, with the derived status on `today`. */
export async function sessionDetail(m: EntityManager, s: TrainingSession, today: string): Promise<SessionDetailDto> {
  const programme = await m.findOneOrFail(TrainingProgramme, { where: { id: s.programmeId }, select: { id: true, name: true, level: true, type: true } });
  const venue = await m.findOneOrFail(Organisation, { where: { id: s.venueOrganisationId }, select: { id: true, name: true, kind: true } });
  const { slots, items } = await timetable(m, s.id);
  const teamRows = (await m.find(SessionExpert, { where: { sessionId: s.id } })).sort((a, b) => (a.role === b.role ? 0 : a.role === 'leader' ? -1 : 1));
  const allItems = [...items.values()].flat();
  const expertIds = [...new Set([...teamRows.map((t) => t.expertId), ...allItems.map((i) => i.expertId).filter((x): x is string => !!x)])];
  const experts = new Map(expertIds.length ? (await m.find(Expert, { where: { id: In(expertIds) } })).map((x) => [x.id, x]) : []);
  const workplaces = await namesOf(
    m,
    Organisation,
    [...experts.values()].map((x) => x.organisationId),
  );
  const teachers = await namesOf(
    m,
    Teacher,
    allItems.map((i) => i.lessonTeacherId),
  );
  const schoolIds = (await m.find(TrainingSessionSchool, { where: { sessionId: s.id } })).map((r) => r.organisationId);
  const schools = await namesOf(m, Organisation, schoolIds);
  const subjects = (await m.find(TrainingSessionSubject, { where: { sessionId: s.id } })).map((r) => r.subject).sort();
  const stages = (await m.find(TrainingSessionStage, { where: { sessionId: s.id } })).map((r) => r.stage).sort();
  const counts = (await enrolmentCounts(m, [s.id])).get(s.id) ?? {};
  const status = statusOn(s.status, s.startsOn, s.endsOn, today);
  const team = teamRows.map((t) => {
    const x = experts.get(t.expertId);
    return {
      expertId: t.expertId,
      name: x?.name ?? '',
      role: t.role,
      tier: x?.tier ?? 'county',
      local: t.local,
      organisationName: x?.organisationId ? (workplaces.get(x.organisationId) ?? null) : (x?.unitName ?? null),
    };
  });
  const share = localShare(team.map((t) => ({ id: t.expertId, tier: t.tier, local: t.local })));
  return {
    id: s.id,
    title: s.title,
    programme: { id: programme.id, name: programme.name, level: programme.level, type: programme.type },
    venue: { id: venue.id, name: venue.name, kind: venue.kind },
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    status,
    storedStatus: s.status,
    nextStatuses: [...nextStatuses(status)],
    cancelReason: s.cancelReason,
    creditHours: s.creditHours,
    completionThreshold: s.completionThreshold,
    approvalRequired: s.approvalRequired,
    enrolOpensOn: s.enrolOpensOn,
    enrolClosesOn: s.enrolClosesOn,
    withdrawUntil: s.withdrawUntil,
    notes: s.notes,
    teamLeaderExpertId: teamRows.find((t) => t.role === 'leader')?.expertId ?? null,
    days: [...byDate(slots)].map(([date, list]) => ({
      date,
      halves: list.map((slot) => ({
        slotId: slot.id,
        half: slot.half,
        participantSlot: slot.participantSlot,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        modules: (items.get(slot.id) ?? []).map((i) => ({
          id: i.id,
          kind: i.kind,
          title: i.title,
          expertId: i.expertId,
          expertName: i.expertId ? (experts.get(i.expertId)?.name ?? null) : null,
          lessonTeacherId: i.lessonTeacherId,
          lessonTeacherName: i.lessonTeacherId ? (teachers.get(i.lessonTeacherId) ?? null) : null,
        })),
      })),
    })),
    participantSlotCount: slots.filter((x) => x.participantSlot).length,
    team,
    eligibility: {
      schools: schoolIds.map((id) => ({ id, name: schools.get(id) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
      subjects,
      stages,
    },
    counts: { capacity: s.capacity, seatsTaken: s.seatsTaken, waitlisted: counts.waitlisted ?? 0, pending: counts.pending ?? 0 },
    localShare: { local: share.local, total: share.total, share: share.share, exceedsLimit: share.exceedsLimit },
    localShareConfirmed: s.localShareConfirmed,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    version: s.version,
  };
}

/** 上午 / morning. */
export function halfWord(half: string, locale: Locale): string {
  return (HALF_DAY_NAMES as Record<string, Record<Locale, string>>)[half]?.[locale] ?? half;
}
