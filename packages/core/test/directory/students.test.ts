import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Student, type Organisation, type Region } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { idNumber } from './helpers.js';

describe('students', () => {
  let app: TestApp;
  let county: Region;
  let schoolA: Organisation;
  let schoolB: Organisation;
  let officer: TestClient;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    county = await app.createRegion({ code: '439901' });
    const township = await app.createRegion({ code: '439901101', kind: 'township', parent: county });
    schoolA = await app.createOrganisation({ region: township, managerRegion: county, name: '白沙镇中心小学' });
    schoolB = await app.createOrganisation({ region: township, managerRegion: county, name: '白沙镇中学' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a student with the 学籍号 defaulting to G + ID number, all numbers masked', async () => {
    const id = idNumber('20150901', '124');
    const res = await officer.post('/api/directory/students', { name: '李小明', idNumber: id, schoolId: schoolA.id, grade: 'g5', className: '2班', boarding: true, guardianMobile: '13700001234' }).expect(201);
    expect(res.body).toMatchObject({
      name: '李小明',
      gender: 'female',
      idNumber: `439***********${id.slice(-4)}`,
      registryNumber: `G439***********${id.slice(-4)}`,
      guardianMobile: '137****1234',
      grade: 'g5',
      boarding: true,
      registrationOrigin: 'local',
      status: 'enrolled',
    });
    expect((await app.dataSource.manager.findOneByOrFail(Student, { id: res.body.id })).registryNumber).toBe(`G${id}`);
    const reveal = await officer.post(`/api/directory/students/${res.body.id}/reveal`).expect(200);
    expect(reveal.body).toEqual({ idNumber: id, registryNumber: `G${id}`, guardianMobile: '13700001234' });
    expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: res.body.id, action: 'directory.student.revealed' })).toBe(1);
  });

  it('validates the registry number and refuses a second student with the same numbers', async () => {
    const id = idNumber('20140301', '135');
    expect((await officer.post('/api/directory/students', { name: '王小红', idNumber: id, registryNumber: 'G123', schoolId: schoolA.id, grade: 'g6' }).expect(400)).body.errors[0]).toMatchObject({
      field: 'registryNumber',
      code: 'identity.registryNumber.format',
    });
    await officer.post('/api/directory/students', { name: '王小红', idNumber: id, schoolId: schoolA.id, grade: 'g6' }).expect(201);
    const clash = await officer.post('/api/directory/students', { name: '王小虹', idNumber: id, schoolId: schoolB.id, grade: 'g6' }).expect(409);
    expect(clash.body).toMatchObject({ code: 'directory.idNumberTaken' });
    expect(clash.body.detail).toContain('王小红');
    // A temporary registry number for a student with a passport.
    await officer.post('/api/directory/students', { name: 'Anna 李', idType: 'passport', idNumber: 'E12345678', gender: 'female', registryNumber: 'L2015090112345', schoolId: schoolB.id, grade: 'g3' }).expect(201);
  });

  it('keeps dated difficulty categories and filters by the ones held today', async () => {
    const s = (await officer.post('/api/directory/students', { name: '赵小刚', idNumber: idNumber('20130505', '147'), schoolId: schoolB.id, grade: 'g7' }).expect(201)).body;
    await officer.post(`/api/directory/students/${s.id}/difficulties`, { category: 'registered_poor', source: '乡村振兴部门', startDate: '2019-03-01', endDate: '2020-12-31' }).expect(201);
    const withLowIncome = await officer.post(`/api/directory/students/${s.id}/difficulties`, { category: 'rural_min_allowance', source: '民政部门', startDate: '2026-03-01' }).expect(201);
    expect(withLowIncome.body.currentDifficulties.map((d: { category: string }) => d.category)).toEqual(['rural_min_allowance']);
    expect(withLowIncome.body.difficulties).toHaveLength(2);
    expect((await officer.get('/api/directory/students?difficulty=rural_min_allowance').expect(200)).body.items.map((x: { name: string }) => x.name)).toEqual(['赵小刚']);
    expect((await officer.get('/api/directory/students?difficulty=registered_poor').expect(200)).body.total).toBe(0);
    const dId = withLowIncome.body.difficulties.find((d: { category: string }) => d.category === 'rural_min_allowance').id;
    await officer.post(`/api/directory/students/${s.id}/difficulties/${dId}/end`, { endDate: '2026-11-01' }).expect(200);
    expect((await officer.get('/api/directory/students?difficulty=rural_min_allowance').expect(200)).body.total).toBe(0);
    await officer.post(`/api/directory/students/${s.id}/difficulties`, { category: 'orphan', source: '民政部门', startDate: '2026-03-01', endDate: '2026-01-01' }).expect(400);
  });

  it('restricts students to the caller’s school', async () => {
    const s = (await officer.post('/api/directory/students', { name: '钱小二', idNumber: idNumber('20160606', '158'), schoolId: schoolB.id, grade: 'g4' }).expect(201)).body;
    const coordA = await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]);
    await coordA.get(`/api/directory/students/${s.id}`).expect(404);
    await coordA.post(`/api/directory/students/${s.id}/archive`).expect(404);
    const mine = (await coordA.get('/api/directory/students').expect(200)).body.items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((x: { schoolId: string }) => x.schoolId === schoolA.id)).toBe(true);
    await coordA.post(`/api/directory/students/${mine[0].id}/reveal`).expect(403);
    // Search by initials and grade filter.
    expect((await officer.get('/api/directory/students?q=qxe').expect(200)).body.items.map((x: { name: string }) => x.name)).toEqual(['钱小二']);
    expect((await officer.get('/api/directory/students?grade=g4').expect(200)).body.total).toBe(1);
  });

  it('updates with the version, transfers within scope, archives and deletes', async () => {
    const s = (await officer.post('/api/directory/students', { name: '孙小三', idNumber: idNumber('20120707', '169'), schoolId: schoolA.id, grade: 'g8' }).expect(201)).body;
    const moved = await officer.patch(`/api/directory/students/${s.id}`, { version: s.version, schoolId: schoolB.id, grade: 'g9', className: '1班' }).expect(200);
    expect(moved.body).toMatchObject({ schoolName: '白沙镇中学', grade: 'g9', className: '1班', version: s.version + 1 });
    await officer.patch(`/api/directory/students/${s.id}`, { version: s.version, grade: 'g7' }).expect(409);
    await officer.post(`/api/directory/students/${s.id}/archive`).expect(200);
    expect((await officer.get('/api/directory/students?q=sxs').expect(200)).body.total).toBe(0);
    await officer.delete(`/api/directory/students/${s.id}`).expect(204);
  });

  it('exports students with the filters, registry numbers masked', async () => {
    const res = await officer.get(`/api/directory/students/export?format=csv&schoolId=${schoolA.id}`).buffer(true).expect(200);
    const text = String(res.text);
    expect(text.split('\r\n')[0]).toBe('\ufeff姓名,性别,证件类型,证件号码,学籍号,学校,年级,班级,寄宿,残疾,户籍,监护人手机号,困难类别,学籍状态');
    expect(text).toContain('李小明');
    expect(text).toMatch(/G439\*{11}\d{3}[\dX]/);
    expect(text).not.toMatch(/G439901\d{11}/);
    expect(text).not.toContain('白沙镇中学,');
  });
});
