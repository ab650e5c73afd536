import type { TestApp, TestClient } from '@schoolbridge/core/testing';

export { foodSafetyPlugin } from '../../../src/server/index.js';

/**
 *   province 43 > city 4399 > county 439901 (schools A, B; the bureau office)
 *                           > county 439902 (school C)
 */
export async function buildWorld(app: TestApp) {
  const province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
  const city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示例市' });
  const county1 = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '城关县' });
  const county2 = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '河西县' });
  const schoolA = await app.createOrganisation({ name: '城关一小', region: county1 });
  const schoolB = await app.createOrganisation({ name: '城关二小', region: county1 });
  const schoolC = await app.createOrganisation({ name: '河西中学', region: county2 });
  const bureau = await app.createOrganisation({ name: '城关县教育局', kind: 'bureau', region: county1 });
  const clients: Record<string, TestClient> = {
    admin: await app.signInAs(['admin']),
    inspector1: await app.signInAs([{ role: 'inspector', regionId: county1.id }]),
    inspector2: await app.signInAs([{ role: 'inspector', regionId: county2.id }]),
    coordinatorA: await app.signInAs([{ role: 'school_coordinator', organisationId: schoolA.id }]),
    coordinatorC: await app.signInAs([{ role: 'school_coordinator', organisationId: schoolC.id }]),
    teacher: await app.signInAs(['teacher']),
  };
  return { province, city, county1, county2, schoolA, schoolB, schoolC, bureau, clients };
}
