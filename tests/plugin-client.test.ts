import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { regenerateCommand, renderPluginClient, writePluginClient, type OpenApiDocument } from '../packages/api-client/scripts/plugin-client.js';
import { testPlugin } from '../packages/core/test/fixtures/test-plugin/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_CLIENT = path.join(ROOT, 'packages', 'api-client');
const FIXTURE = 'packages/core/test/fixtures/test-plugin';
const COMMAND = regenerateCommand(FIXTURE, 'test-plugin');

/** Code a plugin's admin would write against its client: it must compile, and misuse must not. */
const USAGE = `import { createTestPluginClient, type TestPluginClient } from './client.js';

const client: TestPluginClient = createTestPluginClient({ baseUrl: 'http://localhost:3000' });

export async function addNote(): Promise<number> {
  const res = await client.POST('/api/test-plugin/notes', {
    body: { title: '送教', kind: 'visit', level: 'primary', noteDate: '2026-03-10', persons: 3, femalePersons: 1 },
  });
  const code: string | undefined = res.error?.code;
  return code === undefined ? res.response.status : 0;
}

export async function misuse(): Promise<void> {
  // @ts-expect-error core routes are not in a plugin's client
  await client.GET('/api/auth/me');
  // @ts-expect-error the body needs its required fields
  await client.POST('/api/test-plugin/notes', { body: { title: 'x' } });
}
`;

/** Type-checks a folder of generated files with the options a plugin's admin code compiles under. */
function typeErrors(dir: string): string[] {
  const files = ['schema.ts', 'client.ts', 'usage.ts'].map((f) => path.join(dir, f));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    noUnusedLocals: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** The generated client module as this test sees it (its own types live in the temporary folder). */
interface GeneratedModule {
  createTestPluginClient(options: { baseUrl?: string; fetch?: (input: Request) => Promise<Response> }): {
    GET(path: string): Promise<{ data?: unknown; response: Response }>;
    POST(path: string, init: { body: unknown }): Promise<{ data?: unknown; response: Response }>;
  };
}

function runCommand(args: string[]) {
  return spawnSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      pathToFileURL(path.join(API_CLIENT, 'scripts', 'register-ts.mjs')).href,
      path.join(API_CLIENT, 'scripts', 'generate-plugin-client.ts'),
      ...args,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: ROOT, LOG_LEVEL: 'silent' },
      timeout: 120_000,
    },
  );
}

describe('a plugin’s generated client (npm run generate:plugin-client)', () => {
  let app: TestApp;
  let document: OpenApiDocument;
  let dir: string;
  let files: Awaited<ReturnType<typeof renderPluginClient>>;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [testPlugin], env: { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined } });
    document = (await app.request().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    files = await renderPluginClient(document, 'test-plugin', COMMAND);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'schoolbridge-plugin-client-'));
    // The generated files import openapi-fetch as a plugin's admin code would find it.
    await fs.symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    await writePluginClient(dir, files);
    await fs.writeFile(path.join(dir, 'usage.ts'), USAGE);
  });
  afterAll(async () => {
    await app?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('holds the plugin’s routes and the types they use, and nothing of the core', () => {
    const schema = files['schema.ts'];
    expect(schema).toContain('"/api/test-plugin/notes"');
    expect(schema).toContain('"/api/test-plugin/hello"');
    expect(schema).toContain('CreateNoteDto: {');
    expect(schema).toContain('Problem: {');
    for (const core of ['"/api/auth/login"', '"/api/reports/figures"', 'LoginDto', 'FiguresReportDto', 'RegionNodeDto']) expect(schema).not.toContain(core);
    expect(schema).toContain(COMMAND);
    expect(files['client.ts']).toContain('export function createTestPluginClient(');
  });

  it('renders the same files whatever order the document lists its keys in', async () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    expect(await renderPluginClient(reversed(document) as OpenApiDocument, 'test-plugin', COMMAND)).toEqual(files);
    expect(await writePluginClient(dir, files)).toEqual([]);
  });

  it('compiles, types the plugin’s routes, and rejects the core’s', () => {
    expect(typeErrors(dir)).toEqual([]);
  });

  it('calls the plugin’s routes, sending the CSRF token of the session on writes', async () => {
    const region = await app.createRegion({ code: '439901' });
    const officer = await app.signInAs([{ role: 'bureau_officer', regionId: region.id }]);
    const login = await app.request().post('/api/auth/login').send({ username: officer.user.username, password: officer.user.password }).expect(200);
    const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
    const session = cookies.find((c) => c.startsWith('sb_session='))!;
    const csrf = cookies.find((c) => c.startsWith('sb_csrf='))!;
    const seen: string[] = [];
    const viaApp = async (request: Request) => {
      seen.push(`${request.method} ${request.headers.get('x-csrf-token') ?? '-'}`);
      const url = new URL(request.url);
      const res = await app.app.inject({
        method: request.method as 'GET' | 'POST',
        url: url.pathname + url.search,
        headers: { ...Object.fromEntries(request.headers), cookie: session },
        ...(request.method === 'GET' ? {} : { payload: await request.text() }),
      });
      return new Response(res.body, { status: res.statusCode, headers: { 'content-type': String(res.headers['content-type']) } });
    };
    const { createTestPluginClient } = (await import(pathToFileURL(path.join(dir, 'client.ts')).href)) as GeneratedModule;
    const client = createTestPluginClient({ baseUrl: 'http://api.invalid', fetch: viaApp });
    const body = { regionId: region.id, title: '送教', kind: 'visit', level: 'primary', noteDate: '2026-03-10', persons: 3, femalePersons: 1 };

    // No CSRF cookie in reach (no browser document): the write is refused.
    const refused = await client.POST('/api/test-plugin/notes', { body });
    expect(refused.response.status).toBe(403);
    const document = { cookie: `theme=dark; ${csrf}` };
    Object.assign(globalThis, { document });
    try {
      const created = await client.POST('/api/test-plugin/notes', { body });
      expect(created.response.status).toBe(201);
      const list = await client.GET('/api/test-plugin/notes');
      expect(list.response.status).toBe(200);
      expect(JSON.stringify(list.data)).toContain('送教');
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
    const token = decodeURIComponent(csrf.slice('sb_csrf='.length));
    expect(seen).toEqual(['POST -', `POST ${token}`, 'GET -']);
  });

  it('is what the command writes, from the plugin’s folder', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'schoolbridge-plugin-client-cli-'));
    try {
      const run = runCommand(['--plugin', FIXTURE, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('wrote');
      expect(await fs.readFile(path.join(out, 'schema.ts'), 'utf8')).toBe(files['schema.ts']);
      expect(await fs.readFile(path.join(out, 'client.ts'), 'utf8')).toBe(files['client.ts']);
      // Again: nothing changed, nothing written.
      const again = runCommand([`--plugin=${FIXTURE}`, `--out=${out}`]);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('up to date');
    } finally {
      await fs.rm(out, { recursive: true, force: true });
    }
  });

  it('says what is wrong with its arguments or the plugin', () => {
    const usage = runCommand(['--id', 'x']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--plugin <plugin package folder or server entry> is required');
    const notAPlugin = runCommand(['--plugin', `${FIXTURE}/note.entity.ts`]);
    expect(notAPlugin.status).toBe(1);
    expect(notAPlugin.stderr).toContain('Could not generate the plugin client: the entry exports no plugin made with definePlugin');
    const wrongId = runCommand(['--plugin', FIXTURE, '--id', 'food-safety']);
    expect(wrongId.status).toBe(1);
    expect(wrongId.stderr).toContain('the entry exports no plugin "food-safety" (it exports "test-plugin")');
  });
});
