import { User, UsersService, type SchoolBridgeApp } from '@schoolbridge/core';
import { seedDemo, type SeedReport } from './demo.js';
import { box, type Output } from './output.js';

export const ADMIN_USERNAME = 'admin';

export interface FirstStartResult {
  /** No user existed when this start looked. */
  databaseWasEmpty: boolean;
  /** This start created the administrator (false when another instance did it first). */
  adminCreated: boolean;
  /** The demo data seeded by this start, or null. */
  seeded: SeedReport | null;
}

/** Creates an administrator (role admin, global scope); the password is generated unless given. */
export async function createAdministrator(sb: SchoolBridgeApp, input: { username: string; password?: string | null }) {
  const users = sb.app.get(UsersService);
  const { user, password } = await users.create({
    username: input.username,
    displayName: '系统管理员',
    ...(input.password ? { password: input.password } : {}),
    assignments: [{ role: 'admin', scopeKind: 'global' }],
  });
  return { user, password, generated: !input.password };
}

/** Where the administrator's password came from: generated (printed once), the environment, or --password. */
export type PasswordSource = 'generated' | 'env' | 'flag';

export function adminBox(username: string, password: string, source: PasswordSource): string {
  const head = ['管理员账号已创建 / Administrator account created', `用户名 / Username: ${username}`];
  if (source === 'generated') {
    return box([
      ...head,
      `密码 / Password:   ${password}`,
      '此密码只显示这一次，首次登录后须修改。',
      'Shown only this once; you must change it at first sign-in.',
    ]);
  }
  return box([
    ...head,
    source === 'env' ? '密码取自 SCHOOLBRIDGE_ADMIN_PASSWORD。' : '密码为 --password 所给的值。',
    source === 'env' ? 'The password is the one in SCHOOLBRIDGE_ADMIN_PASSWORD.' : 'The password is the one given with --password.',
  ]);
}

/**
 * The work of the first start on an empty database: the administrator `admin`
 * (SCHOOLBRIDGE_ADMIN_PASSWORD or a generated password, printed once to the console, never to
 * the log), then the demo data unless SCHOOLBRIDGE_DEMO=0. Several instances may start together
 * on one PostgreSQL: the unique username lets one win; the others skip all of it.
 */
export async function firstStart(sb: SchoolBridgeApp, output: Output): Promise<FirstStartResult> {
  const userCount = await sb.dataSource.manager.count(User);
  if (userCount > 0) return { databaseWasEmpty: false, adminCreated: false, seeded: null };
  let created: Awaited<ReturnType<typeof createAdministrator>>;
  try {
    created = await createAdministrator(sb, { username: ADMIN_USERNAME, password: sb.config.adminPassword });
  } catch (err) {
    // Another instance created it between our count and our insert: it does the first-start work.
    if (await sb.app.get(UsersService).findByUsername(ADMIN_USERNAME)) {
      sb.logger.info('another instance created the administrator; skipping first-start work');
      return { databaseWasEmpty: true, adminCreated: false, seeded: null };
    }
    throw err;
  }
  sb.logger.info({ username: created.user.username, generatedPassword: created.generated }, 'administrator created');
  output.out(adminBox(created.user.username, created.password, created.generated ? 'generated' : 'env'));
  const seeded = sb.config.demo ? await seedDemo(sb, output) : null;
  if (!sb.config.demo) output.out('SCHOOLBRIDGE_DEMO=0：不写入演示数据 / no demo data seeded');
  return { databaseWasEmpty: true, adminCreated: true, seeded };
}
