/** Bodies for the sessions API, built from the 送培到校 template, and enrolments written straight to the table. */
import { newId } from '@schoolbridge/shared';
import type { TestApp } from '../../src/testing/index.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { toSchoolTemplate } from '../../src/training/rules/timetable.js';
import type { EnrolmentStatus } from '../../src/training/rules/vocab.js';
import type { TrainingWorld } from './world.js';

/** The template's days as the editor sends them. */
export function templateDays(sunday = '2026-12-06') {
  return toSchoolTemplate(sunday).map((d) => ({
    date: d.date,
    halves: d.halves.map((h) => ({ half: h.half, participantSlot: h.participantSlot, modules: h.modules.map((m) => ({ kind: m.kind })) })),
  }));
}

/** A create body for a 6-day session at school A led by the world's first expert, with the second on the team. */
export function sessionBody(world: TrainingWorld, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    programmeId: world.programmeId,
    title: '送培到校·城关小学语文数学',
    venueOrganisationId: world.schoolA.id,
    days: templateDays(),
    creditHours: 30,
    capacity: 30,
    approvalRequired: false,
    enrolOpensOn: '2026-11-01',
    enrolClosesOn: '2026-12-04',
    withdrawUntil: '2026-12-03',
    teamLeaderExpertId: world.experts[0]!.id,
    expertIds: [world.experts[1]!.id],
    eligibility: { schoolIds: [world.schoolA.id, world.schoolB.id], subjects: ['chinese', 'math'], stages: ['primary'] },
    notes: '专家组周日下午报到',
    ...extra,
  };
}

/** An enrolment row as the enrolment part would leave it. */
export async function insertEnrolment(
  app: TestApp,
  sessionId: string,
  teacherId: string,
  status: EnrolmentStatus,
  waitlistSeq: number | null = null,
): Promise<string> {
  const now = app.clock.now();
  const id = newId();
  await app.dataSource.manager.insert(Enrolment, {
    id,
    sessionId,
    teacherId,
    status,
    source: 'coordinator',
    waitlistSeq,
    requestedBy: null,
    decidedBy: null,
    decidedAt: null,
    reason: null,
    enrolledAt: status === 'enrolled' ? now : null,
    withdrawnAt: status === 'withdrawn' ? now : null,
    creditAwarded: false,
    createdAt: now,
    updatedAt: now,
    version: 1,
  } as never);
  return id;
}
