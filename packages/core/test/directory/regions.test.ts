import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { AuditEntry, Region } from '../../src/index.js';
import { regionCodeProblem, regionKindProblem, regionPath } from '../../src/directory/regions/rules/region-code.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';

interface Item {
  id: string;
  code: string;
  name: string;
  childCount: number;
  organisationCount: number;
}

const codes = (items: Item[]) => items.map((i) => i.code);

describe('region code rules', () => {
  it('takes division codes that extend the parent’s, levels skipped or not', () => {
    expect(regionCodeProblem('439901', 'county', { code: '4399', kind: 'city' })).toBeNull();
    expect(regionCodeProblem('429004', 'county', { code: '42', kind: 'province' })).toBeNull();
    expect(regionCodeProblem('439902100', 'township', { code: '439901', kind: 'county' })).toMatchObject({ field: 'code', code: 'directory.region.codePrefix', params: { parentCode: '439901' } });
    expect(regionCodeProblem('439901', 'township', { code: '439901', kind: 'county' })?.code).toBe('directory.region.codePrefix');
    expect(regionCodeProblem('43a', 'province', null)?.code).toBe('directory.region.codeFormat');
    expect(regionCodeProblem('4', 'province', null)?.code).toBe('directory.region.codeFormat');
    expect(regionCodeProblem('4399011001001', 'village', null)?.code).toBe('directory.region.codeFormat');
  });

  it('lets a unit of kind other take any code of letters and digits, under any parent', () => {
    expect(regionCodeProblem('CXGLJ', 'other', { code: '439901', kind: 'county' })).toBeNull();
    expect(regionCodeProblem('CX-1', 'other', null)?.code).toBe('directory.region.otherCodeFormat');
    expect(regionCodeProblem('9990100', 'township', { code: 'CXGLJ', kind: 'other' })).toBeNull();
  });

  it('keeps levels in order', () => {
    expect(regionKindProblem('township', 'county')).toBeNull();
    expect(regionKindProblem('township', 'province')).toBeNull();
    expect(regionKindProblem('city', 'county')?.code).toBe('directory.region.kindOrder');
    expect(regionKindProblem('county', 'county')?.code).toBe('directory.region.kindOrder');
    expect(regionKindProblem('township', 'other')).toBeNull();
    expect(regionKindProblem('village', 'county', ['township'])?.code).toBe('directory.region.kindAboveChildren');
    expect(regionPath('/43/4399/', '439901')).toBe('/43/4399/439901/');
    expect(regionPath(null, '43')).toBe('/43/');
  });
});

