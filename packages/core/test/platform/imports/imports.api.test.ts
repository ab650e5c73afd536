import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, ImportRow, type Region } from '../../../src/index.js';
import { pendingSchemaChanges } from '../../../src/platform/db/migrate.js';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';
import { importFixturePlugin, ImportFixtureMember } from '../../fixtures/import-fixture/index.js';
import { binary, csvOf, HEADERS, settled, upload, xlsxOf, XLSX_TYPE } from './helpers.js';

const IMPORTER = 'import-fixture.members';
const ENV = { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined };

describe('imports: template, upload, preview, apply', () => {
  let app: TestApp;
  let county: Region;
  let officer: TestClient;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [importFixturePlugin], env: ENV });
    county = await app.createRegion({ code: '439901', name: '示范县' });
    await app.createRegion({ code: '439902', name: '邻县' }); // outside the officer's scope
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  const members = () => app.dataSource.manager.find(ImportFixtureMember, { order: { code: 'ASC' } });
  const clear = () => app.dataSource.manager.clear(ImportFixtureMember);

  it('leaves no schema drift for the import tables', async () => {
    const pending = await pendingSchemaChanges(app.dataSource);
    expect(pending.filter((q) => q.includes('platform_import'))).toEqual([]);
  });

  it('serves an xlsx template with zh-CN headers, required ones marked, an example row and 填写说明; the filled template imports', async () => {
    const res = await officer.get(`/api/imports/${IMPORTER}/template?format=xlsx`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="_-${IMPORTER}.xlsx"; filename*=UTF-8''${encodeURIComponent(`导入模板-${IMPORTER}.xlsx`)}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    const [data, help] = wb.worksheets;
    expect((data!.getRow(1).values as unknown[]).slice(1)).toEqual(['*学籍号', '*姓名', '*地区代码', '出生日期', '身份证号', '人数']);
    expect(data!.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(data!.getRow(2).getCell(5).value).toBe('430102201001010011');
    expect(data!.getColumn(5).numFmt).toBe('@');
    expect(help!.name).toBe('填写说明');
    expect((help!.getRow(6).values as unknown[]).slice(1, 4)).toEqual(['身份证号', '选填', '']);
    expect(help!.getRow(2).getCell(5).value).toBe('学生编号、学号');

    // the template, as downloaded, is a valid file: its example row imports
    const job = await upload(officer, IMPORTER, res.body as Buffer, '模板.xlsx').expect(202);
    expect(job.body).toEqual({ id: expect.any(String), status: 'parsing' });
    const done = await settled(officer, job.body.id);
    expect(done).toMatchObject({ status: 'ready', headerRow: 1, counts: { total: 1, valid: 1, invalid: 0, toCreate: 1 }, warnings: [] });
  });

  it('serves a CSV template in English with a BOM', async () => {
    const res = await officer.get(`/api/imports/${IMPORTER}/template?format=csv`).set('Accept-Language', 'en').buffer(true).parse(binary).expect(200);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // the signed-in user's own language wins over the header; switch it to English
    await officer.patch('/api/auth/me', { locale: 'en' }).expect(200);
    try {
      const en = await officer.get(`/api/imports/${IMPORTER}/template?format=csv`).buffer(true).parse(binary).expect(200);
      expect((en.body as Buffer).toString('utf8').slice(1).split('\r\n')[0]).toBe('*Registry number,*Name,*Region code,Date of birth,ID number,Persons');
      expect(en.headers['content-disposition']).toContain(`filename*=UTF-8''import-template-${IMPORTER}.csv`);
    } finally {
      await officer.patch('/api/auth/me', { locale: 'zh-CN' }).expect(200);
    }
  });

  it('finds the header below title rows, ignores trailing notes, blank rows and unknown columns, and reads aliases', async () => {
    const file = await xlsxOf([
      ['2026 年春季学期学生名单'],
      ['填报单位：示范县教育局', null, null, '填报日期：2026-03-01'],
      [],
      ['序号', '学籍号', '姓名', '地区代码', '出生日期', '身份证号码', '人数'],
      [1, 'G001', { richText: [{ text: '张' }, { text: '三' }] }, 439901, new Date(Date.UTC(2010, 0, 2)), '430102201001020011', 3],
      [],
      [2, 'G002', ' 李四 ', '439901', '2011-05-06', null, { formula: '1+1', result: 2 }],
      ['注：本表由学校填写，每人一行。'],
      ['填表人：王五'],
    ]);
    const job = await upload(officer, IMPORTER, file, '学生名单.xlsx').expect(202);
    const done = await settled(officer, job.body.id);
    expect(done).toMatchObject({ status: 'ready', headerRow: 4, progress: { processed: 2, total: 2 }, counts: { total: 2, valid: 2, invalid: 0, toCreate: 2, toUpdate: 0 } });
    expect(done.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(done.warnings).toEqual([
      { code: 'import.unknownColumns', message: '以下列不认识，已忽略：序号', params: { columns: ['序号'] } },
      { code: 'import.notesIgnored', message: '表格末尾的 2 行说明文字已忽略', params: { count: 2 } },
    ]);
    const rows = await officer.get(`/api/imports/jobs/${job.body.id}/rows`).expect(200);
    expect(rows.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(rows.body.items).toEqual([
      { rowNumber: 5, valid: true, action: 'create', errors: [], values: { code: 'G001', name: '张三', regionCode: '439901', birthDate: '2010-01-02', idNumber: '430***********0011', persons: '3' } },
      { rowNumber: 7, valid: true, action: 'create', errors: [], values: { code: 'G002', name: '李四', regionCode: '439901', birthDate: '2011-05-06', idNumber: '', persons: '2' } },
    ]);
    await officer.post(`/api/imports/jobs/${job.body.id}/apply`, { mode: 'all' }).expect(200);
    expect((await members()).map((m) => [m.code, m.name, m.birthDate, m.idNumber, m.persons, m.regionPath])).toEqual([
      ['G001', '张三', '2010-01-02', '430102201001020011', 3, '/439901/'],
      ['G002', '李四', '2011-05-06', null, 2, '/439901/'],
    ]);
    await clear();
  });

  it('reads CSV exported by Excel in GBK, and UTF-8 without a BOM', async () => {
    const rows = [HEADERS, ['G101', '赵六', '439901', '2012-09-01', '', '1'], ['G102', '钱七', '439901', '', '', '']];
    for (const encoding of ['gbk', 'utf8'] as const) {
      const job = await upload(officer, IMPORTER, csvOf(rows, encoding), `名单-${encoding}.csv`).expect(202);
      const done = await settled(officer, job.body.id);
      expect(done).toMatchObject({ status: 'ready', headerRow: 1, counts: { total: 2, valid: 2 } });
      const page = await officer.get(`/api/imports/jobs/${job.body.id}/rows`).expect(200);
      expect(page.body.items.map((r: { values: { name: string } }) => r.values.name)).toEqual(['赵六', '钱七']);
    }
  });

  it('fails a job whose file is not a spreadsheet or is damaged, with a clear code', async () => {
    const notXlsx = await upload(officer, IMPORTER, Buffer.from('这不是表格 just text'), '名单.xlsx').expect(202);
    expect((await settled(officer, notXlsx.body.id)).failure).toEqual({ code: 'import.unreadableFile', message: expect.stringContaining('无法读取该文件'), params: expect.any(Object) });
    const good = await xlsxOf([HEADERS, ['G1', '甲', '439901']]);
    const truncated = await upload(officer, IMPORTER, good.subarray(0, Math.floor(good.length / 2)), '坏文件.xlsx').expect(202);
    expect(await settled(officer, truncated.body.id)).toMatchObject({ status: 'failed', failure: { code: 'import.unreadableFile' } });
    const binaryCsv = await upload(officer, IMPORTER, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), '名单.csv').expect(202);
    expect(await settled(officer, binaryCsv.body.id)).toMatchObject({ status: 'failed', failure: { code: 'import.unreadableFile' } });
    // an old .xls or any other kind is refused at once
    const xls = await upload(officer, IMPORTER, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), '名单.xls').expect(400);
    expect(xls.body).toMatchObject({ code: 'validation.failed', errors: [{ field: 'file', code: 'import.unsupportedFileType' }] });
    const missing = await officer.post(`/api/imports/${IMPORTER}/jobs`).expect(400);
    expect(missing.body.errors).toEqual([{ field: 'file', code: 'files.required', message: expect.any(String) }]);
  });

  it('fails a job that lacks a required column, naming it in the reader\'s language', async () => {
    const file = await xlsxOf([['学籍号', '地区代码', '出生日期'], ['G1', '439901', '2010-01-01']]);
    const job = await upload(officer, IMPORTER, file, '缺列.xlsx').expect(202);
    const done = await settled(officer, job.body.id);
    expect(done).toMatchObject({ status: 'failed', failure: { code: 'import.missingColumns', params: { columns: ['name'] } } });
    expect(done.failure!.message).toContain('文件缺少必需的列：姓名');
    const en = await officer.get(`/api/imports/jobs/${job.body.id}`).set('Accept-Language', 'en');
    expect(en.body.failure.message).toBe(done.failure!.message); // the user's own locale (zh-CN) wins over the header
    await officer.patch('/api/auth/me', { locale: 'en' }).expect(200);
    try {
      const english = await officer.get(`/api/imports/jobs/${job.body.id}`).expect(200);
      expect(english.body.failure.message).toContain('The file lacks required columns: Name');
    } finally {
      await officer.patch('/api/auth/me', { locale: 'zh-CN' }).expect(200);
    }
    // nothing to apply
    expect((await officer.post(`/api/imports/jobs/${job.body.id}/apply`, { mode: 'all' }).expect(409)).body.code).toBe('import.notReady');
  });

  describe('row errors, all-or-nothing, skip invalid, re-import', () => {
    let jobId: string;
    let fileBytes: Buffer;

    it('reports row errors with the row number, column, header and a message in the user\'s language', async () => {
      fileBytes = await xlsxOf([
        ['学生名单'],
        HEADERS,
        ['G201', '孙一', '439901', '2010-01-01', '430102201001010011', '1'],
        ['G202', '', '439901', '2010-02-30', '', 'x'],
        // an 18-digit ID number typed into a number cell: Excel kept 15 digits
        ['G203', '孙三', '439902', '', Number('430102201001010011'), ''],
        ['g201', '孙一重复', '439901', '', '', ''],
        ['G205', '孙五', '439901', '', '', '5'],
      ]);
      const job = await upload(officer, IMPORTER, fileBytes, '有错的名单.xlsx').expect(202);
      jobId = job.body.id;
      const done = await settled(officer, jobId);
      expect(done).toMatchObject({ status: 'ready', counts: { total: 5, valid: 2, invalid: 3, toCreate: 2, toUpdate: 0 } });

      const errorsOnly = await officer.get(`/api/imports/jobs/${jobId}/rows?errorsOnly=true`).expect(200);
      expect(errorsOnly.body.total).toBe(3);
      expect(errorsOnly.body.items.map((r: { rowNumber: number; errors: unknown }) => [r.rowNumber, r.errors])).toEqual([
        [
          4,
          [
            { column: 'name', header: '姓名', code: 'validation.required', message: '必填' },
            { column: 'birthDate', header: '出生日期', code: 'validation.isCalendarDate', message: '应为日期（YYYY-MM-DD）' },
            { column: 'persons', header: '人数', code: 'validation.isInt', message: '应为整数' },
          ],
        ],
        [
          5,
          [
            { column: 'idNumber', header: '身份证号', code: 'import.numberPrecisionLost', message: expect.stringContaining('15 位有效数字') },
            { column: 'regionCode', header: '地区代码', code: 'importFixture.unknownRegion', message: '地区代码“439902”不存在或不在您的管辖范围内' },
          ],
        ],
        [6, [{ column: 'code', header: '学籍号', code: 'import.duplicateInFile', message: '与第 3 行重复' }]],
      ]);
      const page2 = await officer.get(`/api/imports/jobs/${jobId}/rows?page=2&pageSize=2`).expect(200);
      expect(page2.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
      expect(page2.body.items.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([5, 6]);

      await officer.patch('/api/auth/me', { locale: 'en' }).expect(200);
      try {
        const en = await officer.get(`/api/imports/jobs/${jobId}/rows?errorsOnly=true&pageSize=1`).expect(200);
        expect(en.body.items[0].errors[0]).toEqual({ column: 'name', header: 'Name', code: 'validation.required', message: 'Required' });
        const dup = await officer.get(`/api/imports/jobs/${jobId}/rows?errorsOnly=true&page=3&pageSize=1`).expect(200);
        expect(dup.body.items[0].errors[0]).toMatchObject({ header: 'Registry number', message: 'Duplicates row 3' });
      } finally {
        await officer.patch('/api/auth/me', { locale: 'zh-CN' }).expect(200);
      }
      await officer.get(`/api/imports/jobs/${jobId}/rows?errorsOnly=maybe`).expect(400);
    });

    it('refuses to apply all while rows are invalid, and writes nothing', async () => {
      const res = await officer.post(`/api/imports/jobs/${jobId}/apply`, { mode: 'all' }).expect(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 422, code: 'import.invalidRows', invalidRows: 3 });
      expect(res.body.detail).toContain('有 3 行数据有误，未导入任何数据');
      expect(await members()).toEqual([]);
      expect((await officer.get(`/api/imports/jobs/${jobId}`).expect(200)).body.status).toBe('ready');
      await officer.post(`/api/imports/jobs/${jobId}/apply`, { mode: 'some' }).expect(400);
    });

    it('applies only the valid rows when asked to skip invalid ones, with one audit record for the job', async () => {
      const res = await officer.post(`/api/imports/jobs/${jobId}/apply`, { mode: 'skipInvalid' }).expect(200);
      expect(res.body).toMatchObject({ status: 'applied', applyMode: 'skipInvalid', counts: { created: 2, updated: 0, skipped: 3 } });
      const rows = await members();
      expect(rows.map((m) => m.code)).toEqual(['G201', 'G205']);
      const audits = await app.dataSource.manager.findBy(AuditEntry, { action: 'import.applied', entityId: jobId });
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ entityType: IMPORTER, actorId: officer.user.id, bulk: { counts: { total: 5, valid: 2, invalid: 3, created: 2, updated: 0, skipped: 3 }, fileHash: res.body.fileSha256 } });
      expect([...(audits[0]!.bulk as { ids: string[] }).ids].sort()).toEqual(rows.map((m) => m.id).sort());
    });

    it('answers 409 when the same job is applied again', async () => {
      const again = await officer.post(`/api/imports/jobs/${jobId}/apply`, { mode: 'skipInvalid' }).expect(409);
      expect(again.body.code).toBe('import.alreadyApplied');
      expect(await app.dataSource.manager.count(ImportFixtureMember)).toBe(2);
    });

    it('updates instead of duplicating when a corrected file is imported again', async () => {
      const file = await xlsxOf([
        HEADERS,
        ['G201', '孙一（改名）', '439901', '2010-01-01', '430102201001010011', '7'],
        ['g205', '孙五', '439901', '', '', '5'],
        ['G206', '孙六', '439901', '', '', ''],
      ]);
      const job = await upload(officer, IMPORTER, file, '更正后的名单.xlsx').expect(202);
      expect(await settled(officer, job.body.id)).toMatchObject({ status: 'ready', counts: { total: 3, valid: 3, toCreate: 1, toUpdate: 2 } });
      const rows = await officer.get(`/api/imports/jobs/${job.body.id}/rows`).expect(200);
      expect(rows.body.items.map((r: { action: string }) => r.action)).toEqual(['update', 'update', 'create']);
      const before = await members();
      const applied = await officer.post(`/api/imports/jobs/${job.body.id}/apply`, { mode: 'all' }).expect(200);
      expect(applied.body.counts).toMatchObject({ created: 1, updated: 2, skipped: 0 });
      const after = await members();
      expect(after.map((m) => [m.code, m.name, m.persons])).toEqual([
        ['G201', '孙一（改名）', 7],
        ['G205', '孙五', 5],
        ['G206', '孙六', 0],
      ]);
      expect(after.find((m) => m.code === 'G201')!.id).toBe(before.find((m) => m.code === 'G201')!.id);
      await clear();
    });
  });

  it('needs the importer\'s permission (403) and knows only its importers (404)', async () => {
    const school = await app.createOrganisation({ region: county });
    const principal = await app.signInAs([{ role: 'principal', organisationId: school.id }]);
    const file = await xlsxOf([HEADERS, ['G1', '甲', '439901']]);
    expect((await upload(principal, IMPORTER, file, '名单.xlsx').expect(403)).body).toMatchObject({ code: 'auth.forbidden' });
    await principal.get(`/api/imports/${IMPORTER}/template`).expect(403);
    expect((await upload(officer, 'no-such.importer', file, '名单.xlsx').expect(404)).body.code).toBe('import.unknownImporter');
    await app.request().get(`/api/imports/${IMPORTER}/template`).expect(401);
  });

  it("hides another user's job (404), and shows it to a global administrator", async () => {
    const job = await upload(officer, IMPORTER, await xlsxOf([HEADERS, ['G301', '周一', '439901']]), '名单.xlsx').expect(202);
    await settled(officer, job.body.id);
    const other = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    expect((await other.get(`/api/imports/jobs/${job.body.id}`).expect(404)).body.code).toBe('notFound');
    await other.get(`/api/imports/jobs/${job.body.id}/rows`).expect(404);
    await other.post(`/api/imports/jobs/${job.body.id}/apply`, { mode: 'all' }).expect(404);
    const admin = await app.signInAs(['admin']);
    expect((await admin.get(`/api/imports/jobs/${job.body.id}`).expect(200)).body).toMatchObject({ status: 'ready', counts: { valid: 1 } });
    await officer.get('/api/imports/jobs/not-a-uuid').expect(400);
  });

  // last: it moves the clock past the sessions' lifetime
  it('prunes jobs older than a day, with their staged rows, when a new one starts', async () => {
    const old = await upload(officer, IMPORTER, await xlsxOf([HEADERS, ['G401', '吴一', '439901']]), '旧的.xlsx').expect(202);
    await settled(officer, old.body.id);
    const start = app.clock.now();
    app.clock.advance(25 * 60 * 60 * 1000);
    try {
      const tomorrow = await app.signIn(officer.user); // yesterday's session has expired
      const fresh = await upload(tomorrow, IMPORTER, await xlsxOf([HEADERS, ['G402', '吴二', '439901']]), '新的.xlsx').expect(202);
      await settled(tomorrow, fresh.body.id);
      await tomorrow.get(`/api/imports/jobs/${old.body.id}`).expect(404);
      expect(await app.dataSource.manager.countBy(ImportRow, { jobId: old.body.id })).toBe(0);
      await tomorrow.get(`/api/imports/jobs/${fresh.body.id}`).expect(200);
    } finally {
      app.clock.set(start);
    }
  });
});
