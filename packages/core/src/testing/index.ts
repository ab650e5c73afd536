import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import type { Test } from 'supertest';
import { newId } from '@schoolbridge/shared';
import type { RoleCode } from '../platform/access/roles.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../platform/auth/auth.tokens.js';
import { UsersService, type AssignmentInput } from '../platform/auth/users.service.js';
import { Clock } from '../platform/clock.js';
import { databaseKindFromEnv, type ConfigOverrides } from '../platform/config.js';
import { createApp, type CreateAppOptions, type SchoolBridgeApp } from '../platform/http/create-app.js';
import type { PluginDefinition } from '../platform/plugins/plugin.js';
import { Organisation, type OrganisationKind } from '../platform/regions/organisation.entity.js';
import { Region, type RegionKind } from '../platform/regions/region.entity.js';
import { createTestDatabase, dropTestDatabase } from './postgres.js';

export interface TestAppOptions extends Omit<CreateAppOptions, 'clock' | 'sqliteFile' | 'postgresUrl'> {
  plugins?: PluginDefinition[];
  /** The fixed "now" of the test (default 2026-11-23T02:00:00Z); move it with `app.clock`. */
  now?: Date | string;
  /** Extra configuration, e.g. `{ plugins: ['x'] }` for SCHOOLBRIDGE_PLUGINS. */
  config?: ConfigOverrides;
  /** Boot a second API instance on the same database as this one (PostgreSQL only). */
  shareDatabaseWith?: TestApp;
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
}

/** A signed-in HTTP client: cookies kept, the CSRF header added to writes. */
export interface TestClient {
  user: TestUser;
  csrfToken: string;
  get(url: string): Test;
  post(url: string, body?: unknown): Test;
  put(url: string, body?: unknown): Test;
  patch(url: string, body?: unknown): Test;
  delete(url: string): Test;
}

export interface TestApp extends SchoolBridgeApp {
  /** The database this app really runs on. */
  databaseKind: 'sqlite' | 'postgres';
  /** An anonymous request to the app. */
  request(): ReturnType<typeof supertest>;
  /** Creates a user with role assignments: a role code alone takes its default scope kind. */
  createUser(input?: { username?: string; displayName?: string; password?: string; roles?: (RoleCode | AssignmentInput)[]; mustChangePassword?: boolean }): Promise<TestUser>;
  signIn(user: { username: string; password: string }): Promise<TestClient>;
  /** createUser + signIn. */
  signInAs(roles?: (RoleCode | AssignmentInput)[], input?: { username?: string }): Promise<TestClient>;
  createRegion(input: { code: string; name?: string; kind?: RegionKind; parent?: Region | null }): Promise<Region>;
  createOrganisation(input: { code?: string; name?: string; kind?: OrganisationKind; region?: Region | null; managerRegion?: Region | null; managerOrganisation?: Organisation | null }): Promise<Organisation>;
}

/** Cheap argon2id settings: the tests check behaviour, not hashing cost. */
const TEST_HASH_OPTIONS = { memoryCost: 1024, timeCost: 1 };

let userCounter = 0;

