import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Teacher, TeachingAssignment, type Organisation, type Region } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { csvOf, settled, upload, xlsxOf } from '../platform/imports/helpers.js';
import { idNumber } from './helpers.js';

const IMPORTER = 'directory.teachers';
const HEAD = ['序号', '姓名', '性别', '身份证号码', '手机号码', '学校代码', '人事关系学校', '任教学科', '职称', '入职时间'];

describe('teachers import', () => {
  let app: TestApp;
  let county: Region;
  let schoolA: Organisation;
  let schoolB: Organisation;
  let officer: TestClient;

  beforeAll(async () => {
    app = await createTestApp();
    county = await app.createRegion({ code: '439901', name: '示范县' });
    schoolA = await app.createOrganisation({ region: county, code: '4399010001', name: '示范县实验小学' });
    schoolB = await app.createOrganisation({ region: county, code: '4399010002', name: '青山乡中心小学' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  const rowsOf = async (jobId: string, qs = 'errorsOnly=true') => (await officer.get(`/api/imports/jobs/${jobId}/rows?${qs}`).expect(200)).body;

  it('reads a sheet with a title row and notes, shows row errors, refuses all-or-nothing, applies the good rows when asked', async () => {
    const bad = idNumber('19850312', '123').slice(0, 17) + (idNumber('19850312', '123').endsWith('0') ? '1' : '0');
    const file = await xlsxOf(
      [
        ['示范县2026年教师信息统计表'],
        ['填报单位：示范县教育局'],
        HEAD,
        [1, '张三', '男', idNumber('19850312', '113'), '13800001111', '4399010001', '', '语文、数学', '一级教师', '2008-09-01'],
        [2, '李四', '', bad, '', '', '青山乡中心小学', '英语', '', ''],
        [3, '王五', '女', idNumber('19900101', '124'), '12345', '', '不存在的学校', '体操', '', '2012.9.1'],
        [4, '赵六', '', idNumber('19920202', '144'), '', '', '青山乡中心小学', '科学', '二级教师', '2015年9月1日'],
        [],
        ['注：本表由各校填报，证件号码请设为文本格式。'],
      ],
      (sheet) => sheet.getColumn(4).eachCell((c) => (c.numFmt = '@')),
    );
    const job = (await upload(officer, IMPORTER, file, '教师名册.xlsx').expect(202)).body;
    const done = await settled(officer, job.id);
    expect(done).toMatchObject({ status: 'ready', headerRow: 3, counts: { total: 4, valid: 2, invalid: 2, toCreate: 2, toUpdate: 0 } });
    const errors = await rowsOf(job.id);
    expect(errors.items.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([5, 6]);
    const byRow = Object.fromEntries(errors.items.map((r: { rowNumber: number; errors: { column: string; code: string; message: string }[] }) => [r.rowNumber, r.errors]));
    expect(byRow[5]).toEqual([expect.objectContaining({ column: 'idNumber', code: 'identity.idNumber.checksum', message: '证件号码校验位不对，请核对' })]);
    expect(byRow[6].map((e: { column: string; code: string }) => [e.column, e.code])).toEqual([
      ['mobile', 'identity.mobile.format'],
      ['schoolName', 'directory.import.schoolNotFound'],
      ['subjects', 'directory.import.unknownWord'],
    ]);
    expect(byRow[6][1].message).toBe('找不到学校“不存在的学校”，或不在您的管理范围内');
    // The preview masks the numbers.
    expect(JSON.stringify(errors)).not.toContain(bad);

    const refused = await officer.post(`/api/imports/jobs/${job.id}/apply`, { mode: 'all' }).expect(422);
    expect(refused.body.code).toBe('import.invalidRows');
    expect(await app.dataSource.manager.count(Teacher)).toBe(0);

    const applied = await officer.post(`/api/imports/jobs/${job.id}/apply`, { mode: 'skipInvalid' }).expect(200);
    expect(applied.body).toMatchObject({ status: 'applied', counts: { created: 2, updated: 0, skipped: 2 } });
    const list = (await officer.get('/api/directory/teachers').expect(200)).body.items;
    expect(list.map((t: { name: string; schoolName: string; subjects: string[] }) => [t.name, t.schoolName, t.subjects])).toEqual([
      ['张三', '示范县实验小学', ['chinese', 'math']],
      ['赵六', '青山乡中心小学', ['science']],
    ]);
    const zhao = await app.dataSource.manager.findOneByOrFail(Teacher, { name: '赵六' });
    expect(zhao).toMatchObject({ gender: 'female', hiredOn: '2015-09-01', title: 'second' });
    expect(await app.dataSource.manager.countBy(TeachingAssignment, { teacherId: zhao.id, kind: 'regular' })).toBe(1);
    expect(await app.dataSource.manager.countBy(AuditEntry, { action: 'import.applied', entityType: IMPORTER })).toBe(1);
  });

  it('matches rows on the ID number when the fixed file is imported again: updates, moves, no duplicates', async () => {
    const csv = csvOf([
      HEAD,
      ['1', '张三', '男', idNumber('19850312', '113'), '13800002222', '4399010002', '', '', '高级教师', ''],
      ['2', '李四', '', idNumber('19850312', '123'), '', '', '青山乡中心小学', '英语', '', ''],
      ['3', '赵六', '', idNumber('19920202', '144'), '', '', '青山乡中心小学', '', '', ''],
    ]);
    const job = (await upload(officer, IMPORTER, csv, '教师名册.csv').expect(202)).body;
    expect(await settled(officer, job.id)).toMatchObject({ status: 'ready', counts: { total: 3, valid: 3, invalid: 0, toCreate: 1, toUpdate: 2 } });
    await officer.post(`/api/imports/jobs/${job.id}/apply`, { mode: 'all' }).expect(200);
    expect(await app.dataSource.manager.count(Teacher)).toBe(3);
    const zhang = await app.dataSource.manager.findOneByOrFail(Teacher, { name: '张三' });
    expect(zhang).toMatchObject({ schoolId: schoolB.id, title: 'senior', mobile: '13800002222', version: 2 });
    // Blank cells kept what was on record; the move kept the old assignment.
    const detail = (await officer.get(`/api/directory/teachers/${zhang.id}`).expect(200)).body;
    expect(detail.subjects).toEqual(['chinese', 'math']);
    expect(detail.assignments.map((a: { schoolId: string; endDate: string | null }) => [a.schoolId, a.endDate])).toEqual([
      [schoolB.id, null],
      [schoolA.id, '2026-11-22'],
    ]);
    // Importing the very same file again changes nothing in number.
    const again = (await upload(officer, IMPORTER, csv, '教师名册.csv').expect(202)).body;
    expect(await settled(officer, again.id)).toMatchObject({ counts: { toCreate: 0, toUpdate: 3 } });
    await officer.post(`/api/imports/jobs/${again.id}/apply`, { mode: 'all' }).expect(200);
    expect(await app.dataSource.manager.count(Teacher)).toBe(3);
  });

  it('fails a malformed file and a file without the required columns, clearly', async () => {
    const junk = (await upload(officer, IMPORTER, Buffer.from('PK\u0003\u0004 not really a workbook'), '教师.xlsx').expect(202)).body;
    const failed = await settled(officer, junk.id);
    expect(failed.status).toBe('failed');
    expect(failed.failure?.message).toBeTruthy();
    const noIds = (await upload(officer, IMPORTER, csvOf([['姓名', '学校名称'], ['张三', '示范县实验小学']]), '教师.csv').expect(202)).body;
    const missing = await settled(officer, noIds.id);
    expect(missing).toMatchObject({ status: 'failed', failure: { code: 'import.missingColumns' } });
    expect(missing.failure?.message).toContain('证件号码');
  });

  it('does not let another county’s officer update this county’s teachers by importing their ID numbers', async () => {
    const other = await app.createRegion({ code: '439902', name: '邻县' });
    await app.createOrganisation({ region: other, code: '4399020001', name: '邻县一中' });
    const far = await app.signInAs([{ role: 'bureau_officer', regionId: other.id }]);
    const job = (await upload(far, IMPORTER, csvOf([HEAD, ['1', '张三', '男', idNumber('19850312', '113'), '', '4399020001', '', '', '', '']]), 't.csv').expect(202)).body;
    const done = await settled(far, job.id);
    expect(done.counts).toMatchObject({ valid: 0, invalid: 1 });
    const rows = (await far.get(`/api/imports/jobs/${job.id}/rows?errorsOnly=true`).expect(200)).body.items;
    expect(rows[0].errors[0]).toMatchObject({ column: 'idNumber', code: 'directory.import.personOutOfScope' });
  });

  it('imports 10,000 teachers in one file', async () => {
    const rows: string[][] = [HEAD];
    for (let i = 0; i < 10_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String(((i >> 5) % 12) + 1).padStart(2, '0');
      rows.push([String(i + 1), `教师${i}`, '', idNumber(`1980${month}${day}`, String(100 + (i % 900)).padStart(3, '0')).replace(/^439901/, String(439910 + Math.floor(i / 25200))), '', i % 2 ? '4399010001' : '4399010002', '', '语文', '', '2010-09-01']);
    }
    // Keys must be unique and valid: rebuild each number with its checksum after the prefix change.
    const { idChecksum } = await import('@schoolbridge/shared');
    const seen = new Set<string>();
    for (const r of rows.slice(1)) {
      let first17 = r[3]!.slice(0, 17);
      while (seen.has(first17)) first17 = (BigInt(first17) + 1n).toString();
      seen.add(first17);
      r[3] = first17 + idChecksum(first17);
    }
    const before = await app.dataSource.manager.count(Teacher);
    const job = (await upload(officer, IMPORTER, csvOf(rows), '全县教师.csv').expect(202)).body;
    const done = await settled(officer, job.id);
    expect(done).toMatchObject({ status: 'ready', counts: { total: 10_000, invalid: 0, toCreate: 10_000 } });
    await officer.post(`/api/imports/jobs/${job.id}/apply`, { mode: 'all' }).expect(200);
    expect(await app.dataSource.manager.count(Teacher)).toBe(before + 10_000);
    expect((await officer.get('/api/directory/teachers?q=%E6%95%99%E5%B8%889999').expect(200)).body.total).toBe(1);
  }, 180_000);
});
