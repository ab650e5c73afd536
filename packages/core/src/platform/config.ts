import path from 'node:path';
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, isInstantString, isLocale, type Locale } from '@schoolbridge/shared';

export type DatabaseKind = 'sqlite' | 'postgres';

/** Everything SchoolBridge reads from its environment, in one place (README: Configuration). */
export interface AppConfig {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  /** SCHOOLBRIDGE_SECRET; when absent one is generated once and kept in the database. */
  secret: string | null;
  /** null: every installed plugin is enabled; otherwise the exact list of enabled ids. */
  plugins: string[] | null;
  timeZone: string;
  defaultLocale: Locale;
  /** SCHOOLBRIDGE_FAKE_NOW: a fixed start instant for the clock (refused in production). */
  fakeNow: Date | null;
  adminPassword: string | null;
  demo: boolean;
  logLevel: string;
  files: { maxBytes: number };
  auth: {
    sessionTtlHours: number;
    maxFailedLogins: number;
    lockoutMinutes: number;
    loginRateLimitPerMinute: number;
    secureCookies: boolean;
  };
}

export class ConfigError extends Error {}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** The kind of database the environment selects; entity decorators read it at import time. */
export function databaseKindFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseKind {
  const url = env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

export type ConfigOverrides = Partial<Omit<AppConfig, 'auth' | 'files'>> & { auth?: Partial<AppConfig['auth']>; files?: Partial<AppConfig['files']> };

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' || env.VITEST ? 'test' : 'development';
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const url = env.DATABASE_URL;
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite database), got ${JSON.stringify(url.replace(/:[^:@/]*@/, ':***@'))}`);
  }
  let fakeNow: Date | null = null;
  if (env.SCHOOLBRIDGE_FAKE_NOW) {
    if (nodeEnv === 'production') throw new ConfigError('SCHOOLBRIDGE_FAKE_NOW is refused when NODE_ENV=production');
    fakeNow = isInstantString(env.SCHOOLBRIDGE_FAKE_NOW) ? new Date(env.SCHOOLBRIDGE_FAKE_NOW) : new Date(NaN);
    if (Number.isNaN(fakeNow.getTime())) throw new ConfigError(`SCHOOLBRIDGE_FAKE_NOW must be an ISO instant such as 2026-09-01T08:00:00+08:00, got ${JSON.stringify(env.SCHOOLBRIDGE_FAKE_NOW)}`);
  }
  const locale = env.SCHOOLBRIDGE_DEFAULT_LOCALE ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new ConfigError(`SCHOOLBRIDGE_DEFAULT_LOCALE must be zh-CN or en, got ${JSON.stringify(locale)}`);
  const timeZone = env.SCHOOLBRIDGE_TIME_ZONE ?? env.TZ_DEPLOYMENT ?? DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ConfigError(`SCHOOLBRIDGE_TIME_ZONE is not a time zone: ${JSON.stringify(timeZone)}`);
  }
  const secret = env.SCHOOLBRIDGE_SECRET ?? null;
  if (secret !== null && secret.length < 32) throw new ConfigError('SCHOOLBRIDGE_SECRET must be at least 32 characters');
  const plugins =
    env.SCHOOLBRIDGE_PLUGINS === undefined
      ? null
      : env.SCHOOLBRIDGE_PLUGINS.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const config: AppConfig = {
    env: nodeEnv,
    port: intFrom(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    filesDir: path.resolve(env.FILES_DIR ?? path.join(dataDir, 'files')),
    database: url ? { kind: 'postgres', url } : { kind: 'sqlite', file: path.join(dataDir, 'schoolbridge.sqlite') },
    secret,
    plugins,
    timeZone,
    defaultLocale: locale,
    fakeNow,
    adminPassword: env.SCHOOLBRIDGE_ADMIN_PASSWORD ?? null,
    demo: env.SCHOOLBRIDGE_DEMO !== '0',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    files: { maxBytes: intFrom(env, 'FILES_MAX_BYTES', 20 * 1024 * 1024) },
    auth: {
      sessionTtlHours: intFrom(env, 'SESSION_TTL_HOURS', 12),
      maxFailedLogins: intFrom(env, 'LOGIN_MAX_FAILURES', 5),
      lockoutMinutes: intFrom(env, 'LOGIN_LOCKOUT_MINUTES', 15),
      loginRateLimitPerMinute: intFrom(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 30),
      secureCookies: env.COOKIE_SECURE === '1',
    },
  };
  // nested groups merge, so `{ auth: { maxFailedLogins: 3 } }` keeps the other auth settings
  const { auth, files, ...rest } = overrides;
  return { ...config, ...rest, auth: { ...config.auth, ...auth }, files: { ...config.files, ...files } };
}

/** Nest injection token for the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