describe('directory regions API', () => {
  let app: TestApp;
  let province: Region;
  let city: Region;
  let county: Region;
  let otherCounty: Region;
  let admin: TestClient;
  let officer: TestClient;
  let otherOfficer: TestClient;
  let chengguan: Item & { path: string; version: number };

  beforeAll(async () => {
    app = await createTestApp({ plugins: [] });
    province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
    city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示范市' });
    county = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '示范县' });
    otherCounty = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '邻县' });
    admin = await app.signInAs(['admin']);
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    otherOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: otherCounty.id }]);
    chengguan = (await officer.post('/api/directory/regions', { code: '439901100', name: '城关镇', kind: 'township', parentId: county.id }).expect(201)).body;
    await officer.post('/api/directory/regions', { code: '439901200', name: '青山乡', kind: 'township', parentId: county.id }).expect(201);
    await otherOfficer.post('/api/directory/regions', { code: '439902100', name: '河口镇', kind: 'township', parentId: otherCounty.id }).expect(201);
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('create', () => {
    it('adds a township under the officer’s county, with its path and ancestors', () => {
      expect(chengguan).toMatchObject({
        code: '439901100',
        name: '城关镇',
        kind: 'township',
        parentId: county.id,
        path: '/43/4399/439901/439901100/',
        archivedAt: null,
        childCount: 0,
        organisationCount: 0,
        version: 1,
        ancestors: [
          { id: province.id, code: '43', name: '湖南省', kind: 'province' },
          { id: city.id, code: '4399', name: '示范市', kind: 'city' },
          { id: county.id, code: '439901', name: '示范县', kind: 'county' },
        ],
      });
    });

    it('refuses codes that do not extend the parent’s, wrong formats and levels out of order', async () => {
      const prefix = await officer.post('/api/directory/regions', { code: '439902300', name: '错码镇', kind: 'township', parentId: county.id }).expect(400);
      expect(prefix.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'directory.region.codePrefix', message: '区划代码应以上级地区的代码“439901”开头，且比它长' })]);
      const format = await officer.post('/api/directory/regions', { code: '4399O1300', name: '字母镇', kind: 'township', parentId: county.id }).expect(400);
      expect(format.body.errors[0]).toMatchObject({ field: 'code', code: 'directory.region.codeFormat' });
      const level = await officer.post('/api/directory/regions', { code: '43990130', name: '县下市', kind: 'city', parentId: county.id }).expect(400);
      expect(level.body.errors[0]).toMatchObject({ field: 'kind', code: 'directory.region.kindOrder' });
    });

    it('takes a county directly under a province (a skipped level) and a non-administrative unit with any code', async () => {
      const hubei = (await admin.post('/api/directory/regions', { code: '42', name: '湖北省', kind: 'province' }).expect(201)).body;
      const xiantao = await admin.post('/api/directory/regions', { code: '429004', name: '仙桃市', kind: 'county', parentId: hubei.id }).expect(201);
      expect(xiantao.body).toMatchObject({ path: '/42/429004/', ancestors: [{ code: '42' }] });
      const reserve = await officer.post('/api/directory/regions', { code: 'CXGLJ', name: '长峡管理局', kind: 'other', parentId: county.id }).expect(201);
      expect(reserve.body.path).toBe('/43/4399/439901/CXGLJ/');
      // under a unit of kind other, the code is not held to the unit's code
      const station = await officer.post('/api/directory/regions', { code: '439901900', name: '长峡保护站', kind: 'village', parentId: reserve.body.id }).expect(201);
      expect(station.body.path).toBe('/43/4399/439901/CXGLJ/439901900/');
      const bad = await officer.post('/api/directory/regions', { code: 'CX-GLJ', name: '坏码', kind: 'other', parentId: county.id }).expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'code', code: 'directory.region.otherCodeFormat' });
    });

    it('refuses a code in use, naming the region that holds it', async () => {
      const res = await admin.post('/api/directory/regions', { code: '439901100', name: '另一个', kind: 'township', parentId: county.id }).expect(409);
      expect(res.body).toMatchObject({ code: 'directory.codeTaken', detail: '代码“439901100”已被「城关镇」使用' });
    });

    it('keeps an officer to their own region, and top-level regions to administrators', async () => {
      await otherOfficer.post('/api/directory/regions', { code: '439901300', name: '越界镇', kind: 'township', parentId: county.id }).expect(404);
      await officer.post('/api/directory/regions', { code: '439903', name: '上级县', kind: 'county', parentId: city.id }).expect(404);
      const top = await officer.post('/api/directory/regions', { code: '45', name: '广西', kind: 'province' }).expect(400);
      expect(top.body.errors[0]).toMatchObject({ field: 'parentId', code: 'directory.region.topLevel' });
      const inspector = await app.signInAs([{ role: 'inspector', regionId: county.id }]);
      await inspector.get(`/api/directory/regions/${county.id}`).expect(200);
      await inspector.post('/api/directory/regions', { code: '439901400', name: '无权镇', kind: 'township', parentId: county.id }).expect(403);
    });
  });

  describe('read', () => {
    it('lists what lies in the caller’s region, with counts, by code; filters by parent, kind and text', async () => {
      const school = await app.createOrganisation({ code: 'S-1', name: '城关小学', region: await app.dataSource.manager.findOneByOrFail(Region, { id: chengguan.id }), managerRegion: county });
      const all = await officer.get('/api/directory/regions').expect(200);
      expect(codes(all.body.items)).toEqual(['439901', '439901100', '439901200', '439901900', 'CXGLJ']);
      const countyItem = all.body.items.find((i: Item) => i.code === '439901');
      expect(countyItem).toMatchObject({ childCount: 3, organisationCount: 1 });
      expect(all.body.items.find((i: Item) => i.code === '439901100')).toMatchObject({ childCount: 0, organisationCount: 1 });
      expect(codes((await officer.get(`/api/directory/regions?parentId=${county.id}`).expect(200)).body.items)).toEqual(['439901100', '439901200', 'CXGLJ']);
      expect(codes((await officer.get('/api/directory/regions?kind=township').expect(200)).body.items)).toEqual(['439901100', '439901200']);
      expect(codes((await officer.get(`/api/directory/regions?q=${encodeURIComponent('青山')}`).expect(200)).body.items)).toEqual(['439901200']);
      expect(codes((await officer.get('/api/directory/regions?q=4399012').expect(200)).body.items)).toEqual(['439901200']);
      const paged = await officer.get('/api/directory/regions?pageSize=2&page=2&sort=-code').expect(200);
      expect(paged.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
      expect(codes(paged.body.items)).toEqual(['439901200', '439901100']);
      // the other county's officer sees none of it
      expect(codes((await otherOfficer.get('/api/directory/regions').expect(200)).body.items)).toEqual(['439902', '439902100']);
      await otherOfficer.get(`/api/directory/regions/${chengguan.id}`).expect(404);
      expect((await otherOfficer.get(`/api/directory/regions?parentId=${county.id}`).expect(200)).body.total).toBe(0);
      // an organisation-scoped caller manages no regions here
      const coordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: school.id }]);
      expect((await coordinator.get('/api/directory/regions').expect(200)).body.total).toBe(0);
      await app.request().get('/api/directory/regions').expect(401);
      await (await app.signInAs(['donor'])).get('/api/directory/regions').expect(403);
    });
  });

  describe('export', () => {
    it('exports the tree top to bottom as CSV, each region with its parent and counts, within the caller’s scope', async () => {
      const res = await officer.get('/api/directory/regions/export?format=csv').buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
      }).expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toContain('attachment');
      const lines = (res.body as string).replace(/^\ufeff/, '').trim().split('\r\n');
      expect(lines[0]).toBe('区划代码,名称,类别,上级代码,上级名称,下级地区数,学校和单位数,状态');
      const rows = lines.slice(1).map((l) => l.split(','));
      // path order: a region is followed by those under it, whatever their codes
      const paths = (await officer.get('/api/directory/regions?sort=path&pageSize=200').expect(200)).body.items.map((i: Item & { path: string }) => i.code);
      expect(rows.map((r) => r[0])).toEqual(paths);
      expect(rows[0]).toEqual(['439901', '示范县', '县/区', '4399', '示范市', '3', '1', '在用']);
      expect(rows.find((r) => r[0] === '439901100')).toEqual(['439901100', '城关镇', '乡镇/街道', '439901', '示范县', '0', '1', '在用']);
      expect(rows.map((r) => r[0])).not.toContain('439902100');
    });

    it('exports .xlsx by default with the list’s filters, in the caller’s language', async () => {
      const res = await officer.get('/api/directory/regions/export?kind=township').buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
      const sheet = wb.worksheets[0]!;
      expect(sheet.getColumn(1).values.slice(1)).toEqual(['区划代码', '439901100', '439901200']);
      await officer.get('/api/directory/regions/export?sort=secret').expect(400);
      await (await app.signInAs(['donor'])).get('/api/directory/regions/export').expect(403);
    });
  });

  describe('edit, archive, delete', () => {
    it('renames with the version seen and refuses a stale one', async () => {
      const res = await officer.patch(`/api/directory/regions/${chengguan.id}`, { name: '城关街道', version: chengguan.version }).expect(200);
      expect(res.body).toMatchObject({ name: '城关街道', version: chengguan.version + 1, path: chengguan.path });
      const stale = await officer.patch(`/api/directory/regions/${chengguan.id}`, { name: '旧', version: chengguan.version }).expect(409);
      expect(stale.body.code).toBe('conflict.staleVersion');
      const kind = await officer.patch(`/api/directory/regions/${chengguan.id}`, { kind: 'city', version: res.body.version }).expect(400);
      expect(kind.body.errors[0]).toMatchObject({ field: 'kind', code: 'directory.region.kindOrder' });
      await otherOfficer.patch(`/api/directory/regions/${chengguan.id}`, { name: 'x', version: res.body.version }).expect(404);
    });

    it('archives out of the default list and restores', async () => {
      const qingshan = (await officer.get(`/api/directory/regions?q=${encodeURIComponent('青山')}`).expect(200)).body.items[0];
      await officer.post(`/api/directory/regions/${qingshan.id}/archive`).expect(200);
      expect(codes((await officer.get('/api/directory/regions?kind=township').expect(200)).body.items)).toEqual(['439901100']);
      expect(codes((await officer.get('/api/directory/regions?kind=township&archived=true').expect(200)).body.items)).toEqual(['439901200']);
      expect((await officer.get(`/api/directory/regions/${county.id}`).expect(200)).body.childCount).toBe(2);
      expect((await officer.post(`/api/directory/regions/${qingshan.id}/archive`).expect(409)).body.code).toBe('directory.archived');
      await officer.post(`/api/directory/regions/${qingshan.id}/restore`).expect(200);
      expect((await officer.post(`/api/directory/regions/${qingshan.id}/restore`).expect(409)).body.code).toBe('directory.notArchived');
    });

    it('refuses to delete a region that is referenced, naming what, and deletes one that is not', async () => {
      // the county officer and the inspector of the earlier test are scoped to the county
      const res = await admin.delete(`/api/directory/regions/${county.id}`).expect(409);
      expect(res.body).toMatchObject({ code: 'directory.referenced', references: { childRegions: 3, organisations: 1, roleAssignments: 2 } });
      expect(res.body.detail).toBe('不能删除：仍有 3 个下级地区；仍有 1 个单位位于该地区或由其管理；仍有 2 个用户授权以此为范围');
      const spare = (await officer.post('/api/directory/regions', { code: '439901500', name: '待删乡', kind: 'township', parentId: county.id }).expect(201)).body;
      await officer.delete(`/api/directory/regions/${spare.id}`).expect(204);
      await officer.get(`/api/directory/regions/${spare.id}`).expect(404);
      await officer.delete(`/api/directory/regions/${newId()}`).expect(404);
      const entries = await app.dataSource.getRepository(AuditEntry).find({ where: { entityId: spare.id }, order: { at: 'ASC', id: 'ASC' } });
      expect(entries.map((e) => [e.action, e.entityType])).toEqual([
        ['directory.region.created', 'directory.region'],
        ['directory.region.deleted', 'directory.region'],
      ]);
      expect(entries[0]).toMatchObject({ actorId: officer.user.id, scopePath: '/43/4399/439901/439901500/', after: { code: '439901500', kind: 'township' } });
    });
  });
});
