import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';

describe('the training test world', () => {
  let app: TestApp;
  let world: TrainingWorld;
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 3 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('writes a 6-day session with ten participant slots, its team and bookings', async () => {
    const session = await insertSession(app, world);
    expect(session.slots.filter((s) => s.participantSlot)).toHaveLength(10);
    expect(session.slots).toHaveLength(11);
    // two experts and the venue on both halves of six days
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: session.id })).toBe(36);
    expect(world.teachersA).toHaveLength(3);
  });
});
