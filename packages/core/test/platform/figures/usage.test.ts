import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User, type Region } from '../../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';

interface FigureBody {
  key: string;
  value: number;
}
interface SectionBody {
  id: string;
  title: string;
  figures: FigureBody[];
  tables: { key: string; title: string; columns: unknown[]; rows: Record<string, string | number>[] }[];
}

const usage = (body: { sections: SectionBody[] }) => body.sections.find((s) => s.id === 'platform.usage')!;
const values = (section: SectionBody) => Object.fromEntries(section.figures.map((f) => [f.key, f.value]));

describe('report section platform.usage (系统使用情况)', () => {
  let app: TestApp;
  let city: Region;
  let county: Region;
  let otherCounty: Region;
  let officer: TestClient;
  let en: TestClient;

  /** Sets when a user last signed in (the clock of the test stands at 2026-11-23). */
  async function lastLogin(userId: string, at: string | null) {
    await app.dataSource.manager.update(User, { id: userId }, { lastLoginAt: at === null ? null : new Date(at) });
  }

  beforeAll(async () => {
    app = await createTestApp({ plugins: [], env: { ...process.env, SCHOOLBRIDGE_TIME_ZONE: 'Asia/Shanghai' } });
    const province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
    city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示范市' });
    county = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '示范县' });
    otherCounty = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '邻县' });
    const school = await app.createOrganisation({ code: 'SCHOOL-1', region: county });

    // Signed in now (2026-11-23), through the API.
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    await app.signInAs(['admin']);
    // Two roles in the county: one account.
    const twoRoles = await app.createUser({
      roles: [
        { role: 'bureau_officer', regionId: county.id },
        { role: 'inspector', regionId: county.id },
      ],
    });
    // 2026-01-01 00:30 in Shanghai: inside 2026 there, though still 2025 in UTC.
    await lastLogin(twoRoles.id, '2025-12-31T16:30:00Z');
    const coordinator = await app.createUser({ roles: [{ role: 'school_coordinator', organisationId: school.id }] });
    // 2025-12-31 23:30 in Shanghai: before 2026.
    await lastLogin(coordinator.id, '2025-12-31T15:30:00Z');
    const disabled = await app.createUser({ roles: [{ role: 'principal', organisationId: school.id }] });
    await app.dataSource.manager.update(User, { id: disabled.id }, { status: 'disabled' });
    await lastLogin(disabled.id, '2026-06-01T08:00:00Z');
    // Elsewhere, or nowhere: a neighbour county's inspector, a teacher (own records), an administrator.
    await app.createUser({ roles: [{ role: 'inspector', regionId: otherCounty.id }] });
    en = await app.signInAs([{ role: 'inspector', regionId: otherCounty.id }]);
    await en.patch('/api/auth/me', { locale: 'en' }).expect(200);
    await app.createUser({ roles: ['teacher'] });
    await app.createUser({ roles: ['admin'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts the region’s accounts by status and those signed in during the period, and the checks pass', async () => {
    const res = await officer.get('/api/reports/figures?period=2026').expect(200);
    const section = usage(res.body);
    expect(section).toMatchObject({ id: 'platform.usage', owner: 'platform', title: 'platform.usage.title' });
    expect(values(section)).toEqual({
      'platform.usage.accounts': 4,
      'platform.usage.accountsActive': 3,
      'platform.usage.accountsDisabled': 1,
      'platform.usage.signedInInPeriod': 3,
    });
    expect(section.figures[0]).toEqual({
      key: 'platform.usage.accounts',
      label: 'platform.usage.accounts',
      value: 4,
      unit: 'persons',
      measure: 'platform.usage.measure.persons',
      source: 'computed',
    });
    expect(section.figures.find((f) => f.key === 'platform.usage.signedInInPeriod')).toMatchObject({ unit: 'persons', subsetOf: 'platform.usage.accounts' });
    const ours = res.body.checks.filter((c: { total: string }) => c.total === 'platform.usage.accounts');
    expect(ours).toEqual([
      {
        kind: 'partition',
        total: 'platform.usage.accounts',
        partition: 'byStatus',
        parts: ['platform.usage.accountsActive', 'platform.usage.accountsDisabled'],
        expected: 4,
        actual: 4,
        ok: true,
      },
      { kind: 'subset', total: 'platform.usage.accounts', parts: ['platform.usage.signedInInPeriod'], expected: 4, actual: 3, ok: true },
    ]);
    expect(res.body.mismatches).toEqual([]);
  });

  it('tables the accounts by role, with the role’s name in the caller’s language', async () => {
    const section = usage((await officer.get('/api/reports/figures?period=2026').expect(200)).body);
    expect(section.tables).toEqual([
      {
        key: 'platform.usage.byRole',
        title: 'platform.usage.byRole',
        columns: [
          { key: 'role', label: 'platform.usage.role' },
          { key: 'roleName', label: 'platform.usage.roleName' },
          { key: 'accounts', label: 'platform.usage.accounts', unit: 'persons' },
        ],
        rows: [
          { role: 'bureau_officer', roleName: '教育局工作人员', accounts: 2 },
          { role: 'school_coordinator', roleName: '学校联络员', accounts: 1 },
          { role: 'principal', roleName: '校长', accounts: 1 },
          { role: 'inspector', roleName: '检查人员', accounts: 1 },
        ],
      },
    ]);
    // The English-speaking inspector of the neighbour county gets that county's report, in English.
    const english = usage((await en.get('/api/reports/figures?period=2026').expect(200)).body);
    expect(english.tables[0]!.rows).toEqual([{ role: 'inspector', roleName: 'Inspector', accounts: 2 }]);
  });

  it('takes the period’s days in the deployment’s time zone', async () => {
    const y2025 = values(usage((await officer.get('/api/reports/figures?period=2025').expect(200)).body));
    // Only the coordinator's sign-in fell in 2025 (Shanghai time); the accounts are the same.
    expect(y2025).toMatchObject({ 'platform.usage.accounts': 4, 'platform.usage.signedInInPeriod': 1 });
    const newYearsDay = values(usage((await officer.get('/api/reports/figures?period=2026-01-01..2026-01-01').expect(200)).body));
    expect(newYearsDay['platform.usage.signedInInPeriod']).toBe(1);
    const autumn = values(usage((await officer.get('/api/reports/figures?period=2026-autumn').expect(200)).body));
    // Only the officer signed in within the autumn term (on 2026-11-23).
    expect(autumn['platform.usage.signedInInPeriod']).toBe(1);
  });

  it('covers what lies within the region: a city holds its counties, an organisation its own people', async () => {
    const admin = await app.signInAs(['admin']);
    const wholeCity = values(usage((await admin.get('/api/reports/figures?period=2026&region=4399').expect(200)).body));
    // The county's four accounts and the neighbour county's two inspectors; no administrator, no teacher.
    expect(wholeCity['platform.usage.accounts']).toBe(6);
    const school = values(usage((await admin.get('/api/reports/figures?period=2026&region=SCHOOL-1').expect(200)).body));
    expect(school).toEqual({
      'platform.usage.accounts': 2,
      'platform.usage.accountsActive': 1,
      'platform.usage.accountsDisabled': 1,
      'platform.usage.signedInInPeriod': 1,
    });
  });
});
