import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { AuditEntry, type Region } from '../../src/index.js';
import { Teacher } from '../../src/directory/entities/teacher.entity.js';
import { normaliseContactPhone } from '../../src/directory/organisations/rules/contact-phone.js';
import { defaultManagerRegion, isManagerCycle, organisationPath, townshipOf } from '../../src/directory/organisations/rules/paths.js';
import { describeReferences } from '../../src/directory/organisations/rules/references.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';

interface Item {
  id: string;
  code: string;
  name: string;
  path: string;
  version: number;
}

const names = (items: Item[]) => items.map((i) => i.name);

describe('organisation rules', () => {
  it('hangs an organisation under its manager’s path and finds the default manager and township', () => {
    expect(organisationPath('/43/4399/439901/', 'abc')).toBe('/43/4399/439901/abc/');
    const chain = [
      { id: 'p', kind: 'province' as const },
      { id: 'c', kind: 'city' as const },
      { id: 'x', kind: 'county' as const },
      { id: 't', kind: 'township' as const },
    ];
    expect(defaultManagerRegion(chain)?.id).toBe('x');
    // no county above (a unit of kind other under a province): the region itself
    expect(defaultManagerRegion([chain[0]!, { id: 'o', kind: 'other' as const }])?.id).toBe('o');
    expect(townshipOf(chain)?.id).toBe('t');
    expect(townshipOf(chain.slice(0, 3))).toBeNull();
    expect(isManagerCycle('/43/a/', '/43/a/b/')).toBe(true);
    expect(isManagerCycle('/43/a/', '/43/a/')).toBe(true);
    expect(isManagerCycle('/43/a/', '/43/b/')).toBe(false);
  });

  it('accepts a mobile (normalised) or a landline as a contact phone', () => {
    expect(normaliseContactPhone('+86 138-0013-8000')).toEqual({ value: '13800138000' });
    expect(normaliseContactPhone('0735-1234567')).toEqual({ value: '0735-1234567' });
    expect(normaliseContactPhone('12345')).toEqual({ error: 'directory.contactPhone.format' });
    expect(normaliseContactPhone('0735-12345678901')).toEqual({ error: 'directory.contactPhone.format' });
    expect(normaliseContactPhone('电话')).toEqual({ error: 'directory.contactPhone.format' });
  });

  it('names what refers to a row in both languages', () => {
    expect(describeReferences({ teachers: 35, managedOrganisations: 2, students: 0 }, 'zh-CN')).toBe('仍有 35 名教师以该校为人事关系学校；仍有 2 个单位由其管理');
    expect(describeReferences({ teachers: 1 }, 'en')).toBe('1 teachers are still employed by it');
  });
});

