import {
  allEntitiesAndMigrations,
  CORE_MODULES,
  CORE_VERSION,
  createApp,
  createDataSource,
  createLogger,
  generateDirectory,
  GenerateInputError,
  loadConfig,
  runMigrations,
  validatePlugins,
  type CreateAppOptions,
  type GenerateDirectoryResult,
  type PluginDefinition,
  type SchoolBridgeApp,
  UsersService,
} from '@schoolbridge/core';
import { seedDemo, type SeedReport } from './demo.js';
import { ADMIN_USERNAME, adminBox, createAdministrator } from './first-start.js';
import { box, describeError, OperatorError, type Output } from './output.js';

export interface CommandOptions {
  env: NodeJS.ProcessEnv;
  plugins: PluginDefinition[];
  output: Output;
  /** Tests pass cheap argon2 settings. */
  hashOptions?: CreateAppOptions['hashOptions'];
}

/** Exit codes of `npm run cli`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const USAGE = `SchoolBridge 命令行 / command line

用法 / Usage: npm run cli -- <命令 command> [选项 options]

  migrate                               应用待执行的数据库迁移
                                        Apply pending database migrations
  create-admin [--username admin] [--password <密码>]
                                        创建管理员（不给密码则生成一个，首次登录须修改）
                                        Create an administrator (a generated password must be changed at first sign-in)
  reset-password <username>             生成临时密码，下次登录须修改
                                        Set a temporary password the user must change at the next sign-in
  seed-demo [--only <module>]           写入演示数据（可只写某个模块的）
                                        Add demo data (of every module, or of one)
  generate --schools N --teachers N --students N [--region-code 439902]
                                        生成基准测试数据：示范市下的一个县（默认取未用的代码）及其乡镇、学校、教师、学生
                                        Generate benchmark data: a county under the fictional city 4399
                                        (default: the first unused code) with townships, schools, teachers, students
  help                                  显示本说明 / Show this help

配置取自环境变量（DATABASE_URL、DATA_DIR 等，见 README）。
Configuration comes from the environment (DATABASE_URL, DATA_DIR, …; see the README).
退出码 / Exit codes: 0 成功 success, 1 失败 failure, 2 用法错误 usage error.`;

export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }
}

/** Boots the application (migrations applied) for one command, then closes it. */
async function withApp<T>(options: CommandOptions, fn: (sb: SchoolBridgeApp) => Promise<T>): Promise<T> {
  const sb = await createApp({
    env: options.env,
    plugins: options.plugins,
    logger: createLogger(options.env.LOG_LEVEL ?? 'warn'),
    ...(options.hashOptions ? { hashOptions: options.hashOptions } : {}),
  });
  try {
    return await fn(sb);
  } finally {
    await sb.close();
  }
}

/** `migrate`: applies pending migrations of core and every installed plugin; returns their names. */
export async function migrateCommand(options: CommandOptions): Promise<string[]> {
  const config = loadConfig(options.env);
  validatePlugins(CORE_MODULES, options.plugins, config.plugins, CORE_VERSION);
  const ds = await createDataSource(config, allEntitiesAndMigrations(options.plugins));
  try {
    const applied = (await runMigrations(ds)).map((m) => m.name);
    if (applied.length === 0) options.output.out('数据库已是最新 / The database is up to date');
    else options.output.out(`已应用 ${applied.length} 个迁移 / Applied ${applied.length} migrations:\n${applied.map((n) => `  ${n}`).join('\n')}`);
    return applied;
  } finally {
    await ds.destroy();
  }
}

/** `create-admin`: a new administrator; a generated password is printed once and must be changed. */
export async function createAdminCommand(
  options: CommandOptions,
  input: { username?: string; password?: string } = {},
): Promise<{ username: string; password: string; generated: boolean }> {
  return withApp(options, async (sb) => {
    const created = await createAdministrator(sb, { username: input.username ?? ADMIN_USERNAME, password: input.password ?? null });
    options.output.out(adminBox(created.user.username, created.password, created.generated ? 'generated' : 'flag'));
    return { username: created.user.username, password: created.password, generated: created.generated };
  });
}

/** `reset-password <username>`: a temporary password the user must change at the next sign-in. */
export async function resetPasswordCommand(options: CommandOptions, username: string): Promise<{ username: string; password: string }> {
  return withApp(options, async (sb) => {
    const users = sb.app.get(UsersService);
    const user = await users.findByUsername(username);
    if (!user) throw new OperatorError(`没有用户名为“${username}”的用户`, `There is no user "${username}"`);
    const { password } = await users.resetPassword(user.id);
    options.output.out(
      box([
        `已重置 ${user.username} 的密码 / Password of ${user.username} reset`,
        `临时密码 / Temporary password: ${password}`,
        '下次登录时须修改；原有登录会话已失效。',
        'It must be changed at the next sign-in; existing sessions were signed out.',
      ]),
    );
    return { username: user.username, password };
  });
}

