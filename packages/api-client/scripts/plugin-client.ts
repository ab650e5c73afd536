/**
 * A plugin's typed client (ARCHITECTURE §3): the types of its own `/api/<id>` routes, cut out of
 * the API's OpenAPI document, and a small openapi-fetch client for its admin code. The command
 * around it is `generate-plugin-client.ts`; everything here is a function of its inputs, so the
 * output is the same for the same routes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginDefinition } from '@schoolbridge/core';
import { renderSchema } from './render-schema.js';

/** The parts of an OpenAPI 3 document the filter reads and writes. */
export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string; [key: string]: unknown };
  paths: Record<string, unknown>;
  components?: Record<string, Record<string, unknown> | undefined>;
  [key: string]: unknown;
}

/** The repository root (this file is packages/api-client/scripts/plugin-client.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const PLUGIN_CLIENT_COMMAND = 'npm run generate:plugin-client --';

const REF_RE = /^#\/components\/([^/]+)\/([^/]+)$/;

/** Every `$ref` inside a value, as [component kind, name] pairs. */
function refsIn(value: unknown, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) {
    for (const v of value) refsIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') {
        const m = REF_RE.exec(v);
        if (m) out.push([m[1]!, decodeURIComponent(m[2]!.replace(/~1/g, '/').replace(/~0/g, '~'))]);
      } else {
        refsIn(v, out);
      }
    }
  }
  return out;
}

/**
 * The document cut down to one plugin: only the paths under `/api/<id>` (not `/api/<id>-more`),
 * and only the components those paths reference, directly or through other components (the
 * problem+json error schema among them). Nothing of the core's other routes or types is left.
 */
export function filterPluginPaths(doc: OpenApiDocument, id: string): OpenApiDocument {
  const prefix = `/api/${id}`;
  const paths = Object.fromEntries(Object.entries(doc.paths ?? {}).filter(([p]) => p === prefix || p.startsWith(`${prefix}/`)));
  const kept = new Map<string, Set<string>>();
  const queue = refsIn(paths);
  while (queue.length > 0) {
    const [kind, name] = queue.pop()!;
    const names = kept.get(kind) ?? new Set<string>();
    if (names.has(name)) continue;
    const component = doc.components?.[kind]?.[name];
    if (component === undefined) throw new Error(`the document references #/components/${kind}/${name}, which it does not define`);
    names.add(name);
    kept.set(kind, names);
    queue.push(...refsIn(component));
  }
  const components = Object.fromEntries(
    [...kept.entries()].map(([kind, names]) => [kind, Object.fromEntries([...names].map((n) => [n, doc.components![kind]![n]]))]),
  );
  return {
    openapi: doc.openapi,
    info: { title: `SchoolBridge plugin ${id}`, version: doc.info?.version ?? '0.0.0' },
    paths,
    ...(kept.size > 0 ? { components } : {}),
  };
}

/** 'food-safety' → 'createFoodSafetyClient'. */
export function clientFactoryName(id: string): string {
  return `create${typeName(id)}Client`;
}

