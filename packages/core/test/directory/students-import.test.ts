import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Student, type Organisation, type Region } from '../../src/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { csvOf, settled, upload, xlsxOf } from '../platform/imports/helpers.js';
import { idNumber } from './helpers.js';

const IMPORTER = 'directory.students';
const HEAD = ['序号', '姓名', '身份证号', '全国学籍号', '学校名称', '年级', '班级', '是否寄宿', '户籍'];

describe('students import', () => {
  let app: TestApp;
  let county: Region;
  let school: Organisation;
  let officer: TestClient;

  beforeAll(async () => {
    app = await createTestApp();
    county = await app.createRegion({ code: '439901', name: '示范县' });
    school = await app.createOrganisation({ region: county, code: '4399010011', name: '白沙镇中心小学' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports a roster below its title, with row errors, then the fixed roster again without duplicates', async () => {
    const a = idNumber('20150901', '121');
    const b = idNumber('20160301', '132');
    const rows = [
      ['白沙镇中心小学2026年秋季学生花名册'],
      HEAD,
      [1, '李小明', a, '', '白沙镇中心小学', '五年级', '2班', '是', '本县'],
      [2, '王小红', b, 'G123', '白沙镇中心小学', '四年级', '1班', '否', '外省'],
      [3, '赵小刚', idNumber('20140505', '143'), '', '白沙镇中心小学', '九年级', '', '否', '本县'],
      ['填表说明：学籍号不填时按 G+身份证号。'],
    ];
    const job = (await upload(officer, IMPORTER, await xlsxOf(rows), '花名册.xlsx').expect(202)).body;
    expect(await settled(officer, job.id)).toMatchObject({ status: 'ready', headerRow: 2, counts: { total: 3, valid: 2, invalid: 1 } });
    const errs = (await officer.get(`/api/imports/jobs/${job.id}/rows?errorsOnly=true`).expect(200)).body.items;
    expect(errs).toEqual([expect.objectContaining({ rowNumber: 4, errors: [expect.objectContaining({ column: 'registryNumber', code: 'identity.registryNumber.format', header: '学籍号' })] })]);
    await officer.post(`/api/imports/jobs/${job.id}/apply`, { mode: 'all' }).expect(422);
    expect(await app.dataSource.manager.count(Student)).toBe(0);

    // The user fixes the file and imports it again: all three go in; once more, nothing doubles.
    rows[3]![3] = '';
    for (let round = 0; round < 2; round++) {
      const fixed = (await upload(officer, IMPORTER, await xlsxOf(rows), '花名册.xlsx').expect(202)).body;
      expect(await settled(officer, fixed.id)).toMatchObject({ counts: { total: 3, valid: 3, toCreate: round === 0 ? 3 : 0, toUpdate: round === 0 ? 0 : 3 } });
      await officer.post(`/api/imports/jobs/${fixed.id}/apply`, { mode: 'all' }).expect(200);
    }
    expect(await app.dataSource.manager.count(Student)).toBe(3);
    const li = await app.dataSource.manager.findOneByOrFail(Student, { name: '李小明' });
    expect(li).toMatchObject({ registryNumber: `G${a}`, grade: 'g5', className: '2班', boarding: true, schoolId: school.id, gender: 'male' });
    expect((await officer.get('/api/directory/students?q=lxm').expect(200)).body.items[0].registryNumber).toBe(`G439***********${a.slice(-4)}`);
  });

  it('refuses to touch a student of another county and a registry number that belongs to someone else', async () => {
    const other = await app.createRegion({ code: '439902', name: '邻县' });
    await app.createOrganisation({ region: other, code: '4399020011', name: '邻县小学' });
    const far = await app.signInAs([{ role: 'bureau_officer', regionId: other.id }]);
    const a = idNumber('20150901', '121');
    const job = (
      await upload(
        far,
        IMPORTER,
        csvOf([
          ['姓名', '身份证号', '学籍号', '学校名称', '年级'],
          ['李小明', a, '', '邻县小学', '五年级'],
          ['张新', idNumber('20150902', '154'), `G${a}`, '邻县小学', '五年级'],
        ]),
        'x.csv',
      ).expect(202)
    ).body;
    await settled(far, job.id);
    const errs = (await far.get(`/api/imports/jobs/${job.id}/rows?errorsOnly=true`).expect(200)).body.items;
    expect(errs.map((r: { rowNumber: number; errors: { code: string }[] }) => [r.rowNumber, r.errors.map((e) => e.code)])).toEqual([
      [2, ['directory.import.personOutOfScope']],
      [3, ['directory.import.registryNumberTaken']],
    ]);
  });
});
