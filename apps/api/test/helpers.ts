import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource, loadConfig, User, type SchoolBridgeApp } from '@schoolbridge/core';
import { TEST_HASH_OPTIONS } from '@schoolbridge/core/testing';
import type { CommandOptions } from '../src/commands.js';
import type { Output } from '../src/output.js';
import { installedPlugins } from '../src/plugins.js';

/** Collects what a command or the server prints, so tests read it like a person would. */
export class CapturedOutput implements Output {
  readonly lines: string[] = [];
  readonly errors: string[] = [];
  out(text: string) {
    this.lines.push(text);
  }
  err(text: string) {
    this.errors.push(text);
  }
  get text(): string {
    return this.lines.join('\n');
  }
  get errorText(): string {
    return this.errors.join('\n');
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const ds = await createDataSource(loadConfig({ DATABASE_URL: url }), { entities: [], migrations: [], poolSize: 1 });
  try {
    await ds.query(sql);
  } finally {
    await ds.destroy();
  }
}

let counter = 0;

export interface Installation {
  /** The environment an operator would set: a temp DATA_DIR, or a fresh PostgreSQL database when DATABASE_URL is set. */
  env: NodeJS.ProcessEnv;
  options(output?: Output): CommandOptions & { output: Output };
  remove(): Promise<void>;
}

/**
 * A fresh, empty installation: its own DATA_DIR (SQLite file inside) or, when the suite runs on
 * PostgreSQL (DATABASE_URL), its own empty database on that server. Entity column types follow
 * the environment of the test process, so the kind of database always follows DATABASE_URL.
 */
export async function freshInstallation(extra: Record<string, string> = {}): Promise<Installation> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'schoolbridge-api-'));
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', ...extra };
  let databaseUrl: string | null = null;
  if (process.env.DATABASE_URL) {
    const name = `schoolbridge_api_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    await adminQuery(process.env.DATABASE_URL, `CREATE DATABASE "${name}"`);
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    env.DATABASE_URL = databaseUrl;
  }
  return {
    env,
    options: (output = new CapturedOutput()) => ({ env, plugins: installedPlugins, output, hashOptions: TEST_HASH_OPTIONS }),
    async remove() {
      if (databaseUrl) await adminQuery(process.env.DATABASE_URL!, `DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(
  url: string,
  username: string,
  password: string,
): Promise<{ status: number; body: { user?: { username: string; mustChangePassword: boolean }; code?: string } }> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

export function usernames(sb: SchoolBridgeApp): Promise<string[]> {
  return sb.dataSource.manager.find(User, { order: { username: 'ASC' } }).then((rows) => rows.map((r) => r.username));
}