/** `seed-demo [--only <module>]`: the demo data of every module with seeds, or of one. */
export function seedDemoCommand(options: CommandOptions, input: { only?: string } = {}): Promise<SeedReport> {
  return withApp(options, (sb) => seedDemo(sb, options.output, input));
}

/** `generate`: benchmark data in bulk, with progress lines; no audit records. */
export function generateCommand(
  options: CommandOptions,
  input: { schools: number; teachers: number; students: number; regionCode?: string },
): Promise<GenerateDirectoryResult> {
  return withApp(options, async (sb) => {
    options.output.out(`生成数据 / Generating: ${input.schools} schools, ${input.teachers} teachers, ${input.students} students (${sb.config.database.kind})`);
    try {
      return await generateDirectory(sb.dataSource, { ...input, today: sb.clock.today(), now: sb.clock.now(), log: (line) => options.output.out(line) });
    } catch (err) {
      if (err instanceof GenerateInputError) throw new OperatorError(err.zh, err.en);
      throw err;
    }
  });
}

/** A count given on the command line: digits only ('10000'; '10,000' and '1e4' are refused). */
function countFlag(parsed: ParsedArgs, name: string): number {
  const value = parsed.flags[name];
  if (value === undefined) throw new UsageError(`缺少 --${name} <数量>`, `missing --${name} <count>`);
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--${name} 应为整数，而不是“${value}”`, `--${name} must be a whole number, not "${value}"`);
  return Number(value);
}

interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string>;
}

function parseArgs(args: string[], allowed: string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!allowed.includes(name)) {
      throw new UsageError(
        `未知选项 --${name}${allowed.length ? `（可用：${allowed.map((a) => `--${a}`).join('、')}）` : ''}`,
        `unknown option --${name}${allowed.length ? ` (allowed: ${allowed.map((a) => `--${a}`).join(', ')})` : ''}`,
      );
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--')))
      throw new UsageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
    out.flags[name] = value;
  }
  return out;
}

function expectPositionals(parsed: ParsedArgs, count: number, what: { zh: string; en: string } | null): void {
  if (parsed.positionals.length < count && what) throw new UsageError(`缺少${what.zh}`, `missing ${what.en}`);
  if (parsed.positionals.length > count) {
    const extra = parsed.positionals.slice(count).join(' ');
    throw new UsageError(`多余的参数：${extra}`, `unexpected argument: ${extra}`);
  }
}

/** `npm run cli -- <command>`: runs one command and returns the process exit code. */
export async function runCli(argv: string[], options: CommandOptions): Promise<number> {
  const [command, ...rest] = argv;
  const { output } = options;
  try {
    switch (command) {
      case 'migrate': {
        expectPositionals(parseArgs(rest, []), 0, null);
        await migrateCommand(options);
        return EXIT.ok;
      }
      case 'create-admin': {
        const parsed = parseArgs(rest, ['username', 'password']);
        expectPositionals(parsed, 0, null);
        await createAdminCommand(options, {
          ...(parsed.flags.username ? { username: parsed.flags.username } : {}),
          ...(parsed.flags.password ? { password: parsed.flags.password } : {}),
        });
        return EXIT.ok;
      }
      case 'reset-password': {
        const parsed = parseArgs(rest, []);
        expectPositionals(parsed, 1, { zh: '用户名（reset-password <username>）', en: 'the username (reset-password <username>)' });
        await resetPasswordCommand(options, parsed.positionals[0]!);
        return EXIT.ok;
      }
      case 'seed-demo': {
        const parsed = parseArgs(rest, ['only']);
        expectPositionals(parsed, 0, null);
        await seedDemoCommand(options, parsed.flags.only ? { only: parsed.flags.only } : {});
        return EXIT.ok;
      }
      case 'generate': {
        const parsed = parseArgs(rest, ['schools', 'teachers', 'students', 'region-code']);
        expectPositionals(parsed, 0, null);
        const regionCode = parsed.flags['region-code'];
        await generateCommand(options, {
          schools: countFlag(parsed, 'schools'),
          teachers: countFlag(parsed, 'teachers'),
          students: countFlag(parsed, 'students'),
          ...(regionCode ? { regionCode } : {}),
        });
        return EXIT.ok;
      }
      case 'help':
      case '--help':
      case '-h':
        output.out(USAGE);
        return EXIT.ok;
      case undefined:
        throw new UsageError('缺少命令', 'missing command');
      default:
        throw new UsageError(`未知命令“${command}”`, `unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      output.err(`用法错误：${err.zh}\nUsage error: ${err.en}\n运行 npm run cli -- help 查看用法 / Run npm run cli -- help for usage.`);
      return EXIT.usage;
    }
    output.err(describeError(err).text);
    return EXIT.failed;
  }
}
