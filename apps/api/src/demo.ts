import {
  ExtensionRegistry,
  ROLES,
  UsersService,
  generatePassword,
  isRoleCode,
  type AssignmentInput,
  type SchoolBridgeApp,
  type SeedContext,
} from '@schoolbridge/core';
import { box, OperatorError, type Output } from './output.js';

export interface SeedReport {
  /** Each seed that ran, in order, with what it reported. */
  ran: { module: string; seed: string; summary: string }[];
  /** Demo users this run created (existing ones are kept as they are). */
  usersCreated: string[];
  /** The password the created demo users share, or null when none was created. */
  demoPassword: string | null;
}

/** The modules that bring demo data, in seeding order. */
export function seedModules(sb: SchoolBridgeApp): string[] {
  return [
    ...new Set(
      sb.app
        .get(ExtensionRegistry)
        .seeds()
        .map((s) => s.instance.module),
    ),
  ];
}

/**
 * Runs the demo seeds of the enabled modules in their order (or those of one module), through the
 * extension registry. Demo users share one generated password, printed once when any was created.
 */
export async function seedDemo(sb: SchoolBridgeApp, output: Output, options: { only?: string } = {}): Promise<SeedReport> {
  const seeds = sb.app.get(ExtensionRegistry).seeds();
  const known = seedModules(sb);
  if (options.only !== undefined && !known.includes(options.only)) {
    throw new OperatorError(
      `没有名为“${options.only}”的模块提供演示数据。可选：${known.join('、') || '（无）'}`,
      `No module "${options.only}" has demo data. Known modules: ${known.join(', ') || '(none)'}`,
    );
  }
  const selected = options.only === undefined ? seeds : seeds.filter((s) => s.instance.module === options.only);
  const users = sb.app.get(UsersService);
  const demoPassword = generatePassword();
  const usersCreated: string[] = [];
  /** What each created user signs in as, for the box: 'bureau（教育局工作人员 / Bureau officer）'. */
  const signInLines: string[] = [];
  const ctx: SeedContext = {
    dataSource: sb.dataSource,
    now: sb.clock.now(),
    today: sb.clock.today(),
    demoPassword,
    log: (message) => output.out(`  ${message}`),
    async createUser(input) {
      const existing = await users.findByUsername(input.username);
      if (existing) return existing.id;
      const { user } = await users.create({
        username: input.username,
        displayName: input.displayName,
        password: demoPassword,
        mustChangePassword: false,
        assignments: input.assignments as AssignmentInput[],
      });
      usersCreated.push(user.username);
      const roles = [...new Set(input.assignments.map((a) => a.role))].map((r) => (isRoleCode(r) ? `${ROLES[r].name['zh-CN']} / ${ROLES[r].name.en}` : r));
      signInLines.push(`  ${user.username}（${roles.join('；')}）`);
      return user.id;
    },
  };
  output.out(
    `演示数据 / Demo data: ${
      selected.length === 0
        ? '无 / none'
        : selected
            .map((s) => s.instance.module)
            .filter((m, i, a) => a.indexOf(m) === i)
            .join(', ')
    }`,
  );
  const ran: SeedReport['ran'] = [];
  for (const { instance } of selected) {
    const { summary } = await instance.run(ctx);
    ran.push({ module: instance.module, seed: instance.constructor.name, summary });
    output.out(`  ✓ ${instance.module}: ${summary}`);
  }
  if (usersCreated.length > 0) {
    output.out(
      box([
        '演示账号已创建 / Demo accounts created',
        `用户 / Users: ${usersCreated.join(', ')}`,
        ...signInLines,
        `共用密码 / Shared password: ${demoPassword}`,
        '此密码只显示这一次。 Shown only this once.',
      ]),
    );
  }
  return { ran, usersCreated, demoPassword: usersCreated.length > 0 ? demoPassword : null };
}
