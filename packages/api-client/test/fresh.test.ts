import { readFile } from 'node:fs/promises';
import { createTestApp, type TestApp } from '@schoolbridge/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGENERATE_COMMAND, renderSchema, SCHEMA_FILE, sortKeys } from '../scripts/render-schema.js';

/** The first line where two texts differ, to point at the change. */
function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const i = x.findIndex((line, n) => line !== y[n]);
  const n = i === -1 ? x.length : i;
  return `line ${n + 1}: committed ${JSON.stringify(x[n] ?? '<end>')}, expected ${JSON.stringify(y[n] ?? '<end>')}`;
}

describe('api-client', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Core only: the client covers core routes; plugins generate their own.
    app = await createTestApp({ plugins: [] });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('src/schema.ts matches the core API’s OpenAPI document', async () => {
    const document = (await app.request().get('/api/docs-json').expect(200)).body;
    const expected = await renderSchema(document);
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed !== expected) {
      expect.fail(`packages/api-client/src/schema.ts is stale: run ${REGENERATE_COMMAND} (first difference at ${firstDifference(committed, expected)})`);
    }
  });

  it('renders the same source whatever order the document lists its keys in', async () => {
    const document = (await app.request().get('/api/docs-json').expect(200)).body as Record<string, unknown>;
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;
    expect(await renderSchema(reversed(document))).toBe(await renderSchema(document));
    expect(Object.keys(sortKeys({ b: 1, a: { d: 1, c: [{ f: 1, e: 2 }] } }))).toEqual(['a', 'b']);
    expect(sortKeys({ a: { c: [{ f: 1, e: 2 }] } })).toStrictEqual({ a: { c: [{ e: 2, f: 1 }] } });
  });
});
