import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/index.js';
import { databaseKindFromEnv } from '../../src/platform/config.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { Attendance } from '../../src/training/entities/attendance.entity.js';
import { enrol } from './attendance-helpers.js';
import { createTrainingWorld, insertSession, type InsertedSession, type TrainingWorld } from './world.js';

/** Monday 2026-12-07 08:35 in Asia/Shanghai: five minutes into the first participant slot (08:30). */
const MONDAY_0835 = '2026-12-07T00:35:00Z';
const ON_POSTGRES = databaseKindFromEnv() === 'postgres';

describe('check-in with the trainer’s rotating code', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let session: InsertedSession;
  let other: InsertedSession;
  let trainer: TestClient;
  let mondayAm: string;
  let mondayPm: string;
  let tuesdayAm: string;
  let sundayPm: string;

  beforeAll(async () => {
    app = await createTestApp({ now: MONDAY_0835 });
    world = await createTrainingWorld(app, { teachersPerSchool: 6 });
    session = await insertSession(app, world);
    // a second session the same week at school B with another team
    other = await insertSession(app, world, { venueId: world.schoolB.id, expertIds: [world.experts[2]!.id, world.experts[3]!.id], title: '送培到校·青山中学' });
    await enrol(app, session.id, [...world.teachersA.map((t) => t.id), world.teachersB[0]!.id]);
    await enrol(app, session.id, [world.teachersB[1]!.id], 'waitlisted');
    await enrol(app, other.id, [world.teachersB[2]!.id]);
    trainer = await app.signIn(world.experts[0]!.user!);
    const slot = (date: string, half: 'am' | 'pm') => session.slots.find((s) => s.date === date && s.half === half)!.id;
    mondayAm = slot('2026-12-07', 'am');
    mondayPm = slot('2026-12-07', 'pm');
    tuesdayAm = slot('2026-12-08', 'am');
    sundayPm = slot('2026-12-06', 'pm');
  });
  afterAll(async () => {
    await app?.close();
  });

  const codeOf = async (slotId: string, sessionId = session.id, client = trainer): Promise<{ code: string; url: string; rotatesAt: string; slotKey: string; windowSeconds: number }> =>
    (await client.get(`/api/training/sessions/${sessionId}/slots/${slotId}/check-in-code`).expect(200)).body;
  const checkIn = async (teacherIndex: number, body: Record<string, unknown>, status: number) => (await app.signIn(world.teachersA[teacherIndex]!.user)).post('/api/training/check-in', body).expect(status);

  it('shows the trainer a 6-digit code, its QR URL and when it rotates; it changes every 30 seconds', async () => {
    app.clock.set(MONDAY_0835);
    const first = await codeOf(mondayAm);
    expect(first.code).toMatch(/^\d{6}$/);
    expect(first.slotKey).toBe('2026-12-07.am');
    expect(first.windowSeconds).toBe(30);
    // 00:35:00 starts a window: the next starts 30 s later
    expect(first.rotatesAt).toBe('2026-12-07T00:35:30.000Z');
    const url = new URL(first.url);
    expect(url.pathname).toBe('/check-in');
    expect(Object.fromEntries(url.searchParams)).toEqual({ session: session.id, slot: '2026-12-07.am', code: first.code });
    // the same window shows the same code; the next window another
    app.clock.set('2026-12-07T00:35:29Z');
    expect((await codeOf(mondayAm)).code).toBe(first.code);
    app.clock.set('2026-12-07T00:35:30Z');
    const next = await codeOf(mondayAm);
    expect(next.code).not.toBe(first.code);
    expect(next.rotatesAt).toBe('2026-12-07T00:36:00.000Z');
  });

  it('puts the request’s origin in the URL when the browser names it', async () => {
    app.clock.set(MONDAY_0835);
    const res = await trainer.get(`/api/training/sessions/${session.id}/slots/${mondayAm}/check-in-code`).set('Origin', 'https://px.example.cn').expect(200);
    expect(res.body.url).toMatch(/^https:\/\/px\.example\.cn\/check-in\?session=/);
  });

  it('accepts the code once: present within the grace, recorded and audited; a second check-in is 409 naming the first', async () => {
    app.clock.set(MONDAY_0835);
    const { code } = await codeOf(mondayAm);
    const res = await checkIn(0, { sessionId: session.id, slot: '2026-12-07.am', code }, 201);
    expect(res.body).toMatchObject({ sessionId: session.id, slotId: mondayAm, slotKey: '2026-12-07.am', mark: 'present', recordedTime: '08:35' });
    const row = await app.dataSource.manager.findOneByOrFail(Attendance, { slotId: mondayAm, teacherId: world.teachersA[0]!.id });
    expect(row).toMatchObject({ mark: 'present', source: 'code', confirmedBy: null });
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: row.id, action: 'training.attendance.checkedIn' });
    expect(audit.actorId).toBe(world.teachersA[0]!.user.id);

    app.clock.advance(60_000);
    const again = await checkIn(0, { sessionId: session.id, slot: '2026-12-07.am', code: (await codeOf(mondayAm)).code }, 409);
    expect(again.body.code).toBe('training.checkIn.already');
    expect(again.body.detail).toContain('08:35');
    expect(again.body.recordedAt).toBe('2026-12-07T00:35:00.000Z');
    expect(await app.dataSource.manager.countBy(Attendance, { slotId: mondayAm, teacherId: world.teachersA[0]!.id })).toBe(1);
  });

  it('accepts the previous window’s code and refuses one two windows old as expired', async () => {
    app.clock.set('2026-12-07T00:36:00Z');
    const shown = await codeOf(mondayAm);
    // the code rotated once: still accepted
    app.clock.set('2026-12-07T00:36:45Z');
    await checkIn(1, { sessionId: session.id, slot: '2026-12-07.am', code: shown.code }, 201);
    // the code rotated twice: expired, and the teacher is told to read the new one
    app.clock.set('2026-12-07T00:37:00Z');
    const res = await checkIn(2, { sessionId: session.id, slot: '2026-12-07.am', code: shown.code }, 422);
    expect(res.body.code).toBe('checkIn.codeExpired');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'checkIn.codeExpired' })]);
    expect(await app.dataSource.manager.countBy(Attendance, { slotId: mondayAm, teacherId: world.teachersA[2]!.id })).toBe(0);
  });

  it('refuses the code of another slot or another session, and a wrong code', async () => {
    app.clock.set('2026-12-07T00:38:00Z');
    const pmCode = (await codeOf(mondayPm)).code;
    const otherTrainer = await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: world.centre.id }]);
    const otherSlot = other.slots.find((s) => s.date === '2026-12-07' && s.half === 'am')!.id;
    const otherCode = (await codeOf(otherSlot, other.id, otherTrainer)).code;
    const amCode = (await codeOf(mondayAm)).code;
    for (const code of [pmCode, otherCode, amCode === '000000' ? '000001' : '000000', 'abcdef']) {
      if (code === amCode) continue;
      const res = await checkIn(3, { sessionId: session.id, slot: '2026-12-07.am', code }, 422);
      expect(res.body.code).toBe('checkIn.codeInvalid');
    }
    // the right code, given with the slot's id instead of its key
    await checkIn(3, { sessionId: session.id, slotId: mondayAm, code: amCode }, 201);
  });

  it('stops a teacher guessing codes after ten tries a minute, then lets them in again', async () => {
    app.clock.set('2026-12-07T00:40:00Z');
    const pmCode = (await codeOf(mondayPm)).code;
    const wrong = pmCode === '123456' ? '654321' : '123456';
    for (let i = 0; i < 10; i++) await checkIn(5, { sessionId: session.id, slot: '2026-12-07.pm', code: wrong }, 422);
    // the eleventh try is refused before the code is looked at, even the right one
    const held = await checkIn(5, { sessionId: session.id, slot: '2026-12-07.pm', code: pmCode }, 429);
    expect(held.body).toMatchObject({ code: 'training.checkIn.rateLimited', retryAfterSeconds: expect.any(Number) });
    expect(held.body.detail).toMatch(/^签到尝试过于频繁，请 \d+ 秒后再试$/);
    app.clock.advance(61_000);
    const fresh = (await codeOf(mondayPm)).code;
    await checkIn(5, { sessionId: session.id, slot: '2026-12-07.pm', code: fresh }, 201);
  });

  it('marks late more than 15 minutes after the slot starts, present up to 15 minutes', async () => {
    app.clock.set('2026-12-07T00:45:00Z'); // 08:45:00, exactly 15 minutes
    const onTime = await checkIn(4, { sessionId: session.id, slot: '2026-12-07.am', code: (await codeOf(mondayAm)).code }, 201);
    expect(onTime.body.mark).toBe('present');
    app.clock.set('2026-12-07T00:45:01Z'); // 08:45:01
    const late = await checkIn(5, { sessionId: session.id, slot: '2026-12-07.am', code: (await codeOf(mondayAm)).code }, 201);
    expect(late.body.mark).toBe('late');
    expect(late.body.recordedTime).toBe('08:45');
  });

  it('lets only enrolled teachers check in', async () => {
    app.clock.set(MONDAY_0835);
    const { code } = await codeOf(mondayAm);
    const waitlisted = await app.signIn(world.teachersB[1]!.user);
    const res = await waitlisted.post('/api/training/check-in', { sessionId: session.id, slot: '2026-12-07.am', code }).expect(409);
    expect(res.body).toMatchObject({ code: 'training.checkIn.notEnrolled', enrolmentStatus: 'waitlisted' });
    // enrolled in nothing here: the session is not theirs to see
    const stranger = await app.signIn(world.teachersB[3]!.user);
    await stranger.post('/api/training/check-in', { sessionId: session.id, slot: '2026-12-07.am', code }).expect(404);
    // a trainer holds no check-in permission
    await trainer.post('/api/training/check-in', { sessionId: session.id, slot: '2026-12-07.am', code }).expect(403);
  });

  it('answers field errors for a check-in without a slot or with a malformed one', async () => {
    const teacher = await app.signIn(world.teachersB[0]!.user);
    const none = await teacher.post('/api/training/check-in', { sessionId: session.id, code: '123456' }).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'slot', code: 'training.checkIn.slotRequired' })]);
    const bad = await teacher.post('/api/training/check-in', { sessionId: session.id, slot: 'monday', code: '123456' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'slot', code: 'validation.matches' })]);
    const missing = await teacher.post('/api/training/check-in', { sessionId: session.id, slot: '2026-12-07.am' }).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'validation.required' })]);
  });

  it('shows a code only for a participant slot, on its day, of a session taking attendance', async () => {
    app.clock.set(MONDAY_0835);
    const sunday = await trainer.get(`/api/training/sessions/${session.id}/slots/${sundayPm}/check-in-code`).expect(422);
    expect(sunday.body.code).toBe('training.attendance.notParticipantSlot');
    const tomorrow = await trainer.get(`/api/training/sessions/${session.id}/slots/${tuesdayAm}/check-in-code`).expect(409);
    expect(tomorrow.body).toMatchObject({ code: 'training.attendance.notToday', date: '2026-12-08' });
    const draft = await insertSession(app, world, { status: 'draft', sunday: '2026-11-29', title: '草稿班次' });
    const draftSlot = draft.slots.find((s) => s.participantSlot)!;
    app.clock.set(`${draftSlot.date}T00:35:00Z`);
    const res = await (await app.signIn(world.experts[0]!.user!)).get(`/api/training/sessions/${draft.id}/slots/${draftSlot.id}/check-in-code`).expect(409);
    expect(res.body).toMatchObject({ code: 'training.attendance.sessionNotOpen', sessionStatus: 'draft' });
    // a slot of another session through this one's URL does not exist
    app.clock.set(MONDAY_0835);
    await trainer.get(`/api/training/sessions/${session.id}/slots/${other.slots[1]!.id}/check-in-code`).expect(404);
  });

  it('shows the code to the team and the coordinators covering the session, not to teachers or strangers', async () => {
    app.clock.set(MONDAY_0835);
    const url = `/api/training/sessions/${session.id}/slots/${mondayAm}/check-in-code`;
    await (await app.signIn(world.experts[1]!.user!)).get(url).expect(200);
    await world.centreCoordinator.get(url).expect(200);
    await (await app.signIn(world.teachersA[0]!.user)).get(url).expect(403);
    await world.coordinatorA.get(url).expect(403);
    // an expert of another team, a centre coordinator of another county: as if it did not exist
    const elsewhere = await insertSession(app, world, { sunday: '2026-12-13', expertIds: [world.experts[1]!.id], title: '另一个班次' });
    const elsewhereSlot = elsewhere.slots.find((s) => s.participantSlot)!;
    app.clock.set(`${elsewhereSlot.date}T00:35:00Z`);
    // signed in again: a week on, the earlier sign-in has expired
    await (await app.signIn(world.experts[0]!.user!)).get(`/api/training/sessions/${elsewhere.id}/slots/${elsewhereSlot.id}/check-in-code`).expect(404);
    const farCentre = await app.createOrganisation({ kind: 'training_centre', name: '邻县教师发展中心', region: world.otherCounty, managerRegion: world.otherCounty });
    const farCoordinator = await app.signInAs([{ role: 'centre_coordinator', scopeKind: 'organisation', organisationId: farCentre.id }]);
    app.clock.set(MONDAY_0835);
    await farCoordinator.get(url).expect(404);
  });

  it.runIf(ON_POSTGRES)('accepts on a second API instance a code the first one showed (PostgreSQL only: an in-memory SQLite database belongs to one process)', async () => {
    expect(app.databaseKind).toBe('postgres');
    const second = await createTestApp({ shareDatabaseWith: app });
    try {
      app.clock.set('2026-12-07T06:05:00Z'); // Monday 14:05, the afternoon slot
      const { code } = await codeOf(mondayPm, session.id, await app.signIn(world.experts[0]!.user!));
      const teacher = await second.signIn(world.teachersA[0]!.user);
      const res = await teacher.post('/api/training/check-in', { sessionId: session.id, slot: '2026-12-07.pm', code }).expect(201);
      expect(res.body.mark).toBe('present');
      // and the first instance refuses the same teacher's second check-in: the index is shared
      const again = await (await app.signIn(world.teachersA[0]!.user)).post('/api/training/check-in', { sessionId: session.id, slot: '2026-12-07.pm', code }).expect(409);
      expect(again.body.code).toBe('training.checkIn.already');
    } finally {
      await second.close();
    }
  });
});