function typeName(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** The command that regenerates a plugin's client, written into its files. */
export function regenerateCommand(pluginArg: string, id: string): string {
  return `${PLUGIN_CLIENT_COMMAND} --plugin ${pluginArg} --id ${id}`;
}

/** `schema.ts` and `client.ts` of a plugin's client for an API's whole OpenAPI document. */
export async function renderPluginClient(doc: OpenApiDocument, id: string, command: string): Promise<{ 'schema.ts': string; 'client.ts': string }> {
  const own = filterPluginPaths(doc, id);
  if (Object.keys(own.paths).length === 0) throw new Error(`the plugin "${id}" has no routes under /api/${id} in the API's OpenAPI document`);
  const header = `/**
 * Types of the routes of plugin "${id}" (/api/${id}/…), cut out of the API's OpenAPI document.
 * Do not edit: when the routes change, run
 *   ${command}
 */

`;
  const name = typeName(id);
  const client = `/**
 * A typed client of the routes of plugin "${id}" (/api/${id}/…) for its admin code.
 * Do not edit: when the routes change, run
 *   ${command}
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { components, operations, paths } from './schema.js';

export type ${name}Client = Client<paths>;

export interface ${name}ClientOptions {
  /** '' (the default) for the same origin in the browser. */
  baseUrl?: string;
  /** Replaces the global fetch (tests, server-side callers). */
  fetch?: (input: Request) => Promise<Response>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token the API set at sign-in (cookie sb_csrf), which every cookie-authenticated write must send back. */
function csrfToken(): string | null {
  const cookie = (globalThis as { document?: { cookie?: string } }).document?.cookie ?? '';
  const match = /(?:^|;\\s*)sb_csrf=([^;]*)/.exec(cookie);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** A client of the routes of plugin "${id}"; writes carry the X-CSRF-Token header of the signed-in session. */
export function ${clientFactoryName(id)}(options: ${name}ClientOptions = {}): ${name}Client {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', ...(options.fetch ? { fetch: options.fetch } : {}) });
  client.use({
    onRequest({ request }) {
      const token = SAFE_METHODS.has(request.method) ? null : csrfToken();
      if (token && !request.headers.has('X-CSRF-Token')) request.headers.set('X-CSRF-Token', token);
      return request;
    },
  });
  return client;
}
`;
  return { 'schema.ts': await renderSchema(own, header), 'client.ts': client };
}

/** Writes the files that changed; returns the paths written. */
export async function writePluginClient(outDir: string, files: Record<string, string>): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, source] of Object.entries(files)) {
    const file = path.join(outDir, name);
    if ((await readFile(file, 'utf8').catch(() => null)) === source) continue;
    await writeFile(file, source);
    written.push(file);
  }
  return written;
}

export interface PluginClientArgs {
  /** The plugin package folder, or its server entry file, as given. */
  plugin: string;
  id?: string;
  out?: string;
}

/** `--plugin <folder or file> [--id <id>] [--out <folder>]`; throws a usage message on anything else. */
export function parsePluginClientArgs(argv: string[]): PluginClientArgs {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--(plugin|id|out)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument "${arg}"`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '' || value.startsWith('--')) throw new Error(`--${m[1]} needs a value`);
    flags[m[1]!] = value;
  }
  if (!flags.plugin) throw new Error('--plugin <plugin package folder or server entry> is required');
  return { plugin: flags.plugin, ...(flags.id ? { id: flags.id } : {}), ...(flags.out ? { out: flags.out } : {}) };
}

/**
 * The server entry of a plugin: the file itself, or for a package folder the `./server` export of
 * its package.json (the `source` condition first, as the repository runs sources), else
 * `src/server/index.ts`, else `index.ts`.
 */
export function resolvePluginEntry(target: string): string {
  if (!existsSync(target)) throw new Error(`${target} does not exist`);
  if (statSync(target).isFile()) return target;
  const pkgFile = path.join(target, 'package.json');
  if (existsSync(pkgFile)) {
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: Record<string, unknown> };
    const server = pkg.exports?.['./server'];
    const entry =
      typeof server === 'string'
        ? server
        : server && typeof server === 'object'
          ? ((server as Record<string, unknown>).source ?? (server as Record<string, unknown>).default)
          : undefined;
    if (typeof entry === 'string') return path.join(target, entry);
  }
  for (const candidate of ['src/server/index.ts', 'index.ts']) {
    if (existsSync(path.join(target, candidate))) return path.join(target, candidate);
  }
  throw new Error(`${target} has no server entry: no "./server" export in package.json, no src/server/index.ts, no index.ts`);
}

function isPluginDefinition(value: unknown): value is PluginDefinition {
  return !!value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'plugin' && typeof (value as { id?: unknown }).id === 'string';
}

/** The `definePlugin` export of an entry module: the one with `id`, or the only one. */
export function findPluginDefinition(entryModule: Record<string, unknown>, id?: string): PluginDefinition {
  const found = [...new Set(Object.values(entryModule).filter(isPluginDefinition))];
  if (found.length === 0) throw new Error('the entry exports no plugin made with definePlugin');
  if (id !== undefined) {
    const match = found.find((p) => p.id === id);
    if (!match) throw new Error(`the entry exports no plugin "${id}" (it exports ${found.map((p) => `"${p.id}"`).join(', ')})`);
    return match;
  }
  if (found.length > 1) throw new Error(`the entry exports several plugins (${found.map((p) => `"${p.id}"`).join(', ')}): choose one with --id`);
  return found[0]!;
}

/** Where a plugin's client goes: plugins/<id>/src/admin/api. */
export function defaultOutDir(id: string): string {
  return path.join(REPO_ROOT, 'plugins', id, 'src', 'admin', 'api');
}
