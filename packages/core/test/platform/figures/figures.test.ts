import { Injectable, Module } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarService, createLogger, definePlugin, type Region, type ReportContext, type ReportSection } from '../../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';
import { testPlugin } from '../../fixtures/test-plugin/index.js';

const ENV = { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined };

/** A logger whose JSON lines the test can read. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('error', { write: (s: string) => void lines.push(JSON.parse(s)) });
  return { logger, lines };
}

interface NoteBody {
  regionId?: string;
  organisationId?: string;
  title?: string;
  kind?: string;
  level?: string;
  noteDate: string;
  persons?: number;
  femalePersons?: number;
}

async function addNote(client: TestClient, body: NoteBody) {
  await client.post('/api/test-plugin/notes', { title: '记录', kind: 'visit', level: 'primary', persons: 1, femalePersons: 0, ...body }).expect(201);
}

function figureValues(section: { figures: { key: string; value: number }[] }) {
  return Object.fromEntries(section.figures.map((f) => [f.key, f.value]));
}

/** The test plugin's section (core contexts' sections come before it, in their order). */
function testPluginSection(body: { sections: { id: string; figures: { key: string; value: number }[] }[] }) {
  return body.sections.find((s) => s.id === 'testPlugin')!;
}

describe('GET /api/reports/figures', () => {
  let app: TestApp;
  let province: Region;
  let city: Region;
  let county: Region;
  let otherCounty: Region;
  let officer: TestClient;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [testPlugin], env: ENV });
    province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
    city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示范市' });
    county = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '示范县' });
    otherCounty = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '邻县' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    await addNote(officer, { regionId: county.id, kind: 'visit', level: 'primary', noteDate: '2026-03-10', persons: 10, femalePersons: 4 });
    await addNote(officer, { regionId: county.id, kind: 'call', level: 'secondary', noteDate: '2026-05-01', persons: 5, femalePersons: 5 });
    await addNote(officer, { regionId: county.id, kind: 'visit', level: 'secondary', noteDate: '2026-10-10', persons: 3, femalePersons: 1 });
    await addNote(officer, { regionId: county.id, kind: 'call', level: 'primary', noteDate: '2027-01-25', persons: 2, femalePersons: 1 });
    const otherOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: otherCounty.id }]);
    await addNote(otherOfficer, { regionId: otherCounty.id, noteDate: '2026-04-01', persons: 50, femalePersons: 20 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers the figures, tables and passing checks of the caller’s region for a calendar year', async () => {
    const res = await officer.get('/api/reports/figures?period=2026').expect(200);
    expect(res.body.region).toEqual({ id: county.id, code: '439901', name: '示范县', kind: 'region' });
    expect(res.body.period).toEqual({ kind: 'calendarYear', text: '2026', from: '2026-01-01', to: '2026-12-31', label: '2026年' });
    const section = res.body.sections.find((s: { id: string }) => s.id === 'testPlugin');
    expect(section).toMatchObject({ id: 'testPlugin', owner: 'test-plugin', title: 'testPlugin.report.title', order: 900 });
    expect(figureValues(section)).toEqual({
      'testPlugin.notes': 3,
      'testPlugin.notes.visit': 2,
      'testPlugin.notes.call': 1,
      'testPlugin.notes.primary': 1,
      'testPlugin.notes.secondary': 2,
      'testPlugin.persons': 18,
      'testPlugin.persons.female': 10,
    });
    expect(section.figures[0]).toEqual({ key: 'testPlugin.notes', label: 'testPlugin.notes', value: 3, unit: 'count', measure: 'testPlugin.measure.note', source: 'computed', drill: '/test-plugin/notes' });
    expect(section.tables).toEqual([
      {
        key: 'testPlugin.byLevel',
        title: 'testPlugin.report.byLevel',
        columns: [
          { key: 'level', label: 'testPlugin.level' },
          { key: 'notes', label: 'testPlugin.notes', unit: 'count' },
          { key: 'persons', label: 'testPlugin.persons', unit: 'personTimes' },
        ],
        rows: [
          { level: 'primary', notes: 1, persons: 10 },
          { level: 'secondary', notes: 2, persons: 8 },
        ],
      },
    ]);
    const fragile = res.body.sections.find((s: { id: string }) => s.id === 'testPluginFragile');
    expect(figureValues(fragile)).toEqual({ 'testPluginFragile.days': 3 });
    const ours = res.body.checks.filter((c: { total: string }) => c.total.startsWith('testPlugin'));
    expect(ours).toEqual([
      { kind: 'partition', total: 'testPlugin.notes', partition: 'byLevel', parts: ['testPlugin.notes.primary', 'testPlugin.notes.secondary'], expected: 3, actual: 3, ok: true },
      { kind: 'partition', total: 'testPlugin.notes', partition: 'byType', parts: ['testPlugin.notes.visit', 'testPlugin.notes.call'], expected: 3, actual: 3, ok: true },
      { kind: 'subset', total: 'testPlugin.persons', parts: ['testPlugin.persons.female'], expected: 18, actual: 10, ok: true },
    ]);
    expect(res.body.mismatches).toEqual([]);
  });

  it('reads school years, terms (into January) and date ranges', async () => {
    const sy = await officer.get('/api/reports/figures?period=sy2026').expect(200);
    expect(sy.body.period).toEqual({ kind: 'schoolYear', text: 'sy2026', from: '2026-09-01', to: '2027-08-31', label: '2026-2027学年' });
    expect(figureValues(testPluginSection(sy.body))['testPlugin.notes']).toBe(2);
    const autumn = await officer.get('/api/reports/figures?period=2026-autumn').expect(200);
    expect(autumn.body.period).toEqual({ kind: 'term', text: '2026-autumn', from: '2026-09-01', to: '2027-01-31', label: '2026年秋季学期' });
    expect(figureValues(testPluginSection(autumn.body))['testPlugin.notes']).toBe(2);
    const range = await officer.get('/api/reports/figures?period=2026-03-01..2026-06-30').expect(200);
    expect(range.body.period).toMatchObject({ kind: 'range', text: '2026-03-01..2026-06-30', from: '2026-03-01', to: '2026-06-30', label: '2026-03-01 至 2026-06-30' });
    expect(figureValues(testPluginSection(range.body))['testPlugin.notes']).toBe(2);
  });

  it('uses the region’s own term boundaries, inherited from the nearest configured region', async () => {
    const calendar = app.app.get(CalendarService);
    await calendar.setTerm({ regionId: city.id, term: 'autumn', startMonthDay: '08-25', endMonthDay: '01-20' });
    try {
      const autumn = await officer.get('/api/reports/figures?period=2026-autumn').expect(200);
      expect(autumn.body.period).toMatchObject({ from: '2026-08-25', to: '2027-01-20' });
      // The note of 2027-01-25 now falls after the term.
      expect(figureValues(testPluginSection(autumn.body))['testPlugin.notes']).toBe(1);
      // Calendar years and school years do not depend on terms.
      expect((await officer.get('/api/reports/figures?period=sy2026').expect(200)).body.period).toMatchObject({ from: '2026-09-01', to: '2027-08-31' });
    } finally {
      await calendar.setTerm({ regionId: city.id, term: 'autumn', startMonthDay: '09-01', endMonthDay: '01-31' });
    }
  });

  it('answers in English for an English-speaking caller', async () => {
    const en = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    await en.patch('/api/auth/me', { locale: 'en' }).expect(200);
    const res = await en.get('/api/reports/figures?period=2026-spring').expect(200);
    expect(res.body.period.label).toBe('Spring term 2026');
    const bad = await en.get('/api/reports/figures?period=spring').expect(400);
    expect(bad.body.errors[0].message).toBe('Period must look like 2026, sy2026, 2026-autumn or 2026-03-01..2026-06-30');
  });

  it('refuses a missing or malformed period, and unknown parameters, with field errors', async () => {
    const missing = await officer.get('/api/reports/figures').expect(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ code: 'validation.failed', errors: [{ field: 'period', code: 'validation.required', message: '必填' }] });
    for (const bad of ['autumn', '26', 'sy26', '2026-winter', '2026-02-30..2026-03-01', '2026-06-30..2026-03-01']) {
      const res = await officer.get(`/api/reports/figures?period=${encodeURIComponent(bad)}`).expect(400);
      expect(res.body.errors).toEqual([{ field: 'period', code: 'validation.period', message: expect.stringContaining('期间格式不对') }]);
    }
    const unknown = await officer.get('/api/reports/figures?period=2026&year=2026').expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'year', code: 'validation.unknownField', message: expect.any(String) }]);
  });

  it('needs the region when the caller’s scope does not settle it', async () => {
    const admin = await app.signInAs(['admin']);
    const res = await admin.get('/api/reports/figures?period=bad').expect(400);
    expect(res.body.errors).toEqual([
      { field: 'period', code: 'validation.period', message: expect.any(String) },
      { field: 'region', code: 'validation.required', message: '必填' },
    ]);
    const two = await app.signInAs([
      { role: 'bureau_officer', regionId: county.id },
      { role: 'inspector', regionId: otherCounty.id },
    ]);
    const ambiguous = await two.get('/api/reports/figures?period=2026').expect(400);
    expect(ambiguous.body.errors).toEqual([{ field: 'region', code: 'validation.required', message: '必填' }]);
    // Named, either region works for them.
    await two.get(`/api/reports/figures?period=2026&region=439902`).expect(200);
  });

  it('finds the region by id or code within the caller’s scope, else 404', async () => {
    const byId = await officer.get(`/api/reports/figures?period=2026&region=${county.id}`).expect(200);
    expect(byId.body.region.code).toBe('439901');
    const byCode = await officer.get('/api/reports/figures?period=2026&region=439901').expect(200);
    expect(byCode.body.region.id).toBe(county.id);
    // A region outside the scope, above it, or absent: 404 alike.
    for (const region of ['439902', otherCounty.id, '4399', city.id, 'nowhere', '01900000-0000-7000-8000-00000000dead']) {
      const res = await officer.get(`/api/reports/figures?period=2026&region=${region}`).expect(404);
      expect(res.body.code).toBe('notFound');
    }
    // An administrator sees any region; a city covers its counties.
    const admin = await app.signInAs(['admin']);
    const whole = await admin.get('/api/reports/figures?period=2026&region=4399').expect(200);
    expect(figureValues(testPluginSection(whole.body))['testPlugin.notes']).toBe(4);
    const cityOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: city.id }]);
    await cityOfficer.get('/api/reports/figures?period=2026&region=439902').expect(200);
  });

  it('reports for the organisation of a caller scoped to one', async () => {
    const school = await app.createOrganisation({ code: 'SCHOOL-1', name: '示范小学', region: county });
    await addNote(officer, { organisationId: school.id, kind: 'call', level: 'primary', noteDate: '2026-06-01', persons: 7, femalePersons: 3 });
    const principal = await app.signInAs([{ role: 'principal', organisationId: school.id }]);
    const res = await principal.get('/api/reports/figures?period=2026').expect(200);
    expect(res.body.region).toEqual({ id: school.id, code: 'SCHOOL-1', name: '示范小学', kind: 'organisation' });
    expect(figureValues(testPluginSection(res.body))).toMatchObject({ 'testPlugin.notes': 1, 'testPlugin.persons': 7 });
    // The county itself is beyond the principal.
    await principal.get('/api/reports/figures?period=2026&region=439901').expect(404);
    // The county officer's report includes the school's note.
    expect(figureValues(testPluginSection((await officer.get('/api/reports/figures?period=2026').expect(200)).body))['testPlugin.notes']).toBe(4);
  });

  it('is refused without the permission', async () => {
    const teacher = await app.signInAs(['teacher']);
    const res = await teacher.get('/api/reports/figures?period=2026').expect(403);
    expect(res.body).toMatchObject({ code: 'auth.forbidden' });
    await app.request().get('/api/reports/figures?period=2026').expect(401);
  });
});

