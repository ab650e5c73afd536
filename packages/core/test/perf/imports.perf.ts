import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { importFixturePlugin, ImportFixtureMember } from '../fixtures/import-fixture/index.js';
import { HEADERS, settled, upload, xlsxOf } from '../platform/imports/helpers.js';

const ROWS = Number(process.env.IMPORT_ROWS ?? 50_000);

let app: TestApp;
let officer: TestClient;

beforeAll(async () => {
  app = await createTestApp({ plugins: [importFixturePlugin], env: { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined } });
  const county = await app.createRegion({ code: '439901' });
  officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
});
afterAll(async () => {
  await app?.close();
});

it(`imports ${ROWS} rows from xlsx and prints the time`, async () => {
  const rows: unknown[][] = [HEADERS];
  for (let i = 1; i <= ROWS; i++) rows.push([`G${String(i).padStart(7, '0')}`, `学生${i}`, '439901', '2010-01-01', '430102201001010011', String(i % 50)]);
  const file = await xlsxOf(rows);
  const t0 = performance.now();
  const job = await upload(officer, 'import-fixture.members', file, '50000.xlsx').expect(202);
  // a cheap request timed while the import runs
  const h0 = performance.now();
  await app.request().get('/api/health').expect(200);
  const healthMs = performance.now() - h0;
  const ready = await settled(officer, job.body.id);
  const t1 = performance.now();
  expect(ready.counts.valid).toBe(ROWS);
  await officer.post(`/api/imports/jobs/${job.body.id}/apply`, { mode: 'all' }).expect(200);
  const t2 = performance.now();
  expect(await app.dataSource.manager.count(ImportFixtureMember)).toBe(ROWS);
  console.log(
    `[perf] import ${ROWS} rows (${(file.length / 1024 / 1024).toFixed(1)} MB xlsx, ${app.databaseKind}): ` +
      `parse+validate+stage ${((t1 - t0) / 1000).toFixed(1)} s, apply ${((t2 - t1) / 1000).toFixed(1)} s, total ${((t2 - t0) / 1000).toFixed(1)} s; /api/health during it ${healthMs.toFixed(0)} ms`,
  );
});
