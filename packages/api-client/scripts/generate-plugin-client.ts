/**
 * Generates a plugin's typed client from its `/api/<id>` routes:
 *
 *   npm run generate:plugin-client -- --plugin plugins/food-safety [--id food-safety] [--out <folder>]
 *
 * `--plugin` is the plugin's package folder (its package.json `./server` export is the entry) or
 * its server entry file. The command imports the entry, picks its `definePlugin` export (`--id`
 * chooses among several), boots core with that plugin on an in-memory SQLite database, reads the
 * OpenAPI document and writes `schema.ts` and `client.ts` into plugins/<id>/src/admin/api (or
 * `--out`). Paths are relative to the folder the command was run from.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  defaultOutDir,
  findPluginDefinition,
  parsePluginClientArgs,
  regenerateCommand,
  renderPluginClient,
  REPO_ROOT,
  resolvePluginEntry,
  writePluginClient,
  type OpenApiDocument,
} from './plugin-client.js';

// Entity decorators read the database kind when core is imported: keep it SQLite here.
delete process.env.DATABASE_URL;

const USAGE = `用法 / Usage: npm run generate:plugin-client -- --plugin <插件包目录或服务端入口 plugin folder or server entry> [--id <插件编号 id>] [--out <输出目录 folder>]`;

let args;
try {
  args = parsePluginClientArgs(process.argv.slice(2));
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}

try {
  // npm runs workspace scripts in the workspace's folder; paths are meant from where the user typed them.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const entry = resolvePluginEntry(path.resolve(cwd, args.plugin));
  const entryModule = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const plugin = findPluginDefinition(entryModule, args.id);
  const pluginArg = path.relative(REPO_ROOT, path.resolve(cwd, args.plugin)).split(path.sep).join('/');
  const outDir = args.out ? path.resolve(cwd, args.out) : defaultOutDir(plugin.id);

  const { createApp } = await import('@schoolbridge/core');
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', SCHOOLBRIDGE_DEMO: '0' };
  delete env.SCHOOLBRIDGE_PLUGINS;
  const app = await createApp({ env, sqliteFile: ':memory:', plugins: [plugin] });
  try {
    const res = await app.app.inject({ method: 'GET', url: '/api/docs-json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/docs-json answered ${res.statusCode}`);
    const files = await renderPluginClient(JSON.parse(res.body) as OpenApiDocument, plugin.id, regenerateCommand(pluginArg, plugin.id));
    const written = await writePluginClient(outDir, files);
    const shown = path.relative(cwd, outDir) || '.';
    console.log(written.length === 0 ? `${shown}: up to date` : written.map((f) => `wrote ${path.relative(cwd, f)}`).join('\n'));
  } finally {
    await app.close();
  }
} catch (err) {
  console.error(`未能生成插件客户端 / Could not generate the plugin client: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
