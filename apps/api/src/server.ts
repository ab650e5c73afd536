import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type CreateAppOptions, type PluginDefinition, type SchoolBridgeApp } from '@schoolbridge/core';
import { firstStart, type FirstStartResult } from './first-start.js';
import { processOutput, type Output } from './output.js';

export interface StartServerOptions {
  env?: NodeJS.ProcessEnv;
  plugins: PluginDefinition[];
  output?: Output;
  /** Tests pass cheap argon2 settings. */
  hashOptions?: CreateAppOptions['hashOptions'];
}

export interface RunningServer {
  sb: SchoolBridgeApp;
  /** e.g. http://localhost:3000 */
  url: string;
  firstStart: FirstStartResult;
}

/**
 * The admin's build the API serves at `/`: ADMIN_DIST, or apps/admin/dist beside this app (the
 * same folder from src/ under tests and from dist/ when built).
 */
export function adminDistFrom(env: NodeJS.ProcessEnv): string {
  const given = env.ADMIN_DIST?.trim();
  return given ? path.resolve(given) : fileURLToPath(new URL('../../admin/dist', import.meta.url));
}

/**
 * Boots the API (configuration and plugins checked, migrations applied), does the first-start
 * work on an empty database, then listens on HOST:PORT.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const output = options.output ?? processOutput;
  const sb = await createApp({
    env: options.env ?? process.env,
    plugins: options.plugins,
    adminDist: adminDistFrom(options.env ?? process.env),
    ...(options.hashOptions ? { hashOptions: options.hashOptions } : {}),
  });
  try {
    const first = await firstStart(sb, output);
    await sb.app.listen(sb.config.port, sb.config.host);
    const { port } = sb.app.getHttpServer().address() as AddressInfo;
    const host = sb.config.host === '0.0.0.0' || sb.config.host === '::' ? 'localhost' : sb.config.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const database = sb.config.database.kind === 'postgres' ? 'PostgreSQL' : `SQLite ${sb.config.database.file}`;
    sb.logger.info({ url, database: sb.config.database.kind, plugins: sb.enabledPlugins.map((p) => p.id) }, 'SchoolBridge API listening');
    output.out(`SchoolBridge API: ${url}/api  (OpenAPI: ${url}/api/docs; ${database})`);
    const adminDist = adminDistFrom(options.env ?? process.env);
    output.out(
      existsSync(path.join(adminDist, 'index.html'))
        ? `SchoolBridge 管理界面 / admin: ${url}/`
        : `管理界面尚未构建 / The admin is not built (${adminDist}): npm start 会先构建它 / npm start builds it first`,
    );
    return { sb, url, firstStart: first };
  } catch (err) {
    await sb.close();
    throw err;
  }
}
