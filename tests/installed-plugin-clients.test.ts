import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { installedPlugins } from '../apps/api/src/plugins.js';
import { regenerateCommand, renderPluginClient, type OpenApiDocument } from '../packages/api-client/scripts/plugin-client.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every installed plugin's admin talks to its routes through the client generated from them
 * (ARCHITECTURE §3). The committed client must be what the command writes today: a route or DTO
 * changed without `npm run generate:plugin-client -- --plugin plugins/<id>` fails here.
 */
describe('installed plugins’ committed clients', () => {
  let app: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    app = await createTestApp({ plugins: installedPlugins, env: { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined } });
    document = (await app.request().get('/api/docs-json').expect(200)).body as OpenApiDocument;
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(installedPlugins.map((p) => [p.id]))('%s: src/admin/api is up to date', async (id) => {
    const folder = path.join(ROOT, 'plugins', id, 'src', 'admin', 'api');
    const files = await renderPluginClient(document, id, regenerateCommand(`plugins/${id}`, id));
    for (const [name, content] of Object.entries(files)) {
      const committed = await fs.readFile(path.join(folder, name), 'utf8').catch(() => '(missing)');
      expect(committed, `plugins/${id}/src/admin/api/${name} is stale: run npm run generate:plugin-client -- --plugin plugins/${id}`).toBe(content);
    }
  });
});