describe('directory organisations API', () => {
  let app: TestApp;
  let city: Region;
  let county: Region;
  let otherCounty: Region;
  let chengguan: Region;
  let qingshan: Region;
  let otherTownship: Region;
  let hekou: Region;
  let admin: TestClient;
  let officer: TestClient;
  let otherOfficer: TestClient;
  let cityOfficer: TestClient;
  let first: Item & Record<string, unknown>;
  let central: Item;
  let point: Item;
  let cityRun: Item;
  let neighbour: Item;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [] });
    const province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
    city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示范市' });
    county = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '示范县' });
    otherCounty = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '邻县' });
    chengguan = await app.createRegion({ code: '439901100', kind: 'township', parent: county, name: '城关镇' });
    qingshan = await app.createRegion({ code: '439901200', kind: 'township', parent: county, name: '青山乡' });
    otherTownship = await app.createRegion({ code: '439902100', kind: 'township', parent: otherCounty, name: '河口镇' });
    // a township of its own for the edit and move tests, so the lists above stay as they are
    hekou = await app.createRegion({ code: '439901300', kind: 'township', parent: county, name: '河西镇' });
    admin = await app.signInAs(['admin']);
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    otherOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: otherCounty.id }]);
    cityOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: city.id }]);

    first = (
      await officer
        .post('/api/directory/organisations', {
          code: '4399010001',
          name: '示范县第一小学',
          kind: 'school',
          regionId: chengguan.id,
          schoolKind: 'complete_primary',
          stages: ['primary'],
          tier: 'strong',
          setting: 'town',
          boarding: false,
          studentCount: 1200,
          teacherCount: 60,
          shortageSubjects: ['music', 'art'],
          contactName: '王老师',
          contactPhone: '138 0013 8000',
        })
        .expect(201)
    ).body;
    central = (
      await officer
        .post('/api/directory/organisations', { code: '4399010002', name: '青山乡中心学校', kind: 'school', regionId: qingshan.id, stages: ['junior', 'primary'], tier: 'weak', studentCount: 800, teacherCount: 45 })
        .expect(201)
    ).body;
    point = (
      await officer
        .post('/api/directory/organisations', { code: '4399010003', name: '青山乡白岩村教学点', kind: 'school', regionId: qingshan.id, managerOrganisationId: central.id, schoolKind: 'teaching_point', stages: ['primary'], tier: 'weak', studentCount: 30, teacherCount: 2, contactPhone: '0735-1234567' })
        .expect(201)
    ).body;
    cityRun = (
      await cityOfficer
        .post('/api/directory/organisations', { code: '4399000001', name: '示范市实验中学', kind: 'school', regionId: chengguan.id, managerRegionId: city.id, stages: ['junior', 'senior'], tier: 'strong', studentCount: 2500, teacherCount: 180 })
        .expect(201)
    ).body;
    neighbour = (await otherOfficer.post('/api/directory/organisations', { code: '4399020001', name: '邻县第一中学', kind: 'school', regionId: otherTownship.id, stages: ['junior'] }).expect(201)).body;
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('create and read', () => {
    it('hangs a school under the county above its township, with every field and the mobile masked', () => {
      expect(first).toMatchObject({
        code: '4399010001',
        name: '示范县第一小学',
        kind: 'school',
        regionId: chengguan.id,
        regionName: '城关镇',
        townshipName: '城关镇',
        managerRegionId: county.id,
        managerOrganisationId: null,
        managerName: '示范县',
        path: `/43/4399/439901/${first.id}/`,
        schoolKind: 'complete_primary',
        stages: ['primary'],
        tier: 'strong',
        setting: 'town',
        boarding: false,
        studentCount: 1200,
        teacherCount: 60,
        shortageSubjects: ['music', 'art'],
        contactName: '王老师',
        contactPhone: '138****8000',
        archivedAt: null,
        version: 1,
        teacherRecords: 0,
        managed: [],
      });
      expect((first.regionAncestors as { code: string }[]).map((r) => r.code)).toEqual(['43', '4399', '439901', '439901100']);
    });

    it('hangs a teaching point under its central school and a city-run school under the city', async () => {
      expect(point.path).toBe(`${central.path}${point.id}/`);
      expect(point).toMatchObject({ managerOrganisationId: central.id, managerRegionId: null, managerName: '青山乡中心学校', contactPhone: '0735-1234567' });
      expect(cityRun).toMatchObject({ path: `/43/4399/${cityRun.id}/`, regionId: chengguan.id, managerRegionId: city.id, managerName: '示范市', townshipName: '城关镇' });
      const detail = await officer.get(`/api/directory/organisations/${central.id}`).expect(200);
      expect(detail.body.managed).toEqual([{ id: point.id, code: '4399010003', name: '青山乡白岩村教学点', kind: 'school' }]);
      expect(detail.body.stages).toEqual(['primary', 'junior']);
      // the stored mobile is normalised; answers only ever show it masked
      const row = await app.dataSource.query(`SELECT contact_phone FROM directory_organisation WHERE organisation_id = '${first.id}'`);
      expect(row[0].contact_phone).toBe('13800138000');
    });

    it('refuses a code in use, naming the holder', async () => {
      const res = await officer.post('/api/directory/organisations', { code: '4399010001', name: '重复', kind: 'school', regionId: chengguan.id }).expect(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'directory.codeTaken', detail: '代码“4399010001”已被「示范县第一小学」使用' });
    });

    it('refuses two managers, a bad phone, and a missing place', async () => {
      const both = await officer.post('/api/directory/organisations', { code: 'X-1', name: '两个主管', kind: 'school', regionId: qingshan.id, managerRegionId: county.id, managerOrganisationId: central.id }).expect(400);
      expect(both.body.errors).toEqual([expect.objectContaining({ field: 'managerOrganisationId', code: 'directory.organisation.oneManager' })]);
      const phone = await officer.post('/api/directory/organisations', { code: 'X-2', name: '电话', kind: 'school', regionId: qingshan.id, contactPhone: '12345' }).expect(400);
      expect(phone.body.errors).toEqual([expect.objectContaining({ field: 'contactPhone', code: 'directory.contactPhone.format' })]);
      const nowhere = await officer.post('/api/directory/organisations', { code: 'X-3', name: '无处', kind: 'school' }).expect(400);
      expect(nowhere.body.errors).toEqual([expect.objectContaining({ field: 'regionId', code: 'validation.required' })]);
      const badStage = await officer.post('/api/directory/organisations', { code: 'X-4', name: '学段', kind: 'school', regionId: qingshan.id, stages: ['college'] }).expect(400);
      expect(badStage.body.errors[0]).toMatchObject({ field: 'stages' });
    });
  });

  describe('lists', () => {
    it('sorts by name pinyin by default, pages, and sorts by a whitelisted field', async () => {
      const all = await officer.get('/api/directory/organisations').expect(200);
      // 青山乡白岩村教学点 (qingshanxiangbaiyan…) < 青山乡中心学校 (qingshanxiangzhong…) < 示范县第一小学 (shifan…)
      expect(names(all.body.items)).toEqual(['青山乡白岩村教学点', '青山乡中心学校', '示范县第一小学']);
      expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      const page2 = await officer.get('/api/directory/organisations?pageSize=2&page=2').expect(200);
      expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(names(page2.body.items)).toEqual(['示范县第一小学']);
      const byStudents = await officer.get('/api/directory/organisations?sort=-studentCount').expect(200);
      expect(names(byStudents.body.items)).toEqual(['示范县第一小学', '青山乡中心学校', '青山乡白岩村教学点']);
      const byCode = await officer.get('/api/directory/organisations?sort=-code').expect(200);
      expect(byCode.body.items.map((i: Item) => i.code)).toEqual(['4399010003', '4399010002', '4399010001']);
      const bad = await officer.get('/api/directory/organisations?sort=path').expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'sort', code: 'validation.sortField' });
    });

    it('searches by characters, full pinyin, initials and code prefix', async () => {
      const q = async (text: string) => names((await officer.get(`/api/directory/organisations?q=${encodeURIComponent(text)}`).expect(200)).body.items);
      expect(await q('中心')).toEqual(['青山乡中心学校']);
      expect(await q('shifanxian')).toEqual(['示范县第一小学']);
      expect(await q('ShiFan')).toEqual(['示范县第一小学']);
      expect(await q('qsx')).toEqual(['青山乡白岩村教学点', '青山乡中心学校']);
      expect(await q('qsxzx')).toEqual(['青山乡中心学校']);
      expect(await q('4399010003')).toEqual(['青山乡白岩村教学点']);
      expect(await q('9010003')).toEqual([]);
    });

    it('filters by township (regionId), stage, tier, kind of school and managing organisation', async () => {
      const f = async (query: string, client = officer) => names((await client.get(`/api/directory/organisations?${query}`).expect(200)).body.items);
      expect(await f(`regionId=${qingshan.id}`)).toEqual(['青山乡白岩村教学点', '青山乡中心学校']);
      expect(await f(`regionId=${chengguan.id}`)).toEqual(['示范县第一小学']);
      // the city officer sees the city-run school located in the county's township too
      expect(await f(`regionId=${chengguan.id}`, cityOfficer)).toEqual(['示范市实验中学', '示范县第一小学']);
      expect(await f(`regionId=${county.id}&stage=junior`)).toEqual(['青山乡中心学校']);
      expect(await f('stage=primary&tier=weak')).toEqual(['青山乡白岩村教学点', '青山乡中心学校']);
      expect(await f('schoolKind=teaching_point')).toEqual(['青山乡白岩村教学点']);
      expect(await f(`managerOrganisationId=${central.id}`)).toEqual(['青山乡白岩村教学点']);
      expect(await f('kind=bureau')).toEqual([]);
      await officer.get(`/api/directory/organisations?regionId=${newId()}`).expect(404);
    });
  });

  describe('scope', () => {
    it('keeps another county’s officer out: 404 and empty lists', async () => {
      await otherOfficer.get(`/api/directory/organisations/${first.id}`).expect(404);
      expect(names((await otherOfficer.get('/api/directory/organisations').expect(200)).body.items)).toEqual(['邻县第一中学']);
      expect((await otherOfficer.get(`/api/directory/organisations?regionId=${county.id}`).expect(200)).body).toMatchObject({ items: [], total: 0 });
      await otherOfficer.patch(`/api/directory/organisations/${first.id}`, { name: '改名', version: 1 }).expect(404);
      await otherOfficer.post(`/api/directory/organisations/${first.id}/archive`).expect(404);
      await otherOfficer.delete(`/api/directory/organisations/${first.id}`).expect(404);
      // nor can they create a school in the other county
      const res = await otherOfficer.post('/api/directory/organisations', { code: 'B-X', name: '越界学校', kind: 'school', regionId: chengguan.id }).expect(404);
      expect(res.body.code).toBe('notFound');
      await officer.get(`/api/directory/organisations/${neighbour.id}`).expect(404);
    });

    it('shows a city-run school to the city’s officer, not the county’s; the county officer cannot hand a school to the city', async () => {
      await cityOfficer.get(`/api/directory/organisations/${cityRun.id}`).expect(200);
      await officer.get(`/api/directory/organisations/${cityRun.id}`).expect(404);
      expect(names((await officer.get('/api/directory/organisations').expect(200)).body.items)).not.toContain('示范市实验中学');
      expect(names((await cityOfficer.get('/api/directory/organisations').expect(200)).body.items)).toEqual(['邻县第一中学', '青山乡白岩村教学点', '青山乡中心学校', '示范市实验中学', '示范县第一小学']);
      expect((await admin.get('/api/directory/organisations').expect(200)).body.total).toBe(5);
      await officer.post('/api/directory/organisations', { code: 'A-X', name: '市直?', kind: 'school', regionId: chengguan.id, managerRegionId: city.id }).expect(404);
    });

    it('shows a central school’s coordinator its teaching points and nothing else', async () => {
      const coordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: central.id }]);
      expect(names((await coordinator.get('/api/directory/organisations').expect(200)).body.items)).toEqual(['青山乡白岩村教学点', '青山乡中心学校']);
      await coordinator.get(`/api/directory/organisations/${point.id}`).expect(200);
      await coordinator.get(`/api/directory/organisations/${first.id}`).expect(404);
      const pointCoordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: point.id }]);
      expect(names((await pointCoordinator.get('/api/directory/organisations').expect(200)).body.items)).toEqual(['青山乡白岩村教学点']);
    });

    it('answers 403 without the permission', async () => {
      const principal = await app.signInAs([{ role: 'principal', organisationId: central.id }]);
      await principal.get('/api/directory/organisations').expect(200);
      const res = await principal.post('/api/directory/organisations', { code: 'P-1', name: '校长建校', kind: 'school', regionId: qingshan.id }).expect(403);
      expect(res.body.code).toBe('auth.forbidden');
      await principal.patch(`/api/directory/organisations/${central.id}`, { name: 'x', version: 1 }).expect(403);
      const donor = await app.signInAs(['donor']);
      await donor.get('/api/directory/organisations').expect(403);
      await app.request().get('/api/directory/organisations').expect(401);
    });
  });

  describe('edit', () => {
    it('edits with the version seen, refuses a stale one, and re-keys the pinyin', async () => {
      const created = (await officer.post('/api/directory/organisations', { code: 'E-1', name: '编辑小学', kind: 'school', regionId: hekou.id, stages: ['primary'] }).expect(201)).body;
      const edited = await officer
        .patch(`/api/directory/organisations/${created.id}`, { name: '阳光小学', stages: ['preschool', 'primary'], shortName: '阳光', contactPhone: '13900139000', version: created.version })
        .expect(200);
      expect(edited.body).toMatchObject({ name: '阳光小学', stages: ['preschool', 'primary'], shortName: '阳光', contactPhone: '139****9000', version: created.version + 1, path: created.path });
      const stale = await officer.patch(`/api/directory/organisations/${created.id}`, { name: '旧版本', version: created.version }).expect(409);
      expect(stale.body).toMatchObject({ code: 'conflict.staleVersion', currentVersion: created.version + 1 });
      expect(names((await officer.get('/api/directory/organisations?q=ygxx').expect(200)).body.items)).toEqual(['阳光小学']);
      // clearing a field with null; a code in use is refused
      const cleared = await officer.patch(`/api/directory/organisations/${created.id}`, { shortName: null, version: edited.body.version }).expect(200);
      expect(cleared.body.shortName).toBeNull();
      const taken = await officer.patch(`/api/directory/organisations/${created.id}`, { code: '4399010001', version: cleared.body.version }).expect(409);
      expect(taken.body.code).toBe('directory.codeTaken');
      await officer.delete(`/api/directory/organisations/${created.id}`).expect(204);
    });

    it('re-paths an organisation and everything under it when its manager changes', async () => {
      const school = (await officer.post('/api/directory/organisations', { code: 'M-1', name: '迁移中心校', kind: 'school', regionId: hekou.id }).expect(201)).body;
      const child = (await officer.post('/api/directory/organisations', { code: 'M-2', name: '迁移教学点', kind: 'school', regionId: hekou.id, managerOrganisationId: school.id }).expect(201)).body;
      const grandchild = (await officer.post('/api/directory/organisations', { code: 'M-3', name: '迁移分点', kind: 'school', regionId: hekou.id, managerOrganisationId: child.id }).expect(201)).body;
      const coordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: school.id }]);

      // a cycle: the school under its own teaching point, or under itself
      const cycle = await officer.patch(`/api/directory/organisations/${school.id}`, { managerOrganisationId: grandchild.id, version: school.version }).expect(400);
      expect(cycle.body.errors).toEqual([expect.objectContaining({ field: 'managerOrganisationId', code: 'directory.organisation.managerCycle' })]);
      await officer.patch(`/api/directory/organisations/${school.id}`, { managerOrganisationId: school.id, version: school.version }).expect(400);
      // the county officer cannot hand it to the city; the city officer can
      await officer.patch(`/api/directory/organisations/${school.id}`, { managerRegionId: city.id, version: school.version }).expect(404);
      const moved = await cityOfficer.patch(`/api/directory/organisations/${school.id}`, { managerRegionId: city.id, version: school.version }).expect(200);
      expect(moved.body).toMatchObject({ path: `/43/4399/${school.id}/`, managerRegionId: city.id, managerName: '示范市', regionId: hekou.id });
      const childAfter = (await cityOfficer.get(`/api/directory/organisations/${child.id}`).expect(200)).body;
      const grandchildAfter = (await cityOfficer.get(`/api/directory/organisations/${grandchild.id}`).expect(200)).body;
      expect(childAfter.path).toBe(`/43/4399/${school.id}/${child.id}/`);
      expect(grandchildAfter.path).toBe(`/43/4399/${school.id}/${child.id}/${grandchild.id}/`);
      expect(childAfter.version).toBe(child.version + 1);
      // untouched: organisations that only share the county prefix
      expect((await officer.get(`/api/directory/organisations/${first.id}`).expect(200)).body.path).toBe(first.path);
      // the county officer no longer reaches them; the school's coordinator still does (scopes read paths live)
      await officer.get(`/api/directory/organisations/${grandchild.id}`).expect(404);
      expect(names((await coordinator.get('/api/directory/organisations').expect(200)).body.items)).toEqual(['迁移分点', '迁移教学点', '迁移中心校']);
      // and back under the county
      const back = await cityOfficer.patch(`/api/directory/organisations/${school.id}`, { managerRegionId: county.id, version: moved.body.version }).expect(200);
      expect(back.body.path).toBe(`/43/4399/439901/${school.id}/`);
      expect((await officer.get(`/api/directory/organisations/${grandchild.id}`).expect(200)).body.path).toBe(`/43/4399/439901/${school.id}/${child.id}/${grandchild.id}/`);

      const entries = await app.dataSource.getRepository(AuditEntry).find({ where: { entityId: school.id }, order: { at: 'ASC', id: 'ASC' } });
      const moves = entries.filter((e) => e.action === 'directory.organisation.updated');
      expect(moves[0]).toMatchObject({ entityType: 'directory.organisation', before: { path: school.path }, after: { path: `/43/4399/${school.id}/`, repathedOrganisations: 2 } });
    });
  });

  describe('archive, restore and delete', () => {
    it('archives out of the default list, refuses a second archive, and restores', async () => {
      const a = await officer.post(`/api/directory/organisations/${point.id}/archive`).expect(200);
      expect(a.body.archivedAt).toBe('2026-11-23T02:00:00.000Z');
      expect(names((await officer.get(`/api/directory/organisations?regionId=${qingshan.id}`).expect(200)).body.items)).toEqual(['青山乡中心学校']);
      expect(names((await officer.get(`/api/directory/organisations?regionId=${qingshan.id}&archived=true`).expect(200)).body.items)).toEqual(['青山乡白岩村教学点']);
      expect((await officer.get(`/api/directory/organisations?regionId=${qingshan.id}&archived=all`).expect(200)).body.total).toBe(2);
      expect((await officer.post(`/api/directory/organisations/${point.id}/archive`).expect(409)).body.code).toBe('directory.archived');
      const r = await officer.post(`/api/directory/organisations/${point.id}/restore`).expect(200);
      expect(r.body.archivedAt).toBeNull();
      expect((await officer.post(`/api/directory/organisations/${point.id}/restore`).expect(409)).body.code).toBe('directory.notArchived');
    });

    it('refuses to delete what is referenced, naming what, and deletes what is not', async () => {
      await app.signInAs([{ role: 'school_coordinator', organisationId: central.id }]);
      const t = app.dataSource.manager.create(Teacher, {
        id: newId(),
        name: '李老师',
        namePinyin: 'lilaoshi',
        nameInitials: 'lls',
        gender: 'female',
        idType: 'resident_id',
        idNumber: '439901198001011220',
        mobile: null,
        schoolId: central.id,
        gradesTaught: null,
        title: null,
        backboneLevel: null,
        backboneSince: null,
        rural: true,
        hireProgramme: null,
        hiredOn: null,
        status: 'active',
        userId: null,
        archivedAt: null,
        createdAt: new Date('2026-11-01T00:00:00Z'),
        updatedAt: new Date('2026-11-01T00:00:00Z'),
      });
      await app.dataSource.manager.save(Teacher, t);
      expect((await officer.get(`/api/directory/organisations/${central.id}`).expect(200)).body.teacherRecords).toBe(1);
      const res = await officer.delete(`/api/directory/organisations/${central.id}`).expect(409);
      expect(res.body).toMatchObject({ code: 'directory.referenced', references: { teachers: 1, managedOrganisations: 1, roleAssignments: expect.any(Number) } });
      expect(res.body.detail).toContain('仍有 1 名教师以该校为人事关系学校');
      expect(res.body.detail).toContain('仍有 1 个单位由其管理');
      await officer.get(`/api/directory/organisations/${central.id}`).expect(200);

      const lone = (await officer.post('/api/directory/organisations', { code: 'D-1', name: '待删学校', kind: 'school', regionId: qingshan.id, stages: ['primary'], shortageSubjects: ['english'] }).expect(201)).body;
      await officer.delete(`/api/directory/organisations/${lone.id}`).expect(204);
      await officer.get(`/api/directory/organisations/${lone.id}`).expect(404);
      const entries = await app.dataSource.getRepository(AuditEntry).find({ where: { entityId: lone.id }, order: { at: 'ASC', id: 'ASC' } });
      expect(entries.map((e) => [e.action, e.entityType])).toEqual([
        ['directory.organisation.created', 'directory.organisation'],
        ['directory.organisation.deleted', 'directory.organisation'],
      ]);
      expect(entries[1]).toMatchObject({ actorId: officer.user.id, before: { code: 'D-1', stages: ['primary'], shortageSubjects: ['english'] } });
    });

    it('audits with the contact mobile masked', async () => {
      const entries = await app.dataSource.getRepository(AuditEntry).find({ where: { entityId: first.id } });
      expect(entries[0]).toMatchObject({ action: 'directory.organisation.created', entityType: 'directory.organisation', scopePath: first.path, after: { contactPhone: '138****8000' } });
      expect(JSON.stringify(entries)).not.toContain('13800138000');
    });
  });

  describe('export', () => {
    it('exports the filtered list as CSV with the mobile masked', async () => {
      const res = await officer.get(`/api/directory/organisations/export?format=csv&regionId=${chengguan.id}`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
      }).expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toContain('attachment');
      const lines = (res.body as string).replace(/^\ufeff/, '').trim().split('\r\n');
      expect(lines[0]!.startsWith('代码,名称,类别,所在地区,乡镇,主管单位')).toBe(true);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('4399010001,示范县第一小学,学校,城关镇,城关镇,示范县');
      expect(lines[1]).toContain('138****8000');
      expect(lines[1]).not.toContain('13800138000');
    });

    it('exports .xlsx by default, only within scope', async () => {
      const res = await otherOfficer.get('/api/directory/organisations/export').buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
      const sheet = wb.worksheets[0]!;
      expect(sheet.rowCount).toBe(2);
      expect(sheet.getRow(2).getCell(2).value).toBe('邻县第一中学');
    });
  });
});
