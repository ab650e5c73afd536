/** Enrolments for the evaluation tests, written straight into the table (the enrolment API is another part's). */
import { newId } from '@schoolbridge/shared';
import type { TestApp } from '../../src/testing/index.js';
import { Enrolment } from '../../src/training/entities/enrolment.entity.js';
import type { EnrolmentSource, EnrolmentStatus } from '../../src/training/rules/vocab.js';

export async function enrol(
  app: TestApp,
  sessionId: string,
  teacherId: string,
  status: EnrolmentStatus = 'enrolled',
  source: EnrolmentSource = 'coordinator',
): Promise<void> {
  const now = app.clock.now();
  await app.dataSource.manager.insert(
    Enrolment,
    app.dataSource.manager.create(Enrolment, {
      id: newId(),
      sessionId,
      teacherId,
      status,
      source,
      waitlistSeq: status === 'waitlisted' ? 1 : null,
      requestedBy: null,
      decidedBy: null,
      decidedAt: null,
      reason: null,
      enrolledAt: status === 'enrolled' ? now : null,
      withdrawnAt: status === 'withdrawn' ? now : null,
      creditAwarded: false,
      createdAt: now,
      updatedAt: now,
    }),
  );
}