describe('GET /api/reports/figures with inconsistent data and failing sections', () => {
  let app: TestApp;
  let county: Region;
  let officer: TestClient;
  const { logger, lines } = capturingLogger();

  /** A section of another plugin that reuses a figure key of the test plugin. */
  @Injectable()
  class ClashingSection implements ReportSection {
    id = 'clash';
    title = 'clash.title';
    order = 950;
    async compute(_ctx: ReportContext) {
      return { figures: [{ key: 'testPlugin.notes', label: 'x', value: 1, unit: 'count' as const, source: 'entered' as const }] };
    }
  }
  @Module({ providers: [ClashingSection] })
  class ClashModule {}
  const clashPlugin = definePlugin({ id: 'clash', coreCompatibility: '^0.1.0', module: ClashModule, reportSections: [ClashingSection] });

  beforeAll(async () => {
    app = await createTestApp({ plugins: [testPlugin, clashPlugin], env: ENV, logger });
    county = await app.createRegion({ code: '439901' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    await addNote(officer, { regionId: county.id, kind: 'visit', level: 'primary', noteDate: '2026-03-10', persons: 4, femalePersons: 2 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists each failing check, naming the figures', async () => {
    // A kind in no part of byType, and more women than persons.
    await addNote(officer, { regionId: county.id, kind: 'meeting', level: 'secondary', noteDate: '2026-04-10', persons: 2, femalePersons: 5 });
    const res = await officer.get('/api/reports/figures?period=2026').expect(200);
    expect(res.body.mismatches).toEqual([
      { kind: 'partition', total: 'testPlugin.notes', partition: 'byType', parts: ['testPlugin.notes.visit', 'testPlugin.notes.call'], expected: 2, actual: 1, ok: false, reason: 'sum' },
      { kind: 'subset', total: 'testPlugin.persons', parts: ['testPlugin.persons.female'], expected: 6, actual: 7, ok: false, reason: 'exceeds' },
    ]);
    // The other partition of the same total still passes.
    expect(res.body.checks.find((c: { partition?: string }) => c.partition === 'byLevel')).toMatchObject({ ok: true, expected: 2, actual: 2 });
  });

  it('reports a section that reuses another’s figure key as failed, keeping the first', async () => {
    const res = await officer.get('/api/reports/figures?period=2026').expect(200);
    expect(res.body.sections.find((s: { id: string }) => s.id === 'clash')).toEqual({ id: 'clash', owner: 'clash', title: 'clash.title', order: 950, error: true });
    expect(res.body.sections.find((s: { id: string }) => s.id === 'testPlugin').figures).toHaveLength(7);
    expect(lines.some((l) => l.msg === 'report section failed' && l.section === 'clash' && String((l.err as { message: string }).message).includes('testPlugin.notes is used twice'))).toBe(true);
  });

  it('keeps answering when a section throws, reporting it as failed and logging the error', async () => {
    lines.length = 0;
    await addNote(officer, { regionId: county.id, title: 'explode', noteDate: '2026-05-10' });
    const res = await officer.get('/api/reports/figures?period=2026').expect(200);
    expect(res.body.sections.map((s: { id: string; error?: boolean }) => [s.id, s.error ?? false])).toEqual(
      expect.arrayContaining([
        ['testPlugin', false],
        ['testPluginFragile', true],
      ]),
    );
    expect(res.body.sections.find((s: { id: string }) => s.id === 'testPluginFragile')).toEqual({ id: 'testPluginFragile', owner: 'test-plugin', title: 'testPlugin.report.fragile', order: 910, error: true });
    const logged = lines.find((l) => l.msg === 'report section failed' && l.section === 'testPluginFragile');
    expect(logged).toMatchObject({ level: 'error', owner: 'test-plugin', region: '439901', period: '2026', err: { message: 'test-plugin: a note asked the section to explode' } });
    expect(typeof logged!.requestId).toBe('string');
    expect(JSON.stringify(res.body)).not.toContain('explode');
  });
});
