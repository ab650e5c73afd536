/**
 * Helpers of the attendance, check-in and completion tests: enrolments and marks written straight
 * through the entities, so these tests stand whatever the enrolment API does.
 */
import { newId } from '@schoolbridge/shared';
import type { TestApp } from '../../src/testing/index.js';
import { Attendance } from '../../src/training/entities/attendance.entity.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import { TrainingSession } from '../../src/training/entities/session.entity.js';
import type { AttendanceMark, EnrolmentStatus } from '../../src/training/rules/vocab.js';

/** Enrols teachers as a coordinator would have (status 'enrolled' takes a seat; seatsTaken follows). Answers teacherId → enrolmentId. */
export async function enrol(app: TestApp, sessionId: string, teacherIds: string[], status: EnrolmentStatus = 'enrolled'): Promise<Map<string, string>> {
  const m = app.dataSource.manager;
  const now = app.clock.now();
  const out = new Map<string, string>();
  for (const teacherId of teacherIds) {
    const id = newId();
    await m.insert(
      Enrolment,
      m.create(Enrolment, {
        id,
        sessionId,
        teacherId,
        status,
        source: 'coordinator',
        waitlistSeq: null,
        requestedBy: null,
        decidedBy: null,
        decidedAt: null,
        reason: null,
        enrolledAt: status === 'enrolled' ? now : null,
        withdrawnAt: null,
        creditAwarded: false,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    );
    out.set(teacherId, id);
  }
  const taken = await m.countBy(Enrolment, { sessionId, status: 'enrolled', source: 'coordinator' });
  await m.update(TrainingSession, { id: sessionId }, { seatsTaken: taken });
  return out;
}

/** Writes marks straight into the table (a teacher's marks over several slots), replacing what is there. */
export async function writeMarks(app: TestApp, sessionId: string, enrolmentId: string, teacherId: string, marks: { slotId: string; mark: AttendanceMark }[]): Promise<void> {
  const m = app.dataSource.manager;
  const now = app.clock.now();
  for (const { slotId, mark } of marks) {
    await m.delete(Attendance, { slotId, teacherId });
    await m.insert(
      Attendance,
      m.create(Attendance, { id: newId(), sessionId, slotId, enrolmentId, teacherId, mark, source: 'trainer', reason: null, recordedBy: null, recordedAt: now, confirmedBy: null, confirmedAt: null, version: 1 }),
    );
  }
}
