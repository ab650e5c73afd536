import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { pendingSchemaChanges } from '../../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';
import { ScopeProbeParty, ScopeProbeRow, scopeProbePlugin } from '../../fixtures/scope-probe-plugin.js';

/**
 * The scope rules of ARCHITECTURE §5, proved through a plugin's real routes:
 *
 *   province 43 > city 4399 > county 439901 (school A > teaching point TP; school B)
 *                           > county 439902 (school C)
 *                           > city-run school D (inside county 439901, managed by the city)
 */
describe('scope rules (scope-probe plugin)', () => {
  let app: TestApp;
  const row: Record<string, string> = {};
  let teacherId = '';
  let expertId = '';
  let dualId = '';
  const paths: Record<string, string> = {};

  async function insertRow(name: string, supporterPath: string, receiverPath: string, extra: { ownerUserId?: string; assignedUserId?: string } = {}) {
    const r = app.dataSource.manager.create(ScopeProbeRow, { id: newId(), name, supporterPath, receiverPath, ownerUserId: extra.ownerUserId ?? null, assignedUserId: extra.assignedUserId ?? null });
    await app.dataSource.manager.save(ScopeProbeRow, r);
    row[name] = r.id;
  }

  async function names(client: TestClient): Promise<string[]> {
    const res = await client.get('/api/scope-probe/rows').expect(200);
    return (res.body.items as { name: string }[]).map((i) => i.name).sort();
  }

  let officer439901: TestClient;
  let officer439902: TestClient;
  let cityOfficer: TestClient;
  let coordinatorA: TestClient;
  let teacher: TestClient;
  let expert: TestClient;
  let admin: TestClient;
  let inspector: TestClient;
  let dual: TestClient;
  let inspectorTeacher: TestClient;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [scopeProbePlugin] });
    const province = await app.createRegion({ code: '43', kind: 'province' });
    const city = await app.createRegion({ code: '4399', kind: 'city', parent: province });
    const county1 = await app.createRegion({ code: '439901', kind: 'county', parent: city });
    const county2 = await app.createRegion({ code: '439902', kind: 'county', parent: city });
    const schoolA = await app.createOrganisation({ name: '甲校', region: county1 });
    const teachingPoint = await app.createOrganisation({ name: '甲校教学点', region: county1, managerOrganisation: schoolA });
    const schoolB = await app.createOrganisation({ name: '乙校', region: county1 });
    const schoolC = await app.createOrganisation({ name: '丙校', region: county2 });
    const citySchool = await app.createOrganisation({ name: '市直丁校', region: county1, managerRegion: city });
    Object.assign(paths, { A: schoolA.path, TP: teachingPoint.path, B: schoolB.path, C: schoolC.path, D: citySchool.path });

    officer439901 = await app.signInAs([{ role: 'bureau_officer', regionId: county1.id }]);
    officer439902 = await app.signInAs([{ role: 'bureau_officer', regionId: county2.id }]);
    cityOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: city.id }]);
    coordinatorA = await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]);
    teacher = await app.signInAs(['teacher']);
    expert = await app.signInAs(['expert']);
    admin = await app.signInAs(['admin']);
    inspector = await app.signInAs([{ role: 'inspector', regionId: county1.id }]);
    dual = await app.signInAs(['teacher', { role: 'bureau_officer', regionId: county2.id }]);
    inspectorTeacher = await app.signInAs([{ role: 'inspector', regionId: county1.id }, 'teacher']);
    teacherId = teacher.user.id;
    expertId = expert.user.id;
    dualId = dual.user.id;

    await insertRow('a', paths.A!, paths.A!);
    await insertRow('tp', paths.TP!, paths.TP!);
    await insertRow('b', paths.B!, paths.B!);
    await insertRow('c', paths.C!, paths.C!);
    await insertRow('d-city', paths.D!, paths.D!);
    await insertRow('pair-a-c', paths.A!, paths.C!);
    await insertRow('own-c', paths.C!, paths.C!, { ownerUserId: teacherId });
    await insertRow('assigned-b', paths.B!, paths.B!, { assignedUserId: expertId });
    await insertRow('dual-own-b', paths.B!, paths.B!, { ownerUserId: dualId });
    await insertRow('inspector-teacher-own-c', paths.C!, paths.C!, { ownerUserId: inspectorTeacher.user.id });
    // Shares the county's code as a string prefix but is not under it: '/43/4399/4399011/…'.
    await insertRow('lookalike', '/43/4399/4399011/x/', '/43/4399/4399011/x/');
    // Outside every scope by its own paths; one of its related parties is school C (ScopeSpec.related).
    await insertRow('via-party-c', '/44/x/', '/44/x/');
    await app.dataSource.manager.insert(ScopeProbeParty, [
      { id: newId(), rowId: row['via-party-c']!, path: '/44/y/' },
      { id: newId(), rowId: row['via-party-c']!, path: paths.C! },
    ]);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('leaves no schema drift after the plugin migration', async () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    expect(await pendingSchemaChanges(app.dataSource)).toEqual([]);
  });

  it('a county officer sees the rows of their county only (schools it manages, their teaching points, pairs with a party there)', async () => {
    expect(await names(officer439901)).toEqual(['a', 'assigned-b', 'b', 'dual-own-b', 'pair-a-c', 'tp']);
  });

  it('a row pairing schools of two counties is visible to officers of both counties', async () => {
    expect(await names(officer439902)).toEqual(['c', 'inspector-teacher-own-c', 'own-c', 'pair-a-c', 'via-party-c']);
    await officer439901.get(`/api/scope-probe/rows/${row['pair-a-c']}`).expect(200);
    await officer439902.get(`/api/scope-probe/rows/${row['pair-a-c']}`).expect(200);
  });

  it('a row is visible through a related party in scope (ScopeSpec.related), and only through one in scope', async () => {
    await officer439902.get(`/api/scope-probe/rows/${row['via-party-c']}`).expect(200);
    await officer439901.get(`/api/scope-probe/rows/${row['via-party-c']}`).expect(404);
    expect(await names(coordinatorA)).not.toContain('via-party-c');
    expect(await names(teacher)).not.toContain('via-party-c');
  });

  it('management is not geography: the city-run school inside the county belongs to the city', async () => {
    expect(await names(cityOfficer)).toEqual(['a', 'assigned-b', 'b', 'c', 'd-city', 'dual-own-b', 'inspector-teacher-own-c', 'lookalike', 'own-c', 'pair-a-c', 'tp', 'via-party-c']);
    await officer439901.get(`/api/scope-probe/rows/${row['d-city']}`).expect(404);
  });

  it('a school coordinator sees their school and the teaching point it manages, not the county\'s other schools', async () => {
    expect(await names(coordinatorA)).toEqual(['a', 'pair-a-c', 'tp']);
    await coordinatorA.get(`/api/scope-probe/rows/${row.b}`).expect(404);
  });

  it('a teacher sees only own rows; an expert only assigned rows', async () => {
    expect(await names(teacher)).toEqual(['own-c']);
    expect(await names(expert)).toEqual(['assigned-b']);
    await expert.get(`/api/scope-probe/rows/${row['assigned-b']}`).expect(200);
  });

  it('several assignments add up; an assignment whose role lacks the permission widens nothing', async () => {
    expect(await names(dual)).toEqual(['c', 'dual-own-b', 'inspector-teacher-own-c', 'own-c', 'pair-a-c', 'via-party-c']);
    expect(await names(inspectorTeacher)).toEqual(['inspector-teacher-own-c']);
  });

  it('the administrator sees everything', async () => {
    const all = await names(admin);
    expect(all).toHaveLength(12);
    expect(all).toContain('lookalike');
  });

  it('a row outside the scope answers 404 problem+json, as if it did not exist', async () => {
    const res = await teacher.get(`/api/scope-probe/rows/${row.a}`).expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, code: 'notFound' });
    const missing = await teacher.get(`/api/scope-probe/rows/${newId()}`).expect(404);
    expect(missing.body.code).toBe(res.body.code);
    expect(missing.body.detail).toBe(res.body.detail);
  });

  it('a user without the permission gets 403 problem+json', async () => {
    const res = await inspector.get('/api/scope-probe/rows').expect(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('auth.forbidden');
    await inspector.get(`/api/scope-probe/rows/${row.a}`).expect(403);
  });
});
