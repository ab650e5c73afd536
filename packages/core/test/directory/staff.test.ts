import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, StaffMember, Teacher, type Organisation, type Region } from '../../src/index.js';
import { checkStaffFields } from '../../src/directory/rules/staff.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { idNumber } from './helpers.js';

describe('staff members (职工)', () => {
  let app: TestApp;
  let county: Region;
  let township: Region;
  let otherCounty: Region;
  let bureau: Organisation;
  let centre: Organisation;
  let schoolA: Organisation;
  let schoolB: Organisation;
  let donor: Organisation;
  let closed: Organisation;
  let farBureau: Organisation;
  let officer: TestClient;

  beforeAll(async () => {
    app = await createTestApp();
    const province = await app.createRegion({ code: '43', kind: 'province' });
    const city = await app.createRegion({ code: '4399', kind: 'city', parent: province });
    county = await app.createRegion({ code: '439901', parent: city });
    township = await app.createRegion({ code: '439901100', kind: 'township', parent: county, name: '城关镇' });
    otherCounty = await app.createRegion({ code: '439902', parent: city });
    bureau = await app.createOrganisation({ region: county, managerRegion: county, name: '示范县教育局', code: 'JYJ', kind: 'bureau' });
    centre = await app.createOrganisation({ region: county, managerRegion: county, name: '示范县教师发展中心', code: 'JSFZ', kind: 'training_centre' });
    schoolA = await app.createOrganisation({ region: township, managerRegion: county, name: '示范县实验小学', code: 'S-A' });
    schoolB = await app.createOrganisation({ region: township, managerRegion: county, name: '示范县第二小学', code: 'S-B' });
    donor = await app.createOrganisation({ region: null, managerRegion: city, name: '示范市慈善总会', code: 'CSZH', kind: 'donor' });
    closed = await app.createOrganisation({ region: county, managerRegion: county, name: '示范县电教站', code: 'DJZ', kind: 'other' });
    await app.dataSource.query(`UPDATE platform_organisation SET archived_at = created_at WHERE id = '${closed.id}'`);
    farBureau = await app.createOrganisation({ region: otherCounty, managerRegion: otherCounty, name: '邻县教育局', code: 'FAR-JYJ', kind: 'bureau' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  const create = (client: TestClient, body: Record<string, unknown>) => client.post('/api/directory/staff', body);
  const names = async (client: TestClient, qs: string) =>
    (await client.get(`/api/directory/staff?${qs}`).expect(200)).body.items.map((s: { name: string }) => s.name);

  it('normalises the fields it is given and nothing else (pure rule)', () => {
    expect(checkStaffFields({ name: ' 张三 ', mobile: '+86 138-1234-5678', email: ' Li@Example.CN ', position: '  ', title: undefined })).toEqual({
      errors: [],
      values: { name: '张三', mobile: '13812345678', email: 'li@example.cn', position: null },
    });
    expect(checkStaffFields({ name: '   ', mobile: '12345' }).errors).toEqual([
      { field: 'name', code: 'validation.required' },
      { field: 'mobile', code: 'identity.mobile.format' },
    ]);
    expect(checkStaffFields({ mobile: '' }).values).toEqual({ mobile: null });
  });

  it('creates a staff member in a bureau, a centre or a school, masks the mobile and audits a masked snapshot', async () => {
    const res = await create(officer, {
      name: '张三',
      gender: 'male',
      organisationId: bureau.id,
      position: '基础教育股股长',
      title: '高级教师',
      mobile: '138 1234 5678',
      email: 'zhangsan@example.cn',
    }).expect(201);
    expect(res.body).toMatchObject({
      name: '张三',
      gender: 'male',
      organisationId: bureau.id,
      organisationName: '示范县教育局',
      organisationKind: 'bureau',
      position: '基础教育股股长',
      title: '高级教师',
      mobile: '138****5678',
      email: 'zhangsan@example.cn',
      userId: null,
      username: null,
      archivedAt: null,
      version: 1,
    });
    const stored = await app.dataSource.manager.findOneByOrFail(StaffMember, { id: res.body.id });
    expect(stored).toMatchObject({ mobile: '13812345678', namePinyin: 'zhangsan', nameInitials: 'zs' });
    expect(stored.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: res.body.id, action: 'directory.staffMember.created' });
    expect(audit.entityType).toBe('directory.staffMember');
    expect(JSON.stringify(audit)).not.toContain('13812345678');
    expect(JSON.stringify(audit)).toContain('138****5678');

    await create(officer, { name: '赵敏', organisationId: centre.id, position: '培训部主任' }).expect(201);
    const inSchool = await create(officer, { name: '阿朱', organisationId: schoolA.id, position: '办公室主任', gender: null }).expect(201);
    expect(inSchool.body).toMatchObject({ organisationKind: 'school', gender: null, mobile: null, email: null, title: null });
  });

  it('refuses bad fields with field errors, and organisations that are archived or outside the scope', async () => {
    const errorsOf = async (body: Record<string, unknown>) =>
      (await create(officer, { name: '李四', organisationId: bureau.id, ...body }).expect(400)).body.errors;
    expect(await errorsOf({ mobile: '12345' })).toEqual([
      expect.objectContaining({ field: 'mobile', code: 'identity.mobile.format', message: '手机号应为 11 位大陆手机号' }),
    ]);
    expect(await errorsOf({ name: '   ' })).toEqual([expect.objectContaining({ field: 'name', code: 'validation.required' })]);
    expect(await errorsOf({ email: 'not-an-email' })).toEqual([expect.objectContaining({ field: 'email', code: 'validation.isEmail' })]);
    expect(await errorsOf({ gender: 'other' })).toEqual([expect.objectContaining({ field: 'gender', code: 'validation.isIn' })]);
    expect(await errorsOf({ position: 'x'.repeat(51) })).toEqual([expect.objectContaining({ field: 'position', code: 'validation.maxLength' })]);
    expect(await errorsOf({ idNumber: '1' })).toEqual([expect.objectContaining({ field: 'idNumber', code: 'validation.unknownField' })]);
    // A donor managed by the city is outside a county officer's scope: as if it did not exist.
    expect(await errorsOf({ organisationId: donor.id })).toEqual([
      expect.objectContaining({ field: 'organisationId', code: 'directory.organisationNotFound', message: '找不到该单位，或不在您的管理范围内' }),
    ]);
    expect(await errorsOf({ organisationId: farBureau.id })).toEqual([
      expect.objectContaining({ field: 'organisationId', code: 'directory.organisationNotFound' }),
    ]);
    expect(await errorsOf({ organisationId: closed.id })).toEqual([expect.objectContaining({ field: 'organisationId', code: 'directory.archived' })]);
    // An administrator reaches the donor; a school coordinator may only read staff, not write them.
    const admin = await app.signInAs(['admin']);
    expect((await create(admin, { name: '孙捐', organisationId: donor.id, position: '项目主管' }).expect(201)).body.organisationKind).toBe('donor');
    const coordA = await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]);
    await create(coordA, { name: '周八', organisationId: schoolA.id }).expect(403);
  });

  it('finds staff by characters, full pinyin and initials, sorted by pinyin, with filters', async () => {
    await create(officer, { name: '曾小贤', organisationId: centre.id, position: '教研员' }).expect(201);
    expect(await names(officer, 'q=zs')).toEqual(['张三']);
    expect(await names(officer, 'q=zhangsan')).toEqual(['张三']);
    expect(await names(officer, `q=${encodeURIComponent('赵')}`)).toEqual(['赵敏']);
    expect(await names(officer, 'q=zengx')).toEqual(['曾小贤']);
    // By pinyin: azhu < zengxiaoxian (曾 read as a surname) < zhangsan < zhaomin.
    expect(await names(officer, 'sort=name')).toEqual(['阿朱', '曾小贤', '张三', '赵敏']);
    expect(await names(officer, 'sort=-name')).toEqual(['赵敏', '张三', '曾小贤', '阿朱']);
    expect(await names(officer, 'organisationKind=training_centre')).toEqual(['曾小贤', '赵敏']);
    expect(await names(officer, `organisationId=${bureau.id}`)).toEqual(['张三']);
    expect(await names(officer, 'organisationKind=bureau&q=zm')).toEqual([]);
    const paged = (await officer.get('/api/directory/staff?pageSize=2&page=2').expect(200)).body;
    expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(2);
    expect((await officer.get('/api/directory/staff?sort=mobile').expect(400)).body.errors[0]).toMatchObject({ field: 'sort', code: 'validation.sortField' });
    expect((await officer.get('/api/directory/staff?organisationKind=planet').expect(400)).body.errors[0]).toMatchObject({ field: 'organisationKind' });
  });

  it('keeps scope: a school coordinator of school A gets 404 for staff of school B; the county officer sees bureau and centre staff', async () => {
    const inB = (await create(officer, { name: '钱六', organisationId: schoolB.id, position: '会计' }).expect(201)).body;
    const coordA = await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]);
    await coordA.get(`/api/directory/staff/${inB.id}`).expect(404);
    expect(await names(coordA, '')).toEqual(['阿朱']);
    // The county's officer sees the bureau's, the centre's and the schools' staff, not the city-run donor's.
    const kinds = (await officer.get('/api/directory/staff?pageSize=200').expect(200)).body.items.map((s: { organisationKind: string }) => s.organisationKind);
    expect(new Set(kinds)).toEqual(new Set(['bureau', 'training_centre', 'school']));
    // A centre coordinator scoped to the centre sees the centre's staff only.
    const centreOnly = await app.signInAs([{ role: 'centre_coordinator', organisationId: centre.id }]);
    expect(await names(centreOnly, '')).toEqual(['曾小贤', '赵敏']);
    // Another county's officer sees none of them and cannot touch them.
    const far = await app.signInAs([{ role: 'bureau_officer', regionId: otherCounty.id }]);
    expect((await far.get('/api/directory/staff').expect(200)).body.total).toBe(0);
    await far.get(`/api/directory/staff/${inB.id}`).expect(404);
    await far.patch(`/api/directory/staff/${inB.id}`, { version: 1, position: 'x' }).expect(404);
    await far.delete(`/api/directory/staff/${inB.id}`).expect(404);
    // A donor has no directory access at all.
    const donorUser = await app.signInAs(['donor']);
    await donorUser.get('/api/directory/staff').expect(403);
  });

  it('edits with the version: a stale one gets 409; moving to an organisation out of scope is a field error', async () => {
    const s = (await create(officer, { name: '郑十', organisationId: bureau.id, position: '科员' }).expect(201)).body;
    const edited = await officer
      .patch(`/api/directory/staff/${s.id}`, { version: 1, name: '郑十一', position: '人事股股长', mobile: '13900001111', organisationId: centre.id })
      .expect(200);
    expect(edited.body).toMatchObject({ name: '郑十一', position: '人事股股长', mobile: '139****1111', organisationName: '示范县教师发展中心', version: 2 });
    expect((await app.dataSource.manager.findOneByOrFail(StaffMember, { id: s.id })).nameInitials).toBe('zsy');
    const stale = await officer.patch(`/api/directory/staff/${s.id}`, { version: 1, position: '副股长' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'conflict.staleVersion', currentVersion: 2 });
    expect((await officer.patch(`/api/directory/staff/${s.id}`, { version: 2, organisationId: donor.id }).expect(400)).body.errors[0]).toMatchObject({
      field: 'organisationId',
      code: 'directory.organisationNotFound',
    });
    // Clearing optional fields with null; the version is required.
    expect((await officer.patch(`/api/directory/staff/${s.id}`, { version: 2, mobile: null, position: '' }).expect(200)).body).toMatchObject({
      mobile: null,
      position: null,
      version: 3,
    });
    expect((await officer.patch(`/api/directory/staff/${s.id}`, { position: 'x' }).expect(400)).body.errors[0]).toMatchObject({
      field: 'version',
      code: 'validation.required',
    });
    const audit = await app.dataSource.manager.findBy(AuditEntry, { entityId: s.id, action: 'directory.staffMember.updated' });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('13900001111');
  });

  it('archives, restores and deletes', async () => {
    const s = (await create(officer, { name: '冯十二', organisationId: bureau.id }).expect(201)).body;
    expect((await officer.post(`/api/directory/staff/${s.id}/archive`).expect(200)).body.archivedAt).not.toBeNull();
    expect((await officer.post(`/api/directory/staff/${s.id}/archive`).expect(409)).body.code).toBe('directory.archived');
    expect(await names(officer, 'q=fse')).toEqual([]);
    expect(await names(officer, 'q=fse&archived=true')).toEqual(['冯十二']);
    expect(await names(officer, 'q=fse&archived=all')).toEqual(['冯十二']);
    await officer.post(`/api/directory/staff/${s.id}/restore`).expect(200);
    expect((await officer.post(`/api/directory/staff/${s.id}/restore`).expect(409)).body.code).toBe('directory.notArchived');
    await officer.delete(`/api/directory/staff/${s.id}`).expect(204);
    await officer.get(`/api/directory/staff/${s.id}`).expect(404);
    const actions = (await app.dataSource.manager.findBy(AuditEntry, { entityId: s.id })).map((a) => a.action).sort();
    expect(actions).toEqual([
      'directory.staffMember.archived',
      'directory.staffMember.created',
      'directory.staffMember.deleted',
      'directory.staffMember.restored',
    ]);
  });

  it('reveals the mobile of one record to a holder of directory.pii.read, and audits it', async () => {
    const s = (await create(officer, { name: '吴九', organisationId: centre.id, mobile: '13700002222' }).expect(201)).body;
    expect((await officer.get(`/api/directory/staff/${s.id}`).expect(200)).body.mobile).toBe('137****2222');
    expect((await officer.post(`/api/directory/staff/${s.id}/reveal`).expect(200)).body).toEqual({ mobile: '13700002222' });
    expect(await app.dataSource.manager.countBy(AuditEntry, { entityId: s.id, action: 'directory.staffMember.revealed' })).toBe(1);
    const centreCoordinator = await app.signInAs([{ role: 'centre_coordinator', organisationId: centre.id }]);
    await centreCoordinator.get(`/api/directory/staff/${s.id}`).expect(200);
    await centreCoordinator.post(`/api/directory/staff/${s.id}/reveal`).expect(403);
    // Still masked in the list afterwards.
    expect((await officer.get('/api/directory/staff?q=wj').expect(200)).body.items[0].mobile).toBe('137****2222');
  });

  it('links and unlinks an account; a linked record is not deleted; one account holds one teacher or staff record', async () => {
    const s = (await create(officer, { name: '李明', organisationId: bureau.id, position: '督导室主任' }).expect(201)).body;
    const account = await app.createUser({ username: 'liming', displayName: '李明', roles: [{ role: 'inspector', regionId: county.id }] });
    const linked = await officer.put(`/api/directory/staff/${s.id}/user`, { userId: account.id }).expect(200);
    expect(linked.body).toMatchObject({ userId: account.id, username: 'liming', userDisplayName: '李明', version: 2 });
    // The same link again changes nothing.
    expect((await officer.put(`/api/directory/staff/${s.id}/user`, { userId: account.id }).expect(200)).body.version).toBe(2);
    expect(await names(officer, 'linked=true')).toEqual(['李明']);
    expect(await names(officer, 'linked=false&q=lm')).toEqual([]);
    expect(await names(officer, `userId=${account.id}`)).toEqual(['李明']);

    // Deleting is refused, naming the account.
    const refused = await officer.delete(`/api/directory/staff/${s.id}`).expect(409);
    expect(refused.body.code).toBe('directory.staff.linked');
    expect(refused.body.detail).toContain('liming');

    // Another account on the same record: unlink first.
    const other = await app.createUser({ username: 'liming2', roles: [{ role: 'inspector', regionId: county.id }] });
    const busy = await officer.put(`/api/directory/staff/${s.id}/user`, { userId: other.id }).expect(409);
    expect(busy.body).toMatchObject({ code: 'directory.staff.alreadyLinked' });
    expect(busy.body.detail).toContain('liming');

    // The same account on another staff record: 409 naming the holder.
    const s2 = (await create(officer, { name: '王二', organisationId: centre.id }).expect(201)).body;
    const taken = await officer.put(`/api/directory/staff/${s2.id}/user`, { userId: account.id }).expect(409);
    expect(taken.body.code).toBe('directory.userLinkedToStaff');
    expect(taken.body.detail).toBe('账号“liming”已关联职工「李明」（示范县教育局）');
    expect(taken.body.errors[0]).toMatchObject({ field: 'userId', code: 'directory.userLinkedToStaff' });

    // An account linked to a teacher cannot be linked to a staff record.
    const teacher = (await officer.post('/api/directory/teachers', { name: '陈老师', idNumber: idNumber('19860101', '135'), schoolId: schoolA.id }).expect(201))
      .body;
    const teacherAccount = await app.createUser({ username: 'chenlaoshi', roles: [{ role: 'school_coordinator', organisationId: schoolA.id }] });
    await app.dataSource.manager.update(Teacher, { id: teacher.id }, { userId: teacherAccount.id });
    const clash = await officer.put(`/api/directory/staff/${s2.id}/user`, { userId: teacherAccount.id }).expect(409);
    expect(clash.body.code).toBe('directory.userLinkedToTeacher');
    expect(clash.body.detail).toBe('账号“chenlaoshi”已关联教师「陈老师」（示范县实验小学）');
    // The teachers list finds the teacher by the account too (the user page shows the person).
    expect((await officer.get(`/api/directory/teachers?userId=${teacherAccount.id}`).expect(200)).body.items.map((t: { name: string }) => t.name)).toEqual([
      '陈老师',
    ]);
    expect((await officer.get(`/api/directory/staff?userId=${teacherAccount.id}`).expect(200)).body.total).toBe(0);

    // An account outside the caller's users scope (another county's, or none at all) is a field error.
    const farAccount = await app.createUser({ username: 'faraway', roles: [{ role: 'bureau_officer', regionId: otherCounty.id }] });
    for (const userId of [farAccount.id, '01900000-0000-7000-8000-00000000ffff']) {
      expect((await officer.put(`/api/directory/staff/${s2.id}/user`, { userId }).expect(400)).body.errors).toEqual([
        expect.objectContaining({ field: 'userId', code: 'directory.userNotFound', message: '找不到该账号，或不在您的管理范围内' }),
      ]);
    }
    expect((await officer.put(`/api/directory/staff/${s2.id}/user`, { userId: 'nope' }).expect(400)).body.errors[0]).toMatchObject({
      field: 'userId',
      code: 'validation.isUuid',
    });

    // Unlink, then the other account links, then deleting works once unlinked.
    const unlinked = await officer.delete(`/api/directory/staff/${s.id}/user`).expect(200);
    expect(unlinked.body).toMatchObject({ userId: null, username: null });
    expect((await officer.delete(`/api/directory/staff/${s.id}/user`).expect(409)).body.code).toBe('directory.staff.notLinked');
    await officer.put(`/api/directory/staff/${s2.id}/user`, { userId: account.id }).expect(200);
    await officer.delete(`/api/directory/staff/${s.id}`).expect(204);
    const actions = (await app.dataSource.manager.findBy(AuditEntry, { entityId: s.id })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['directory.staffMember.userLinked', 'directory.staffMember.userUnlinked']));

    // Deleting the account leaves the record, unlinked (ON DELETE SET NULL).
    await app.dataSource.query(`DELETE FROM platform_role_assignment WHERE user_id = '${account.id}'`);
    await app.dataSource.query(`DELETE FROM platform_user WHERE id = '${account.id}'`);
    expect((await officer.get(`/api/directory/staff/${s2.id}`).expect(200)).body.userId).toBeNull();
  });

  it('refuses to delete an organisation that still has staff', async () => {
    const res = await officer.delete(`/api/directory/organisations/${centre.id}`).expect(409);
    expect(res.body.code).toBe('directory.referenced');
    expect(res.body.detail).toMatch(/名职工登记在该单位/);
  });

  it('exports the list with its filters as .csv and .xlsx, mobiles masked', async () => {
    const csv = await officer.get('/api/directory/staff/export?format=csv&organisationKind=bureau').buffer(true).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
    const text = String(csv.text ?? csv.body);
    expect(text.startsWith('\ufeff姓名,性别,单位,单位类型,职务,职称,手机号,电子邮箱,账号,状态')).toBe(true);
    const lines = text.trim().split('\r\n');
    const inBureau = (await officer.get('/api/directory/staff?organisationKind=bureau&pageSize=200').expect(200)).body;
    expect(lines).toHaveLength(inBureau.total + 1);
    expect(text).toContain('张三,男,示范县教育局,教育局,基础教育股股长,高级教师,138****5678,zhangsan@example.cn,,在用');
    expect(text).not.toContain('示范县教师发展中心');
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    const xlsx = await officer
      .get('/api/directory/staff/export?format=xlsx&q=zs')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    // A bad filter is refused before anything is written.
    await officer.get('/api/directory/staff/export?format=csv&sort=mobile').expect(400);
  });
});
