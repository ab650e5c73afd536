import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TERMS } from '@schoolbridge/shared';
import { AppError, AuditEntry, CalendarService, isMonthDay, pathAncestors, pendingSchemaChanges, TermCalendar, type Region } from '../../../src/index.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';
import { testPlugin } from '../../fixtures/test-plugin/index.js';

describe('pure calendar helpers', () => {
  it('lists the ancestors of a path, nearest first', () => {
    expect(pathAncestors('/43/4399/439901/')).toEqual(['/43/4399/439901/', '/43/4399/', '/43/']);
    expect(pathAncestors('/43/4399/439901/0190-abc/')).toEqual(['/43/4399/439901/0190-abc/', '/43/4399/439901/', '/43/4399/', '/43/']);
    expect(pathAncestors('/')).toEqual([]);
  });

  it('knows a month-day', () => {
    for (const ok of ['09-01', '01-31', '02-29', '12-31']) expect(isMonthDay(ok)).toBe(true);
    for (const bad of ['9-01', '13-01', '00-10', '02-30', '04-31', '09-00', '0901', 9, null]) expect(isMonthDay(bad)).toBe(false);
  });
});

describe('CalendarService: term boundaries per region', () => {
  let app: TestApp;
  let calendar: CalendarService;
  let province: Region;
  let city: Region;
  let county: Region;
  let sibling: Region;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [testPlugin], env: { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined } });
    calendar = app.app.get(CalendarService);
    province = await app.createRegion({ code: '43', kind: 'province' });
    city = await app.createRegion({ code: '4399', kind: 'city', parent: province });
    county = await app.createRegion({ code: '439901', parent: city });
    sibling = await app.createRegion({ code: '439902', parent: city });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('uses the defaults where no region configures terms', async () => {
    expect(await calendar.termBoundaries(county.path)).toEqual(DEFAULT_TERMS);
    expect(await calendar.termBoundaries('/99/')).toEqual(DEFAULT_TERMS);
  });

  it('walks up the path to the nearest region configuring each term', async () => {
    await calendar.setTerm({ regionId: province.id, term: 'autumn', startMonthDay: '09-01', endMonthDay: '01-15' });
    await calendar.setTerm({ regionId: city.id, term: 'autumn', startMonthDay: '08-28', endMonthDay: '01-20' });
    await calendar.setTerm({ regionId: county.id, term: 'spring', startMonthDay: '02-20', endMonthDay: '07-05' });
    // The county's own spring, the city's autumn (nearer than the province's).
    expect(await calendar.termBoundaries(county.path)).toEqual({ autumnStart: '08-28', autumnEnd: '01-20', springStart: '02-20', springEnd: '07-05' });
    // A school under the county follows the county.
    expect(await calendar.termBoundaries(`${county.path}0190aaaa-0000-7000-8000-000000000001/`)).toMatchObject({ springStart: '02-20', autumnStart: '08-28' });
    // The sibling county has only the city's autumn; spring stays the default.
    expect(await calendar.termBoundaries(sibling.path)).toEqual({ autumnStart: '08-28', autumnEnd: '01-20', springStart: DEFAULT_TERMS.springStart, springEnd: DEFAULT_TERMS.springEnd });
    expect(await calendar.termBoundaries(province.path)).toMatchObject({ autumnEnd: '01-15' });
  });

  it('replaces a region’s term instead of adding a second, and audits each change', async () => {
    await calendar.setTerm({ regionId: sibling.id, term: 'autumn', startMonthDay: '09-05', endMonthDay: '01-25' });
    const changed = await calendar.setTerm({ regionId: sibling.id, term: 'autumn', startMonthDay: '09-03', endMonthDay: '01-22' });
    expect((await calendar.configuredTerms(sibling.id)).map((t) => [t.id, t.term, t.startMonthDay, t.endMonthDay])).toEqual([[changed.id, 'autumn', '09-03', '01-22']]);
    expect(await calendar.termBoundaries(sibling.path)).toMatchObject({ autumnStart: '09-03', autumnEnd: '01-22' });
    const audit = await app.dataSource.manager.find(AuditEntry, { where: { entityId: changed.id }, order: { at: 'ASC', id: 'ASC' } });
    expect(audit.map((a) => [a.action, a.before, a.after, a.scopePath])).toEqual([
      ['platform.termCalendar.set', null, { term: 'autumn', startMonthDay: '09-05', endMonthDay: '01-25' }, '/43/4399/439902/'],
      ['platform.termCalendar.set', { startMonthDay: '09-05', endMonthDay: '01-25' }, { term: 'autumn', startMonthDay: '09-03', endMonthDay: '01-22' }, '/43/4399/439902/'],
    ]);
  });

  it('refuses bad boundaries with field errors, and an unknown region with 404', async () => {
    const fail = async (input: Parameters<CalendarService['setTerm']>[0]) => {
      try {
        await calendar.setTerm(input);
      } catch (err) {
        return err as AppError;
      }
      throw new Error('setTerm should have failed');
    };
    const bad = await fail({ regionId: county.id, term: 'summer', startMonthDay: '13-01', endMonthDay: '2-3' });
    expect(bad.status).toBe(400);
    expect(bad.fieldErrors).toEqual([
      { field: 'term', code: 'validation.isIn' },
      { field: 'startMonthDay', code: 'calendar.monthDay' },
      { field: 'endMonthDay', code: 'calendar.monthDay' },
    ]);
    const wraps = await fail({ regionId: county.id, term: 'spring', startMonthDay: '02-20', endMonthDay: '01-10' });
    expect(wraps.fieldErrors).toEqual([{ field: 'endMonthDay', code: 'calendar.springWraps' }]);
    const missing = await fail({ regionId: '01900000-0000-7000-8000-00000000beef', term: 'autumn', startMonthDay: '09-01', endMonthDay: '01-31' });
    expect([missing.status, missing.code]).toEqual([404, 'notFound']);
    expect(await app.dataSource.manager.countBy(TermCalendar, { regionId: county.id, term: 'spring' })).toBe(1);
  });

  it('leaves no schema drift for the term calendar and the test plugin’s table', async () => {
    const pending = await pendingSchemaChanges(app.dataSource);
    expect(pending.filter((q) => /platform_term_calendar|test_plugin_note/.test(q))).toEqual([]);
  });
});
