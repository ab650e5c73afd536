import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ADMIN_PASSWORD, CHROMIUM_PATH, FAKE_NOW, RESULTS_DIR, ROOT_DIR } from './constants.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:40123, where the production API serves the admin and /api. */
    baseURL: string;
  }
}

const API_ENTRY = path.join(ROOT_DIR, 'apps/api/dist/main.js');
const ADMIN_INDEX = path.join(ROOT_DIR, 'apps/admin/dist/index.html');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Sends `signal` to the API's whole process group (it was started detached, as its leader). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Starts the production API (`node apps/api/dist/main.js`, which serves the admin build at `/`, here a
 * copy of apps/admin/dist) on a free port with an empty temporary data folder, waits until `/api/health` answers, and provides its
 * URL to the journeys. The returned teardown stops it and removes the data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const [file, hint] of [
    [API_ENTRY, 'the API is not built'],
    [ADMIN_INDEX, 'the admin is not built'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${hint} (${path.relative(ROOT_DIR, file)} is missing): run \`npm run test:e2e\` from the repository root, which builds first`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);

  mkdirSync(RESULTS_DIR, { recursive: true });
  rmSync(path.join(RESULTS_DIR, 'screenshots'), { recursive: true, force: true });
  rmSync(path.join(RESULTS_DIR, 'a11y'), { recursive: true, force: true });
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'schoolbridge-e2e-'));
  const dataDir = path.join(workDir, 'data');
  // the build under test, copied: a rebuild during the run must not pull hashed chunks from under the pages
  const adminDist = path.join(workDir, 'admin-dist');
  cpSync(path.dirname(ADMIN_INDEX), adminDist, { recursive: true });
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const logFile = path.join(RESULTS_DIR, 'api.log');
  const log = createWriteStream(logFile);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    ADMIN_DIST: adminDist,
    SCHOOLBRIDGE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    SCHOOLBRIDGE_FAKE_NOW: FAKE_NOW,
    LOG_LEVEL: 'warn',
  };
  // the journeys always run on their own empty SQLite database, whatever the shell points at;
  // NODE_ENV=production would refuse SCHOOLBRIDGE_FAKE_NOW
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  delete env.SCHOOLBRIDGE_PLUGINS;

  const api = spawn(process.execPath, ['--enable-source-maps', API_ENTRY], { cwd: ROOT_DIR, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout!.pipe(log, { end: false });
  api.stderr!.pipe(log, { end: false });
  const apiLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  const stop = async () => {
    if (api.exitCode === null && api.signalCode === null) {
      signalGroup(api, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(api, 'SIGKILL'), 10_000);
      await exited(api);
      clearTimeout(timer);
    }
    log.end();
    rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (api.exitCode !== null || api.signalCode !== null) {
      await stop();
      throw new Error(`the API exited (${api.exitCode ?? api.signalCode}) before it answered /api/health:\n${apiLog()}`);
    }
    try {
      const res = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API did not answer ${baseURL}/api/health within 60 s:\n${apiLog()}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  // The journeys need the admin at `/`: a clear message beats 20 failing page waits.
  const home = await fetch(`${baseURL}/`, { headers: { accept: 'text/html' } });
  const html = await home.text();
  if (!home.ok || !/<div id="root"/.test(html)) {
    await stop();
    throw new Error(`the API does not serve the admin build at / (GET / answered ${home.status}); the journeys need it`);
  }

  project.provide('baseURL', baseURL);
  return stop;
}
