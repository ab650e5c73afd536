/**
 * A session as the editor saves it, whole: create gives it, update merges the request into what is
 * stored. One plan is checked and written by one path, so create and edit follow the same rules.
 */
import { DEFAULT_HALF_DAY_TIMES, type TimetableDay } from '../rules/timetable.js';
import type { HalfDay, ModuleKind } from '../rules/vocab.js';
import type { SchoolStage, Subject } from '../../directory/rules/vocab.js';
import type { TimetableDayInputDto } from './dto/session.dto.js';

export interface PlanModule {
  kind: ModuleKind;
  title: string | null;
  expertId: string | null;
  lessonTeacherId: string | null;
}

export interface PlanHalf {
  half: HalfDay;
  participantSlot: boolean;
  startsAt: string;
  endsAt: string;
  modules: PlanModule[];
}

export interface PlanDay {
  date: string;
  halves: PlanHalf[];
}

export interface SessionPlan {
  programmeId: string;
  title: string;
  venueId: string;
  days: PlanDay[];
  creditHours: number;
  completionThreshold: number;
  capacity: number;
  approvalRequired: boolean;
  enrolOpensOn: string | null;
  enrolClosesOn: string | null;
  withdrawUntil: string | null;
  leaderId: string | null;
  /** The team besides the leader, in the order given. */
  memberIds: string[];
  /** Local flags the coordinator set by hand. */
  overrides: Map<string, boolean>;
  schoolIds: string[];
  subjects: Subject[];
  stages: SchoolStage[];
  notes: string | null;
}

/** The editor's days with times defaulted and optional fields nulled. */
export function planDays(days: TimetableDayInputDto[]): PlanDay[] {
  return days.map((d) => ({
    date: d.date,
    halves: d.halves.map((h) => ({
      half: h.half,
      participantSlot: h.participantSlot,
      startsAt: h.startsAt ?? DEFAULT_HALF_DAY_TIMES[h.half].start,
      endsAt: h.endsAt ?? DEFAULT_HALF_DAY_TIMES[h.half].end,
      modules: h.modules.map((mod) => ({
        kind: mod.kind,
        title: mod.title?.trim() || null,
        expertId: mod.expertId ?? null,
        lessonTeacherId: mod.lessonTeacherId ?? null,
      })),
    })),
  }));
}

/** A plan's days as the timetable rules read them. */
export function asTimetable(days: PlanDay[]): TimetableDay[] {
  return days.map((d) => ({ date: d.date, halves: d.halves.map((h) => ({ half: h.half, participantSlot: h.participantSlot, modules: h.modules })) }));
}

/** The team, each once, the leader first. */
export function teamIds(plan: Pick<SessionPlan, 'leaderId' | 'memberIds'>): string[] {
  return [...new Set([...(plan.leaderId ? [plan.leaderId] : []), ...plan.memberIds])];
}

/** Participant slots as sorted keys, to tell whether seated teachers must be re-booked. */
export function participantKeys(days: PlanDay[]): string[] {
  return days.flatMap((d) => d.halves.filter((h) => h.participantSlot).map((h) => `${d.date}.${h.half}`)).sort();
}
