import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Teacher, User, type Organisation } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { idNumber } from './helpers.js';

function binary(res: NodeJS.ReadableStream & { setEncoding(e: string): void }, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

async function rowsOf(buffer: Buffer, sheet = 1): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  const ws = wb.worksheets[sheet - 1]!;
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('teacher accounts in bulk', () => {
  let app: TestApp;
  let school: Organisation;
  let other: Organisation;
  let coordinator: TestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp();
    const county = await app.createRegion({ code: '439901' });
    school = await app.createOrganisation({ region: county, name: '青山乡中心小学' });
    other = await app.createOrganisation({ region: county, name: '白沙镇中学' });
    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    const teachers: [string, string, string | null, Organisation][] = [
      ['张伟', '111', '13911110001', school],
      ['张伟', '121', null, school],
      ['李娜', '132', '13911110003', school],
      ['王芳', '142', '13911110004', other],
    ];
    for (const [name, seq, mobile, s] of teachers) {
      const res = await officer.post('/api/directory/teachers', { name, idNumber: idNumber('19880101', seq), mobile, schoolId: s.id }).expect(201);
      ids[`${name}${seq}`] = res.body.id;
    }
    coordinator = await app.signInAs([{ role: 'school_coordinator', organisationId: school.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates accounts by the pinyin rule and answers the school’s sheet of one-time passwords', async () => {
    const res = await coordinator
      .post('/api/directory/teachers/accounts', { teacherIds: [ids['张伟111'], ids['张伟121'], ids['李娜132']], usernameRule: 'pinyin' })
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['x-accounts-created']).toBe('3');
    const rows = await rowsOf(res.body as Buffer);
    expect(rows[2]).toEqual(['序号', '姓名', '学校', '用户名', '初始密码']);
    const data = rows.slice(3);
    expect(data.map((r) => r[3]).sort()).toEqual(['lina', 'zhangwei', 'zhangwei2']);
    // The password in the sheet signs in once, and the user must change it first.
    const lina = data.find((r) => r[3] === 'lina')!;
    const signedIn = await app.signIn({ username: 'lina', password: String(lina[4]) });
    const me = (await signedIn.get('/api/auth/me').expect(200)).body;
    expect(me.user.mustChangePassword).toBe(true);
    // Until the password is changed, other pages are refused.
    await signedIn.get('/api/directory/teachers').expect(403);
    await signedIn.post('/api/auth/password', { currentPassword: String(lina[4]), newPassword: 'Bridge-pass-2026' }).expect(204);
    const own = await app.signIn({ username: 'lina', password: 'Bridge-pass-2026' });
    expect((await own.get('/api/directory/teachers').expect(200)).body.items.map((t: { name: string }) => t.name)).toEqual(['李娜']);
    // The new user is linked to the record and, as a teacher, sees only their own.
    const teacher = await app.dataSource.manager.findOneByOrFail(Teacher, { id: ids['李娜132'] });
    const user = await app.dataSource.manager.findOneByOrFail(User, { username: 'lina' });
    expect(teacher.userId).toBe(user.id);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { action: 'directory.teacher.accountsCreated' });
    expect(JSON.stringify(audit)).not.toContain(String(lina[4]));
  });

  it('skips teachers who already have an account, and refuses teachers outside the school', async () => {
    const again = await coordinator
      .post('/api/directory/teachers/accounts', { teacherIds: [ids['张伟111']], usernameRule: 'pinyin' })
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(again.headers['x-accounts-created']).toBe('0');
    expect(again.headers['x-accounts-skipped']).toBe('1');
    expect((await rowsOf(again.body as Buffer, 2))[1]).toEqual(['张伟', '青山乡中心小学', '已有账号']);
    await coordinator.post('/api/directory/teachers/accounts', { teacherIds: [ids['王芳142']], usernameRule: 'mobile' }).expect(404);
    await coordinator.post('/api/directory/teachers/accounts', { teacherIds: [], usernameRule: 'mobile' }).expect(400);
    const teacher = await app.signInAs(['teacher']);
    await teacher.post('/api/directory/teachers/accounts', { teacherIds: [ids['王芳142']], usernameRule: 'mobile' }).expect(403);
  });

  it('uses the mobile or initials + ID suffix rules', async () => {
    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: school.regionId! }]);
    const res = await officer
      .post('/api/directory/teachers/accounts', { teacherIds: [ids['王芳142']], usernameRule: 'idSuffix' })
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const rows = await rowsOf(res.body as Buffer);
    expect(rows[3]![3]).toBe(`wf${idNumber('19880101', '142').slice(-6).toLowerCase()}`);
  });
});