/**
 * Boots core plus the chosen plugins through the production `createApp`, on a fresh in-memory
 * SQLite database, or, when DATABASE_URL is set, on a fresh PostgreSQL database cloned from the
 * migrated template. Close it with `app.close()`.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), NODE_ENV: 'test' };
  const kind = databaseKindFromEnv(env);
  const now = options.now ? new Date(options.now) : new Date('2026-11-23T02:00:00Z');
  const clock = options.shareDatabaseWith ? options.shareDatabaseWith.clock : Clock.fixed(now, env.SCHOOLBRIDGE_TIME_ZONE ?? 'Asia/Shanghai');
  let postgresUrl: string | undefined;
  let ownsDatabase = false;
  if (kind === 'postgres') {
    if (options.shareDatabaseWith) {
      postgresUrl = options.shareDatabaseWith.config.database.kind === 'postgres' ? (options.shareDatabaseWith.dataSource.options as { url: string }).url : undefined;
      if (!postgresUrl) throw new Error('shareDatabaseWith needs an app on PostgreSQL');
    } else {
      postgresUrl = await createTestDatabase(env.DATABASE_URL!);
      ownsDatabase = true;
    }
  } else if (options.shareDatabaseWith) {
    throw new Error('shareDatabaseWith needs PostgreSQL: an in-memory SQLite database belongs to one process');
  }
  const filesDir = options.config?.filesDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'schoolbridge-files-')));
  const ownsFilesDir = options.config?.filesDir === undefined;
  let base: SchoolBridgeApp;
  try {
    base = await createApp({
      ...options,
      // uploads go to a folder of this test app, removed when it closes
      config: { filesDir: filesDir, ...options.config },
      env,
      clock,
      hashOptions: options.hashOptions ?? TEST_HASH_OPTIONS,
      ...(kind === 'postgres' ? { postgresUrl } : { sqliteFile: ':memory:' }),
    });
  } catch (err) {
    if (ownsDatabase && postgresUrl) await dropTestDatabase(postgresUrl);
    if (ownsFilesDir) await fs.rm(filesDir, { recursive: true, force: true });
    throw err;
  }
  const server = base.app.getHttpServer();
  const users = base.app.get(UsersService);

  const app: TestApp = {
    ...base,
    databaseKind: base.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite',
    request: () => supertest(server),
    async close() {
      await base.close();
      if (ownsDatabase && postgresUrl) await dropTestDatabase(postgresUrl);
      if (ownsFilesDir) await fs.rm(filesDir, { recursive: true, force: true });
    },
    async createUser(input = {}) {
      const username = input.username ?? `user${++userCounter}`;
      const password = input.password ?? `Secret-${newId().slice(-8)}-9`;
      const assignments = (input.roles ?? []).map((r) => (typeof r === 'string' ? { role: r } : r));
      const { user } = await users.create({ username, displayName: input.displayName ?? username, password, mustChangePassword: input.mustChangePassword ?? false, assignments });
      return { id: user.id, username: user.username, password };
    },
    async signIn(user) {
      const res = await supertest(server).post('/api/auth/login').send({ username: user.username, password: user.password });
      if (res.status !== 200) throw new Error(`sign-in as ${user.username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      const cookieHeader = cookies
        .map((c) => c.split(';')[0]!)
        .filter((c) => c.startsWith(`${SESSION_COOKIE}=`) || c.startsWith(`${CSRF_COOKIE}=`))
        .join('; ');
      const csrfToken = res.body.csrfToken as string;
      const withAuth = (t: Test, write: boolean) => {
        t.set('Cookie', cookieHeader);
        if (write) t.set('X-CSRF-Token', csrfToken);
        return t;
      };
      const full = await users.findByUsername(user.username);
      return {
        user: { id: full!.id, username: user.username, password: user.password },
        csrfToken,
        get: (url) => withAuth(supertest(server).get(url), false),
        post: (url, body) => withAuth(supertest(server).post(url), true).send(body as object),
        put: (url, body) => withAuth(supertest(server).put(url), true).send(body as object),
        patch: (url, body) => withAuth(supertest(server).patch(url), true).send(body as object),
        delete: (url) => withAuth(supertest(server).delete(url), true),
      };
    },
    async signInAs(roles = [], input = {}) {
      const user = await app.createUser({ roles, ...(input.username ? { username: input.username } : {}) });
      return app.signIn(user);
    },
    async createRegion(input) {
      const t = clock.now();
      const parent = input.parent ?? null;
      const row = base.dataSource.manager.create(Region, {
        id: newId(),
        code: input.code,
        name: input.name ?? `地区${input.code}`,
        kind: input.kind ?? 'county',
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${input.code}/`,
        createdAt: t,
        updatedAt: t,
      });
      return base.dataSource.manager.save(Region, row);
    },
    async createOrganisation(input) {
      const t = clock.now();
      const id = newId();
      const managerPath = input.managerOrganisation?.path ?? input.managerRegion?.path ?? input.region?.path ?? '/';
      const row = base.dataSource.manager.create(Organisation, {
        id,
        code: input.code ?? `ORG-${id.slice(-12)}`,
        name: input.name ?? `单位${id.slice(-4)}`,
        kind: input.kind ?? 'school',
        regionId: input.region?.id ?? null,
        managerRegionId: input.managerOrganisation ? null : (input.managerRegion ?? input.region)?.id ?? null,
        managerOrganisationId: input.managerOrganisation?.id ?? null,
        path: `${managerPath}${id}/`,
        createdAt: t,
        updatedAt: t,
      });
      return base.dataSource.manager.save(Organisation, row);
    },
  };
  return app;
}

export { TEST_HASH_OPTIONS };
export { inspectPdf, type InspectedPdf, type TextRun } from './pdf-inspect.js';
