import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Teacher, type Organisation, type Region } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { idNumber } from './helpers.js';

describe('teachers', () => {
  let app: TestApp;
  let county: Region;
  let township: Region;
  let otherCounty: Region;
  let schoolA: Organisation;
  let schoolB: Organisation;
  let central: Organisation;
  let teachingPoint: Organisation;
  let farSchool: Organisation;
  let officer: TestClient;

  beforeAll(async () => {
    app = await createTestApp();
    const province = await app.createRegion({ code: '43', kind: 'province' });
    const city = await app.createRegion({ code: '4399', kind: 'city', parent: province });
    county = await app.createRegion({ code: '439901', parent: city });
    township = await app.createRegion({ code: '439901100', kind: 'township', parent: county, name: '青山乡' });
    otherCounty = await app.createRegion({ code: '439902', parent: city });
    schoolA = await app.createOrganisation({ region: township, managerRegion: county, name: '示范县实验小学', code: 'S-A' });
    schoolB = await app.createOrganisation({ region: township, managerRegion: county, name: '示范县第二小学', code: 'S-B' });
    central = await app.createOrganisation({ region: township, managerRegion: county, name: '青山乡中心小学', code: 'S-C' });
    teachingPoint = await app.createOrganisation({ region: township, managerOrganisation: central, name: '青山乡石门村教学点', code: 'S-TP' });
    farSchool = await app.createOrganisation({ region: otherCounty, managerRegion: otherCounty, name: '邻县一中', code: 'S-FAR' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  const create = (client: TestClient, body: Record<string, unknown>) => client.post('/api/directory/teachers', body);

  it('creates a teacher, masks the numbers and keeps the regular assignment', async () => {
    const res = await create(officer, { name: '张三', idNumber: idNumber('19850312', '123'), mobile: '138 1234 5678', schoolId: schoolA.id, subjects: ['math', 'science'], title: 'first', hiredOn: '2010-09-01' }).expect(201);
    expect(res.body).toMatchObject({
      name: '张三',
      gender: 'male',
      idType: 'resident_id',
      idNumber: '439***********' + idNumber('19850312', '123').slice(-4),
      mobile: '138****5678',
      schoolName: '示范县实验小学',
      subjects: ['math', 'science'],
      status: 'active',
      version: 1,
      currentAssignments: [{ schoolId: schoolA.id, kind: 'regular' }],
    });
    expect(res.body.assignments).toEqual([expect.objectContaining({ kind: 'regular', startDate: '2010-09-01', endDate: null })]);
    const stored = await app.dataSource.manager.findOneByOrFail(Teacher, { id: res.body.id });
    expect(stored.idNumber).toBe(idNumber('19850312', '123'));
    expect(stored.mobile).toBe('13812345678');
    // The audit record keeps the masked numbers only.
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: res.body.id, action: 'directory.teacher.created' });
    expect(JSON.stringify(audit)).not.toContain(idNumber('19850312', '123'));
    expect(JSON.stringify(audit)).not.toContain('13812345678');
  });

  it('validates the ID number (length, checksum, X), the gender against it and the mobile', async () => {
    const bad = idNumber('19900101', '456').slice(0, 17) + (idNumber('19900101', '456').endsWith('1') ? '2' : '1');
    const res = await create(officer, { name: '李四', idNumber: bad, schoolId: schoolA.id }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'idNumber', code: 'identity.idNumber.checksum' })]);
    expect((await create(officer, { name: '李四', idNumber: '43990119900101', schoolId: schoolA.id }).expect(400)).body.errors[0].code).toBe('identity.idNumber.length');
    // 17th digit even: a woman; saying male is a field error naming the rule.
    const female = idNumber('19900101', '442');
    expect((await create(officer, { name: '李四', idNumber: female, gender: 'male', schoolId: schoolA.id }).expect(400)).body.errors).toEqual([
      expect.objectContaining({ field: 'gender', code: 'directory.genderMismatch' }),
    ]);
    expect((await create(officer, { name: '李四', idNumber: female, mobile: '12345', schoolId: schoolA.id }).expect(400)).body.errors[0]).toMatchObject({ field: 'mobile', code: 'identity.mobile.format' });
    // A trailing x is accepted and stored as X.
    let withX = '';
    for (let seq = 100; seq < 999 && !withX; seq++) {
      const n = idNumber('19880808', String(seq));
      if (n.endsWith('X')) withX = n;
    }
    const ok = await create(officer, { name: '王五', idNumber: withX.toLowerCase(), schoolId: schoolB.id }).expect(201);
    expect(ok.body.idNumber.endsWith(withX.slice(-4))).toBe(true);
    expect((await app.dataSource.manager.findOneByOrFail(Teacher, { id: ok.body.id })).idNumber).toBe(withX);
    // The same number again is a 409 naming the holder.
    const clash = await create(officer, { name: '王五五', idNumber: withX, schoolId: schoolA.id }).expect(409);
    expect(clash.body.code).toBe('directory.idNumberTaken');
    expect(clash.body.detail).toContain('王五');
    expect(clash.body.detail).toContain('示范县第二小学');
  });

  it('finds teachers by characters, full pinyin and initials, sorted by pinyin, with filters', async () => {
    for (const [name, seq, school] of [['赵敏', '211', schoolB], ['阿朱', '311', schoolB], ['曾小贤', '411', schoolA]] as const) {
      await create(officer, { name, idNumber: idNumber('19920202', seq), schoolId: school.id, subjects: ['chinese'] }).expect(201);
    }
    const names = async (qs: string) => (await officer.get(`/api/directory/teachers?${qs}`).expect(200)).body.items.map((t: { name: string }) => t.name);
    expect(await names('q=zm')).toEqual(['赵敏']);
    expect(await names('q=zhaomin')).toEqual(['赵敏']);
    expect(await names('q=%E8%B5%B5')).toEqual(['赵敏']); // 赵
    expect(await names('q=zengx')).toEqual(['曾小贤']);
    expect(await names(`schoolId=${schoolB.id}`)).toEqual(['阿朱', '王五', '赵敏']);
    expect(await names('subject=chinese&sort=-name')).toEqual(['赵敏', '曾小贤', '阿朱']);
    const paged = (await officer.get('/api/directory/teachers?pageSize=2&page=2').expect(200)).body;
    expect(paged).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(2);
    expect((await officer.get('/api/directory/teachers?sort=idNumber').expect(400)).body.errors[0]).toMatchObject({ field: 'sort', code: 'validation.sortField' });
  });

  it('keeps scope: a coordinator of school A gets 404 for a teacher of school B; a central school sees its teaching points', async () => {
    const tB = (await create(officer, { name: '钱六', idNumber: idNumber('19930303', '511'), schoolId: schoolB.id }).expect(201)).body;
    const tTP = (await create(officer, { name: '孙七', idNumber: idNumber('19930303', '611'), schoolId: teachingPoint.id }).expect(201)).body;
    const coordA = await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]);
    await coordA.get(`/api/directory/teachers/${tB.id}`).expect(404);
    await coordA.patch(`/api/directory/teachers/${tB.id}`, { version: 1, name: 'x' }).expect(404);
    expect((await coordA.get('/api/directory/teachers').expect(200)).body.items.every((t: { schoolId: string }) => t.schoolId === schoolA.id)).toBe(true);
    // A coordinator cannot create a teacher in someone else's school.
    expect((await create(coordA, { name: '周八', idNumber: idNumber('19940404', '711'), schoolId: schoolB.id }).expect(400)).body.errors[0]).toMatchObject({ field: 'schoolId', code: 'directory.schoolNotFound' });
    const coordCentral = await app.signInAs([{ role: 'school_coordinator', organisationId: central.id }]);
    await coordCentral.get(`/api/directory/teachers/${tTP.id}`).expect(200);
    await coordCentral.get(`/api/directory/teachers/${tB.id}`).expect(404);
    // Another county's officer sees none of them.
    const far = await app.signInAs([{ role: 'bureau_officer', regionId: otherCounty.id }]);
    expect((await far.get('/api/directory/teachers').expect(200)).body.total).toBe(0);
    await far.get(`/api/directory/teachers/${tB.id}`).expect(404);
    // A clash with a teacher outside the caller's scope does not name them.
    const clash = await create(far, { name: '钱六', idNumber: idNumber('19930303', '511'), schoolId: farSchool.id }).expect(409);
    expect(clash.body.detail).not.toContain('钱六');
    // A donor has no directory access at all.
    const donor = await app.signInAs(['donor']);
    await donor.get('/api/directory/teachers').expect(403);
  });

  it('reveals the numbers of one record to a holder of directory.pii.read, and audits it', async () => {
    const t = (await create(officer, { name: '吴九', idNumber: idNumber('19950505', '811'), mobile: '13900001111', schoolId: schoolA.id }).expect(201)).body;
    const res = await officer.post(`/api/directory/teachers/${t.id}/reveal`).expect(200);
    expect(res.body).toEqual({ idNumber: idNumber('19950505', '811'), mobile: '13900001111' });
    const entries = await app.dataSource.manager.findBy(AuditEntry, { entityId: t.id, action: 'directory.teacher.revealed' });
    expect(entries).toHaveLength(1);
    const coordA = await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]);
    await coordA.post(`/api/directory/teachers/${t.id}/reveal`).expect(403);
    // The list and the detail stay masked for the officer too.
    expect((await officer.get(`/api/directory/teachers/${t.id}`).expect(200)).body.idNumber).toBe(`439***********${idNumber('19950505', '811').slice(-4)}`);
  });

  it('moves a teacher and keeps the history; stints are dated; edits carry the version', async () => {
    const t = (await create(officer, { name: '郑十', idNumber: idNumber('19800606', '911'), schoolId: schoolA.id, hiredOn: '2005-09-01' }).expect(201)).body;
    const moved = await officer.post(`/api/directory/teachers/${t.id}/move`, { schoolId: schoolB.id, date: '2026-09-01', note: '县管校聘' }).expect(200);
    expect(moved.body.schoolId).toBe(schoolB.id);
    expect(moved.body.assignments.map((a: { schoolId: string; startDate: string; endDate: string | null }) => [a.schoolId, a.startDate, a.endDate])).toEqual([
      [schoolB.id, '2026-09-01', null],
      [schoolA.id, '2005-09-01', '2026-08-31'],
    ]);
    await officer.post(`/api/directory/teachers/${t.id}/move`, { schoolId: schoolB.id, date: '2026-10-01' }).expect(400);
    const stint = await officer.post(`/api/directory/teachers/${t.id}/assignments`, { schoolId: farSchool.id, kind: 'stint', startDate: '2026-09-01', endDate: '2027-07-15' }).expect(201);
    expect(stint.body.currentAssignments.map((a: { kind: string }) => a.kind).sort()).toEqual(['regular', 'stint']);
    const stintId = stint.body.assignments.find((a: { kind: string }) => a.kind === 'stint').id;
    await officer.post(`/api/directory/teachers/${t.id}/assignments/${stintId}/end`, { endDate: '2026-08-01' }).expect(400);
    await officer.post(`/api/directory/teachers/${t.id}/assignments/${stintId}/end`, { endDate: '2026-11-20' }).expect(200);
    const v = moved.body.version;
    expect((await officer.patch(`/api/directory/teachers/${t.id}`, { version: v, title: 'senior' }).expect(200)).body).toMatchObject({ title: 'senior', version: v + 1 });
    const stale = await officer.patch(`/api/directory/teachers/${t.id}`, { version: v, title: 'first' }).expect(409);
    expect(stale.body.code).toBe('conflict.staleVersion');
  });

  it('archives, restores and deletes', async () => {
    const t = (await create(officer, { name: '冯十一', idNumber: idNumber('19810707', '151'), schoolId: schoolA.id }).expect(201)).body;
    await officer.post(`/api/directory/teachers/${t.id}/archive`).expect(200);
    await officer.post(`/api/directory/teachers/${t.id}/archive`).expect(409);
    expect((await officer.get('/api/directory/teachers?q=fsy').expect(200)).body.total).toBe(0);
    expect((await officer.get('/api/directory/teachers?q=fsy&archived=true').expect(200)).body.total).toBe(1);
    await officer.post(`/api/directory/teachers/${t.id}/restore`).expect(200);
    await officer.delete(`/api/directory/teachers/${t.id}`).expect(204);
    await officer.get(`/api/directory/teachers/${t.id}`).expect(404);
  });

  it('exports the list with its filters as .csv and .xlsx, numbers masked', async () => {
    const csv = await officer.get(`/api/directory/teachers/export?format=csv&schoolId=${schoolB.id}`).buffer(true).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
    const text = String(csv.text ?? csv.body);
    expect(text.startsWith('\ufeff姓名,性别,证件类型,证件号码')).toBe(true);
    const lines = text.trim().split('\r\n');
    const inB = (await officer.get(`/api/directory/teachers?schoolId=${schoolB.id}&pageSize=200`).expect(200)).body;
    expect(lines).toHaveLength(inB.total + 1);
    expect(text).toContain('示范县第二小学');
    expect(text).not.toContain('示范县实验小学');
    expect(text).not.toMatch(/439901\d{12}/);
    expect(text).toMatch(/439\*{11}/);
    const xlsx = await officer.get('/api/directory/teachers/export?format=xlsx&q=zm').buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    const coordA = await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]);
    const mine = String((await coordA.get('/api/directory/teachers/export?format=csv').buffer(true).expect(200)).text);
    expect(mine).not.toContain('示范县第二小学');
  });
});
