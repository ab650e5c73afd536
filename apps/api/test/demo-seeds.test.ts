import { Injectable, Module } from '@nestjs/common';
import { afterEach, describe, expect, it } from 'vitest';
import { definePlugin, Region, RoleAssignment, User, type DemoSeed, type SeedContext } from '@schoolbridge/core';
import { TEST_HASH_OPTIONS } from '@schoolbridge/core/testing';
import { seedDemoCommand } from '../src/commands.js';
import { startServer } from '../src/server.js';
import { CapturedOutput, freshInstallation, signIn, type Installation } from './helpers.js';

/** A module's demo seed that needs the platform's county first and creates a demo user in it. */
@Injectable()
class ProbeSeed implements DemoSeed {
  readonly module = 'demo-probe';
  readonly order = 50;
  async run(ctx: SeedContext) {
    const county = await ctx.dataSource.manager.findOneByOrFail(Region, { code: '439901' });
    await ctx.createUser({
      username: 'demo.officer',
      displayName: '示范县干部',
      assignments: [{ role: 'bureau_officer', scopeKind: 'region', regionId: county.id }],
    });
    ctx.log(`today is ${ctx.today}`);
    return { summary: '1 officer' };
  }
}

@Module({ providers: [ProbeSeed] })
class ProbeModule {}

const probe = definePlugin({ id: 'demo-probe', module: ProbeModule, coreCompatibility: '^0.1.0', seeds: [ProbeSeed] });

const SHARED_PASSWORD = /共用密码 \/ Shared password: (\S+)/;

describe('demo seeds of every module', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function install(): Promise<Installation> {
    const inst = await freshInstallation();
    cleanups.push(() => inst.remove());
    return inst;
  }

  it('run in order at the first start; demo users share one password, printed once', async () => {
    const inst = await install();
    const output = new CapturedOutput();
    const server = await startServer({ env: inst.env, plugins: [probe], output, hashOptions: TEST_HASH_OPTIONS });
    cleanups.push(() => server.sb.close());
    expect(server.firstStart.seeded?.ran.map((r) => `${r.module}: ${r.summary}`)).toEqual([
      'platform: 3 regions, 1 organisations',
      'directory: 22 regions, 63 organisations, 1500 teachers, 15000 students',
      expect.stringMatching(/^training: 24 experts, 2 programmes, 12 sessions, \d+ enrolments$/),
      'demo-probe: 1 officer',
    ]);
    expect(server.firstStart.seeded?.usersCreated).toEqual([
      'bureau',
      'centre',
      'school',
      'principal',
      'teacher',
      'expert',
      'inspector',
      'donor',
      'demo.officer',
    ]);
    // The box names every account created with what it signs in as.
    expect(output.text).toContain('用户 / Users: bureau, centre, school, principal, teacher, expert, inspector, donor, demo.officer');
    expect(output.text).toContain('  school（学校联络员 / School coordinator）');
    expect(output.text).toContain('  demo.officer（教育局工作人员 / Bureau officer）');
    const shared = SHARED_PASSWORD.exec(output.text)?.[1];
    expect(shared).toBe(server.firstStart.seeded?.demoPassword);
    expect(output.text).toContain('  today is 2026-');

    const login = await signIn(server.url, 'demo.officer', shared!);
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ username: 'demo.officer', mustChangePassword: false });
    const officer = await server.sb.dataSource.manager.findOneByOrFail(User, { username: 'demo.officer' });
    expect((await server.sb.dataSource.manager.findBy(RoleAssignment, { userId: officer.id })).map((a) => a.role)).toEqual(['bureau_officer']);
  });

  it('seed-demo again keeps existing demo users and prints no password; --only names every module with demo data', async () => {
    const inst = await install();
    const options = { ...inst.options(), plugins: [probe] };
    const first = await seedDemoCommand(options);
    expect(first.usersCreated).toEqual(['bureau', 'centre', 'school', 'principal', 'teacher', 'expert', 'inspector', 'donor', 'demo.officer']);
    const output = new CapturedOutput();
    const again = await seedDemoCommand({ ...options, output }, { only: 'demo-probe' });
    expect(again).toMatchObject({ ran: [{ module: 'demo-probe', seed: 'ProbeSeed', summary: '1 officer' }], usersCreated: [], demoPassword: null });
    expect(output.text).not.toMatch(SHARED_PASSWORD);
    await expect(seedDemoCommand(options, { only: 'nutrition' })).rejects.toThrow('Known modules: platform, directory, training, demo-probe');
  });
});
