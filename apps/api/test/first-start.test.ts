import { afterEach, describe, expect, it } from 'vitest';
import { definePlugin, Organisation, Region, RoleAssignment, User } from '@schoolbridge/core';
import { TEST_HASH_OPTIONS } from '@schoolbridge/core/testing';
import { migrateCommand } from '../src/commands.js';
import { describeError } from '../src/output.js';
import { startServer, type RunningServer } from '../src/server.js';
import { CapturedOutput, freshInstallation, signIn, usernames, type Installation } from './helpers.js';

const PASSWORD_LINE = /密码 \/ Password:\s+(\S+)/;

describe('npm start: the first start on an empty database', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function install(extra: Record<string, string> = {}): Promise<Installation> {
    const inst = await freshInstallation(extra);
    cleanups.push(() => inst.remove());
    return inst;
  }

  async function start(inst: Installation, env: Record<string, string> = {}): Promise<{ server: RunningServer; output: CapturedOutput }> {
    const output = new CapturedOutput();
    const server = await startServer({ env: { ...inst.env, ...env }, plugins: [], output, hashOptions: TEST_HASH_OPTIONS });
    cleanups.push(() => server.sb.close());
    return { server, output };
  }

  it('creates the administrator once, prints its generated password once, and listens', async () => {
    const inst = await install();
    const first = await start(inst);
    expect(first.server.firstStart).toMatchObject({ databaseWasEmpty: true, adminCreated: true });
    const password = PASSWORD_LINE.exec(first.output.text)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(first.output.text).toContain('用户名 / Username: admin');
    expect(first.output.text).toContain(`SchoolBridge API: ${first.server.url}/api`);

    const admin = await first.server.sb.dataSource.manager.findOneByOrFail(User, { username: 'admin' });
    expect(admin.mustChangePassword).toBe(true);
    const roles = await first.server.sb.dataSource.manager.findBy(RoleAssignment, { userId: admin.id });
    expect(roles.map((r) => [r.role, r.scopeKind])).toEqual([['admin', 'global']]);

    const me = await fetch(`${first.server.url}/api/auth/me`);
    expect(me.status).toBe(401);
    expect(me.headers.get('content-type')).toContain('application/problem+json');
    const login = await signIn(first.server.url, 'admin', password!);
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ username: 'admin', mustChangePassword: true });
    await first.server.sb.close();

    const second = await start(inst);
    expect(second.server.firstStart).toEqual({ databaseWasEmpty: false, adminCreated: false, seeded: null });
    expect(second.output.text).not.toMatch(/Password|密码/);
    expect(second.output.text).not.toContain('Demo data');
    // The administrator and the demo users the first start made, one per role (DOMAIN.md §1).
    expect(await usernames(second.server.sb)).toEqual(['admin', 'bureau', 'centre', 'donor', 'expert', 'inspector', 'principal', 'school', 'teacher']);
    expect((await signIn(second.server.url, 'admin', password!)).status).toBe(200);
  });

  it('takes the administrator password from SCHOOLBRIDGE_ADMIN_PASSWORD and does not print it', async () => {
    const inst = await install({ SCHOOLBRIDGE_ADMIN_PASSWORD: 'Bridge-Key-2026' });
    const { server, output } = await start(inst);
    expect(server.firstStart.adminCreated).toBe(true);
    expect(output.text).toContain('SCHOOLBRIDGE_ADMIN_PASSWORD');
    expect(output.text).not.toContain('Bridge-Key-2026');
    const login = await signIn(server.url, 'admin', 'Bridge-Key-2026');
    expect(login.status).toBe(200);
    expect(login.body.user?.mustChangePassword).toBe(false);
  });

  it('refuses an administrator password that breaks the password rule, naming the rule', async () => {
    const inst = await install({ SCHOOLBRIDGE_ADMIN_PASSWORD: 'short' });
    const error = await startServer({ env: inst.env, plugins: [], output: new CapturedOutput(), hashOptions: TEST_HASH_OPTIONS }).catch((e: unknown) => e);
    const described = describeError(error);
    expect(described.expected).toBe(true);
    expect(described.text).toContain('password: 密码至少 8 位 / The password needs at least 8 characters');
  });

  it('seeds the demo county into an empty database', async () => {
    const inst = await install();
    const { server, output } = await start(inst);
    expect(server.firstStart.seeded?.ran.map((r) => r.module)).toEqual(['platform', 'directory', 'training']);
    expect(output.text).toContain('✓ platform: 3 regions, 1 organisations');
    expect(output.text).toContain('✓ directory: 22 regions, 63 organisations, 1500 teachers, 15000 students');
    const m = server.sb.dataSource.manager;
    const regions = (await m.find(Region, { order: { path: 'ASC' } })).filter((r) => ['43', '4399', '439901'].includes(r.code));
    expect(regions.map((r) => [r.code, r.name, r.kind, r.path])).toEqual([
      ['43', '湖南省', 'province', '/43/'],
      ['4399', '示范市', 'city', '/43/4399/'],
      ['439901', '示范县', 'county', '/43/4399/439901/'],
    ]);
    expect(regions[1]!.parentId).toBe(regions[0]!.id);
    expect(regions[2]!.parentId).toBe(regions[1]!.id);
    const bureau = await m.findOneByOrFail(Organisation, { code: '439901-JYJ' });
    expect(bureau).toMatchObject({
      name: '示范县教育局',
      kind: 'bureau',
      regionId: regions[2]!.id,
      managerRegionId: regions[2]!.id,
      path: `/43/4399/439901/${bureau.id}/`,
    });
  });

  it('never seeds demo data with SCHOOLBRIDGE_DEMO=0, nor later into a database that has users', async () => {
    const inst = await install({ SCHOOLBRIDGE_DEMO: '0' });
    const first = await start(inst);
    expect(first.server.firstStart).toMatchObject({ adminCreated: true, seeded: null });
    expect(first.output.text).toContain('SCHOOLBRIDGE_DEMO=0');
    expect(await first.server.sb.dataSource.manager.count(Region)).toBe(0);
    await first.server.sb.close();

    const second = await start(inst, { SCHOOLBRIDGE_DEMO: '1' });
    expect(second.server.firstStart.seeded).toBeNull();
    expect(await second.server.sb.dataSource.manager.count(Region)).toBe(0);
    expect(await second.server.sb.dataSource.manager.count(Organisation)).toBe(0);
  });

  it('lets only one of two instances starting together create the administrator and seed', async () => {
    const inst = await install();
    // SQLite serves one instance; its file is migrated first so the race is over the first-start work alone.
    // On PostgreSQL both instances also migrate together (under the advisory lock).
    if (!inst.env.DATABASE_URL) await migrateCommand(inst.options());
    const outputs = [new CapturedOutput(), new CapturedOutput()];
    const servers = await Promise.all(outputs.map((output) => startServer({ env: inst.env, plugins: [], output, hashOptions: TEST_HASH_OPTIONS })));
    for (const s of servers) cleanups.push(() => s.sb.close());
    expect(servers.map((s) => s.firstStart.adminCreated).sort()).toEqual([false, true]);
    expect(outputs.filter((o) => PASSWORD_LINE.test(o.text))).toHaveLength(1);
    expect(servers.filter((s) => s.firstStart.seeded !== null)).toHaveLength(1);
    expect(await usernames(servers[0]!.sb)).toEqual(['admin', 'bureau', 'centre', 'donor', 'expert', 'inspector', 'principal', 'school', 'teacher']);
    expect(await servers[1]!.sb.dataSource.manager.count(Region)).toBe(25);
  });

  it('stops with a message naming a bad plugin, without a stack trace', async () => {
    const inst = await install();
    class NotAModule {}
    const bad = definePlugin({ id: 'Food_Safety', module: NotAModule, coreCompatibility: '^0.1.0' });
    const error = await startServer({ env: inst.env, plugins: [bad], output: new CapturedOutput() }).catch((e: unknown) => e);
    const described = describeError(error);
    expect(described).toEqual({ expected: true, text: expect.stringContaining('Plugin "Food_Safety": id must be kebab-case') });
    expect(described.text).not.toMatch(/\n\s+at /);
  });

  it('stops with a message naming a bad setting', async () => {
    const inst = await install({ PORT: 'eighty' });
    const described = describeError(await startServer({ env: inst.env, plugins: [], output: new CapturedOutput() }).catch((e: unknown) => e));
    expect(described).toEqual({ expected: true, text: '配置错误 / Configuration error: PORT must be a non-negative integer, got "eighty"' });
  });
});
