import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, Region } from '../../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';

interface Node {
  id: string;
  code: string;
  kind: string;
  hasChildren: boolean;
}

const codes = (items: Node[]) => items.map((n) => n.code);

describe('regions for pickers', () => {
  let app: TestApp;
  let province: Region;
  let city: Region;
  let county: Region;
  let otherCounty: Region;
  let township: Region;
  let otherProvince: Region;
  let school: Organisation;
  let teachingPoint: Organisation;
  let admin: TestClient;
  let countyOfficer: TestClient;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [] });
    province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
    city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示范市' });
    county = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '示范县' });
    otherCounty = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '邻县' });
    township = await app.createRegion({ code: '439901100', kind: 'township', parent: county, name: '城关镇' });
    otherProvince = await app.createRegion({ code: '44', kind: 'province', name: '广东省' });
    school = await app.createOrganisation({ code: 'SCHOOL-1', name: '示范县第一小学', region: township, managerRegion: county });
    teachingPoint = await app.createOrganisation({ code: 'POINT-1', name: '某村教学点', region: township, managerOrganisation: school });
    admin = await app.signInAs(['admin']);
    countyOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('GET /api/regions/roots', () => {
    it('gives an administrator the top-level regions, each with whether it has regions under it', async () => {
      const res = await admin.get('/api/regions/roots').expect(200);
      expect(res.body.items).toEqual([
        { id: province.id, code: '43', name: '湖南省', kind: 'province', path: '/43/', parentId: null, hasChildren: true },
        { id: otherProvince.id, code: '44', name: '广东省', kind: 'province', path: '/44/', parentId: null, hasChildren: false },
      ]);
    });

    it('gives a region-scoped user their region', async () => {
      const res = await countyOfficer.get('/api/regions/roots').expect(200);
      expect(res.body.items).toEqual([
        { id: county.id, code: '439901', name: '示范县', kind: 'county', path: '/43/4399/439901/', parentId: city.id, hasChildren: true },
      ]);
    });

    it('gives an organisation-scoped user their organisation', async () => {
      const principal = await app.signInAs([{ role: 'principal', organisationId: school.id }]);
      const res = await principal.get('/api/regions/roots').expect(200);
      expect(res.body.items).toEqual([
        { id: school.id, code: 'SCHOOL-1', name: '示范县第一小学', kind: 'organisation', path: school.path, parentId: county.id, hasChildren: false },
      ]);
    });

    it('leaves out an assignment that lies inside another one, and lists regions before organisations', async () => {
      const many = await app.signInAs([
        { role: 'bureau_officer', regionId: city.id },
        { role: 'inspector', regionId: county.id },
        { role: 'school_coordinator', organisationId: school.id },
      ]);
      expect(codes((await many.get('/api/regions/roots').expect(200)).body.items)).toEqual(['4399']);
      const coordinator = await app.signInAs([
        {
          role: 'centre_coordinator',
          scopeKind: 'organisation',
          organisationId: (await app.createOrganisation({ code: 'CENTRE-1', kind: 'training_centre', region: otherCounty })).id,
        },
        { role: 'centre_coordinator', scopeKind: 'region', regionId: county.id },
      ]);
      const res = await coordinator.get('/api/regions/roots').expect(200);
      expect(res.body.items.map((n: Node) => [n.code, n.kind])).toEqual([
        ['439901', 'county'],
        ['CENTRE-1', 'organisation'],
      ]);
    });

    it('is empty for a user whose scopes name no place, and needs a signed-in user', async () => {
      const teacher = await app.signInAs(['teacher']);
      expect((await teacher.get('/api/regions/roots').expect(200)).body).toEqual({ items: [] });
      const anonymous = await app.request().get('/api/regions/roots').expect(401);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('GET /api/regions', () => {
    it('lists the regions under a parent, by code, paged', async () => {
      const all = await admin.get(`/api/regions?parentId=${city.id}`).expect(200);
      expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(all.body.items.map((n: Node) => [n.code, n.hasChildren])).toEqual([
        ['439901', true],
        ['439902', false],
      ]);
      const second = await admin.get(`/api/regions?parentId=${city.id}&page=2&pageSize=1`).expect(200);
      expect(second.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(codes(second.body.items)).toEqual(['439902']);
    });

    it('filters by part of the name or the start of the code', async () => {
      expect(codes((await admin.get(`/api/regions?parentId=${city.id}&q=${encodeURIComponent('邻')}`).expect(200)).body.items)).toEqual(['439902']);
      expect(codes((await admin.get(`/api/regions?parentId=${city.id}&q=439901`).expect(200)).body.items)).toEqual(['439901']);
      // The code matches from its start only, and % or _ are no wildcards.
      expect((await admin.get(`/api/regions?parentId=${city.id}&q=9901`).expect(200)).body.total).toBe(0);
      expect((await admin.get(`/api/regions?parentId=${city.id}&q=${encodeURIComponent('%')}`).expect(200)).body.total).toBe(0);
      expect((await admin.get(`/api/regions?parentId=${city.id}&q=4399_1`).expect(200)).body.total).toBe(0);
    });

    it('without a parent, searches every region within the caller’s scope', async () => {
      expect(codes((await countyOfficer.get('/api/regions').expect(200)).body.items)).toEqual(['439901', '439901100']);
      expect(codes((await countyOfficer.get(`/api/regions?q=${encodeURIComponent('镇')}`).expect(200)).body.items)).toEqual(['439901100']);
      expect((await admin.get('/api/regions').expect(200)).body.total).toBe(6);
      const teacher = await app.signInAs(['teacher']);
      expect((await teacher.get('/api/regions').expect(200)).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    });

    it('answers 404 for a parent outside the caller’s scope, or absent', async () => {
      await countyOfficer.get(`/api/regions?parentId=${county.id}`).expect(200);
      for (const parent of [city.id, otherCounty.id, province.id, '01900000-0000-7000-8000-00000000dead']) {
        const res = await countyOfficer.get(`/api/regions?parentId=${parent}`).expect(404);
        expect(res.body).toMatchObject({ status: 404, code: 'notFound' });
      }
      // An organisation scope holds no region.
      const principal = await app.signInAs([{ role: 'principal', organisationId: school.id }]);
      await principal.get(`/api/regions?parentId=${county.id}`).expect(404);
      expect((await principal.get('/api/regions').expect(200)).body.total).toBe(0);
    });

    it('refuses bad parameters with field errors', async () => {
      const res = await admin.get('/api/regions?parentId=4399&pageSize=0&sort=code').expect(400);
      expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(
        expect.arrayContaining([
          ['parentId', 'validation.isUuid'],
          ['pageSize', 'validation.min'],
          ['sort', 'validation.unknownField'],
        ]),
      );
      const long = await admin.get(`/api/regions?q=${'长'.repeat(51)}`).expect(400);
      expect(long.body.errors).toEqual([{ field: 'q', code: 'validation.maxLength', message: '太长' }]);
    });
  });

  describe('GET /api/regions/{id}', () => {
    it('answers a region by id or code with the regions above it that the caller reaches', async () => {
      const byId = await admin.get(`/api/regions/${township.id}`).expect(200);
      expect(byId.body).toMatchObject({ id: township.id, code: '439901100', kind: 'township', parentId: county.id, hasChildren: false });
      expect(codes(byId.body.ancestors)).toEqual(['43', '4399', '439901']);
      const byCode = await countyOfficer.get('/api/regions/439901100').expect(200);
      expect(byCode.body.id).toBe(township.id);
      // The county officer does not reach the city or the province.
      expect(codes(byCode.body.ancestors)).toEqual(['439901']);
      expect((await countyOfficer.get(`/api/regions/${county.id}`).expect(200)).body.ancestors).toEqual([]);
    });

    it('answers an organisation in scope, with its managers above it', async () => {
      const principal = await app.signInAs([{ role: 'principal', organisationId: school.id }]);
      const own = await principal.get(`/api/regions/${school.id}`).expect(200);
      expect(own.body).toMatchObject({ id: school.id, kind: 'organisation', ancestors: [] });
      const point = await principal.get('/api/regions/POINT-1').expect(200);
      expect(point.body).toMatchObject({ id: teachingPoint.id, kind: 'organisation', parentId: school.id });
      expect(point.body.ancestors.map((n: Node) => n.id)).toEqual([school.id]);
      expect(codes((await admin.get(`/api/regions/${teachingPoint.id}`).expect(200)).body.ancestors)).toEqual(['43', '4399', '439901', 'SCHOOL-1']);
    });

    it('answers 404 outside the caller’s scope, as for a region that does not exist', async () => {
      const principal = await app.signInAs([{ role: 'principal', organisationId: school.id }]);
      for (const [client, id] of [
        [countyOfficer, otherCounty.id],
        [countyOfficer, '4399'],
        [countyOfficer, '44'],
        [principal, county.id],
        [principal, '439901100'],
        [admin, 'nowhere'],
        [admin, '01900000-0000-7000-8000-00000000dead'],
      ] as const) {
        const res = await client.get(`/api/regions/${id}`).expect(404);
        expect(res.body).toMatchObject({ code: 'notFound', detail: '找不到该记录，或您无权查看' });
      }
    });
  });
});
