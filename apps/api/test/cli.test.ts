import { afterEach, describe, expect, it } from 'vitest';
import { Organisation, Region } from '@schoolbridge/core';
import { TEST_HASH_OPTIONS } from '@schoolbridge/core/testing';
import { createAdminCommand, EXIT, generateCommand, migrateCommand, resetPasswordCommand, runCli, seedDemoCommand, USAGE } from '../src/commands.js';
import { OperatorError } from '../src/output.js';
import { startServer } from '../src/server.js';
import { CapturedOutput, freshInstallation, signIn, type Installation } from './helpers.js';

describe('npm run cli', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function install(extra: Record<string, string> = {}): Promise<Installation> {
    const inst = await freshInstallation(extra);
    cleanups.push(() => inst.remove());
    return inst;
  }

  async function cli(inst: Installation, ...argv: string[]): Promise<{ code: number; output: CapturedOutput }> {
    const output = new CapturedOutput();
    const code = await runCli(argv, inst.options(output));
    return { code, output };
  }

  it('migrate applies pending migrations once', async () => {
    const inst = await install();
    const applied = await migrateCommand(inst.options());
    expect(applied).toContain('PlatformInit1767225600000');
    const again = await cli(inst, 'migrate');
    expect(again.code).toBe(EXIT.ok);
    expect(again.output.text).toBe('数据库已是最新 / The database is up to date');
  });

  it('create-admin creates an administrator and refuses a taken username', async () => {
    const inst = await install();
    const created = await createAdminCommand(inst.options(), { username: 'ops' });
    expect(created).toMatchObject({ username: 'ops', generated: true });
    const given = await cli(inst, 'create-admin', '--username=backup', '--password', 'Second-Key-77');
    expect(given.code).toBe(EXIT.ok);
    expect(given.output.text).toContain('--password');
    expect(given.output.text).not.toContain('Second-Key-77');

    const taken = await cli(inst, 'create-admin', '--username', 'ops');
    expect(taken.code).toBe(EXIT.failed);
    expect(taken.output.errorText).toBe('错误：username“ops”已存在\nError: username "ops" already exists');

    const server = await startServer({ env: inst.env, plugins: [], output: new CapturedOutput(), hashOptions: TEST_HASH_OPTIONS });
    cleanups.push(() => server.sb.close());
    expect(server.firstStart.databaseWasEmpty).toBe(false);
    expect((await signIn(server.url, 'ops', created.password)).body.user).toMatchObject({ username: 'ops', mustChangePassword: true });
    expect((await signIn(server.url, 'backup', 'Second-Key-77')).body.user).toMatchObject({ username: 'backup', mustChangePassword: false });
  });

  it('reset-password prints a temporary password the user must change', async () => {
    const inst = await install();
    await createAdminCommand(inst.options(), { username: 'ops', password: 'Before-Reset-2026' });
    const reset = await cli(inst, 'reset-password', 'OPS');
    expect(reset.code).toBe(EXIT.ok);
    const temporary = /临时密码 \/ Temporary password: (\S+)/.exec(reset.output.text)?.[1];
    expect(temporary).toMatch(/^[A-Za-z0-9]{16}$/);

    const server = await startServer({ env: inst.env, plugins: [], output: new CapturedOutput(), hashOptions: TEST_HASH_OPTIONS });
    cleanups.push(() => server.sb.close());
    expect((await signIn(server.url, 'ops', 'Before-Reset-2026')).status).toBe(401);
    const login = await signIn(server.url, 'ops', temporary!);
    expect(login.status).toBe(200);
    expect(login.body.user?.mustChangePassword).toBe(true);
  });

  it('reset-password of an unknown user fails and names it', async () => {
    const inst = await install();
    await expect(resetPasswordCommand(inst.options(), 'nobody')).rejects.toBeInstanceOf(OperatorError);
    const r = await cli(inst, 'reset-password', 'nobody');
    expect(r.code).toBe(EXIT.failed);
    expect(r.output.errorText).toBe('错误：没有用户名为“nobody”的用户\nError: There is no user "nobody"');
  });

  it('seed-demo --only platform is idempotent', async () => {
    const inst = await install();
    const first = await seedDemoCommand(inst.options(), { only: 'platform' });
    expect(first.ran).toEqual([{ module: 'platform', seed: 'DemoCountySeed', summary: '3 regions, 1 organisations' }]);
    const again = await cli(inst, 'seed-demo', '--only', 'platform');
    expect(again.code).toBe(EXIT.ok);
    expect(again.output.text).toContain('✓ platform: 0 regions, 0 organisations');

    const server = await startServer({ env: inst.env, plugins: [], output: new CapturedOutput(), hashOptions: TEST_HASH_OPTIONS });
    cleanups.push(() => server.sb.close());
    const m = server.sb.dataSource.manager;
    // The server's first start adds the directory's part of the demo; the platform's rows stay one each.
    const paths = (await m.find(Region)).map((r) => r.path);
    for (const p of ['/43/', '/43/4399/', '/43/4399/439901/']) expect(paths.filter((x) => x === p)).toHaveLength(1);
    expect(await m.countBy(Organisation, { code: '439901-JYJ' })).toBe(1);
  });

  it('seed-demo --only with an unknown module names the known modules', async () => {
    const inst = await install();
    await expect(seedDemoCommand(inst.options(), { only: 'canteens' })).rejects.toThrow(
      'No module "canteens" has demo data. Known modules: platform, directory, training, food-safety',
    );
    const r = await cli(inst, 'seed-demo', '--only', 'canteens');
    expect(r.code).toBe(EXIT.failed);
    expect(r.output.errorText).toBe(
      '错误：没有名为“canteens”的模块提供演示数据。可选：platform、directory、training、food-safety\nError: No module "canteens" has demo data. Known modules: platform, directory, training, food-safety',
    );
  });

  it('generate writes benchmark data into a fresh county, then more into a county named by --region-code', async () => {
    const inst = await install();
    const first = await cli(inst, 'generate', '--schools', '12', '--teachers', '60', '--students', '600');
    expect(first.code, first.output.errorText).toBe(EXIT.ok);
    expect(first.output.lines[0]).toMatch(/^生成数据 \/ Generating: 12 schools, 60 teachers, 600 students \((sqlite|postgres)\)$/);
    expect(first.output.text).toContain('新建县 / Created county 439902 基准测试县02');
    expect(first.output.text).toMatch(
      /完成 \/ Done: 2 个乡镇 townships, 12 所学校 schools, 60 名教师 teachers, 600 名学生 students; 共 \d+ 行 rows, [\d.]+ 秒 s/,
    );

    const more = await generateCommand(inst.options(), { schools: 3, teachers: 0, students: 30, regionCode: '439902' });
    expect(more).toMatchObject({ county: { code: '439902', created: false }, schools: 3, teachers: 0, students: 30 });
    const fresh = await generateCommand(inst.options(), { schools: 1, teachers: 1, students: 1 });
    expect(fresh.county).toMatchObject({ code: '439903', created: true });

    const refused = await cli(inst, 'generate', '--schools', '1', '--teachers', '1', '--students', '1', '--region-code', '430102');
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.output.errorText).toBe(
      '错误：地区代码“430102”无效：应为虚构的示范市（4399）下的 6 位县级代码，439901–439999\nError: Region code "430102" is not valid: use a 6-digit county code under the fictional city 4399, 439901–439999',
    );

    const server = await startServer({ env: inst.env, plugins: [], output: new CapturedOutput(), hashOptions: TEST_HASH_OPTIONS });
    cleanups.push(() => server.sb.close());
    const m = server.sb.dataSource.manager;
    const county = await m.findOneByOrFail(Region, { code: '439902' });
    const schools = (await m.findBy(Organisation, { kind: 'school' })).filter((o) => o.path.startsWith(county.path));
    expect(schools).toHaveLength(15);
  });

  it('answers usage errors in zh-CN and English with exit code 2', async () => {
    const inst = await install();
    const cases: [string[], string][] = [
      [[], 'Usage error: missing command'],
      [['seed'], 'Usage error: unknown command "seed"'],
      [['reset-password'], 'Usage error: missing the username (reset-password <username>)'],
      [['reset-password', 'a', 'b'], 'Usage error: unexpected argument: b'],
      [['seed-demo', '--module', 'x'], 'Usage error: unknown option --module (allowed: --only)'],
      [['seed-demo', '--only'], 'Usage error: option --only needs a value'],
      [['migrate', '--force'], 'Usage error: unknown option --force'],
      [['generate', '--schools', '5', '--students', '10'], 'Usage error: missing --teachers <count>'],
      [['generate', '--schools', '5', '--teachers', '1e4', '--students', '10'], 'Usage error: --teachers must be a whole number, not "1e4"'],
      [['generate', '--size', '1'], 'Usage error: unknown option --size (allowed: --schools, --teachers, --students, --region-code)'],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(inst, ...argv);
      expect(r.code, argv.join(' ')).toBe(EXIT.usage);
      expect(r.output.errorText).toContain(message);
      expect(r.output.errorText).toMatch(/^用法错误：/);
    }
    const help = await cli(inst, 'help');
    expect(help.code).toBe(EXIT.ok);
    expect(help.output.text).toBe(USAGE);
  });
});
