import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';
import { importFixturePlugin, ImportFixtureMember } from '../../fixtures/import-fixture/index.js';
import { HEADERS, settled, upload, xlsxOf } from './helpers.js';

const IMPORTER = 'import-fixture.members';
const ROWS = 10_000;

describe('imports: a large file', () => {
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

  it(`imports ${ROWS.toLocaleString('en')} rows end to end while other requests are answered`, { timeout: 180_000 }, async () => {
    const rows: unknown[][] = [['2026 年学生名单'], HEADERS];
    for (let i = 1; i <= ROWS; i++) rows.push([`G${String(i).padStart(6, '0')}`, `学生${i}`, '439901', '2010-01-01', '', String(i % 50)]);
    rows.push(['注：共 10000 人']);
    const file = await xlsxOf(rows);
    const job = await upload(officer, IMPORTER, file, '全县学生.xlsx').expect(202);

    // While the job is validating, a cheap request is answered: it completes before the job does.
    let status = '';
    let progress = { processed: 0, total: 0 };
    for (let i = 0; i < 5000 && status !== 'validating'; i++) {
      const res = await officer.get(`/api/imports/jobs/${job.body.id}`).expect(200);
      ({ status, progress } = res.body);
      if (status !== 'validating') await new Promise((r) => setTimeout(r, 5));
    }
    expect(status).toBe('validating');
    await app.request().get('/api/health').expect(200);
    const during = await officer.get(`/api/imports/jobs/${job.body.id}`).expect(200);
    expect(during.body.status).toBe('validating');
    expect(during.body.progress.processed).toBeLessThan(ROWS);
    expect(during.body.progress.total).toBe(ROWS);
    expect(progress.total).toBe(ROWS);

    const done = await settled(officer, job.body.id);
    expect(done).toMatchObject({ status: 'ready', progress: { processed: ROWS, total: ROWS }, counts: { total: ROWS, valid: ROWS, invalid: 0, toCreate: ROWS } });
    const applied = await officer.post(`/api/imports/jobs/${job.body.id}/apply`, { mode: 'all' }).expect(200);
    expect(applied.body.counts).toMatchObject({ created: ROWS, updated: 0 });
    expect(await app.dataSource.manager.count(ImportFixtureMember)).toBe(ROWS);
    const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { action: 'import.applied', entityId: job.body.id });
    expect((audit.bulk as { ids: string[] }).ids).toHaveLength(ROWS);
  });
});
