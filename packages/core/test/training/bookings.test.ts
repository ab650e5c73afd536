import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/index.js';
import { createTestApp, type TestApp } from '../../src/testing/index.js';
import { bookTeacher, bookTeamAndVenue, releaseSession, releaseTeacher } from '../../src/training/common/bookings.js';
import { TrainingBooking } from '../../src/training/entities/timetable.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';

const WEEK = ['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'];

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('bookings: nobody is in two sessions at once', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let first: { id: string };
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 2 });
    // a published week at school A with the first two experts (the first leads)
    first = await insertSession(app, world, { title: '送培到校·城关小学' });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** An unbooked session row to book for (cancelled rows book nothing). */
  const blank = (title: string, venueId = world.schoolB.id) => insertSession(app, world, { status: 'cancelled', title, venueId, expertIds: [] });

  it('refuses an expert already booked that half-day, naming who, when and where, and writes nothing', async () => {
    const second = await blank('送培到校·青山中学');
    const [leader] = world.experts;
    const err = await refusal(app.dataSource.transaction((m) => bookTeamAndVenue(m, { id: second.id, venueOrganisationId: world.schoolB.id }, ['2026-12-09'], [leader!.id, world.experts[2]!.id], 'zh-CN')));
    expect(err.status).toBe(409);
    expect(err.code).toBe('training.conflict');
    expect(String(err.params.clashes)).toBe(`专家${leader!.name} 2026-12-09 上午已安排在「送培到校·城关小学」；专家${leader!.name} 2026-12-09 下午已安排在「送培到校·城关小学」`);
    expect(err.extra.clashes).toEqual([
      expect.objectContaining({ resource: 'expert', resourceId: leader!.id, date: '2026-12-09', half: 'am', otherSessionId: first.id }),
      expect.objectContaining({ resource: 'expert', resourceId: leader!.id, date: '2026-12-09', half: 'pm', otherSessionId: first.id }),
    ]);
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: second.id })).toBe(0);
  });

  it('refuses the same venue, counts what it does not spell out, and speaks English to an English caller', async () => {
    const second = await blank('Another week at school A', world.schoolA.id);
    const err = await refusal(app.dataSource.transaction((m) => bookTeamAndVenue(m, { id: second.id, venueOrganisationId: world.schoolA.id }, WEEK, [world.experts[4]!.id], 'en')));
    expect(String(err.params.clashes)).toMatch(/^Venue 示范县城关小学 is booked on 2026-12-06 \(morning\) in "送培到校·城关小学"; .*; and 9 more$/);
  });

  it('books a team and venue that are free, and books them again when the session is saved again', async () => {
    const second = await blank('送培到校·青山中学 第二周');
    const team = [world.experts[2]!.id, world.experts[3]!.id];
    await app.dataSource.transaction((m) => bookTeamAndVenue(m, { id: second.id, venueOrganisationId: world.schoolB.id }, WEEK, team, 'zh-CN'));
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: second.id })).toBe(36);
    // saved again with one expert fewer and a day fewer: the bookings follow
    await app.dataSource.transaction((m) => bookTeamAndVenue(m, { id: second.id, venueOrganisationId: world.schoolB.id }, WEEK.slice(0, 5), team.slice(0, 1), 'zh-CN'));
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: second.id })).toBe(20);
    await app.dataSource.transaction((m) => releaseSession(m, second.id));
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: second.id })).toBe(0);
  });

  it('keeps a teacher to one session per half-day, and frees them on withdrawal', async () => {
    const other = await blank('专题讲座');
    const teacher = world.teachersA[0]!;
    const slots = [
      { date: '2026-12-07', half: 'am' as const },
      { date: '2026-12-07', half: 'pm' as const },
    ];
    await app.dataSource.transaction((m) => bookTeacher(m, first.id, teacher.id, slots, 'zh-CN'));
    const err = await refusal(app.dataSource.transaction((m) => bookTeacher(m, other.id, teacher.id, [{ date: '2026-12-07', half: 'pm' }], 'zh-CN')));
    expect(String(err.params.clashes)).toBe(`教师${teacher.name} 2026-12-07 下午已安排在「送培到校·城关小学」`);
    await app.dataSource.transaction((m) => releaseTeacher(m, first.id, teacher.id));
    await app.dataSource.transaction((m) => bookTeacher(m, other.id, teacher.id, [{ date: '2026-12-07', half: 'pm' }], 'zh-CN'));
    expect(await app.dataSource.manager.countBy(TrainingBooking, { sessionId: other.id, resource: 'teacher' })).toBe(1);
  });

  it('lets only one of two sessions saved at the same moment have the same expert', async () => {
    const a = await blank('同时保存 A', world.schoolB.id);
    const b = await blank('同时保存 B', world.otherSchool.id);
    const expert = world.experts[4]!.id;
    const results = await Promise.allSettled(
      [a, b].map((s, i) => app.dataSource.transaction((m) => bookTeamAndVenue(m, { id: s.id, venueOrganisationId: i === 0 ? world.schoolB.id : world.otherSchool.id }, ['2026-12-20'], [expert], 'zh-CN'))),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ status: 409, code: 'training.conflict' });
    expect(await app.dataSource.manager.countBy(TrainingBooking, { resource: 'expert', resourceId: expert, date: '2026-12-20' })).toBe(2);
  });
});
