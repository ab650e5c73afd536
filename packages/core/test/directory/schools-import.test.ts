import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Organisation, type ImportJobDto, type Region } from '../../src/index.js';
import { countOf, maskContactPhone, schoolCodeKey, stagesOf, subjectsOf, tierOf, yesNoOf } from '../../src/directory/imports/school-cells.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { binary, csvOf, settled, upload, xlsxOf, XLSX_TYPE } from '../platform/imports/helpers.js';

const IMPORTER = 'directory.schools';

/** The headers as a county bureau's list has them (some in their other spellings). */
const HEADERS = [
  '学校标识码',
  '学校名称',
  '乡镇（街道）',
  '管理单位',
  '办学类型',
  '学段',
  '城乡类别',
  '办学层次',
  '是否寄宿',
  '学生数',
  '班级数',
  '教师数',
  '科任教师数',
  '短缺学科',
  '是否开齐开足',
  '地址',
  '联系人',
  '联系电话',
];

interface School {
  id: string;
  code: string;
  name: string;
  path: string;
  regionId: string;
  managerRegionId: string | null;
  managerOrganisationId: string | null;
  managerName: string | null;
  tier: string | null;
  stages: string[];
  shortageSubjects: string[];
  contactPhone: string | null;
  address: string | null;
  version: number;
  [field: string]: unknown;
}

interface RowItem {
  rowNumber: number;
  valid: boolean;
  action: 'create' | 'update' | null;
  values: Record<string, string>;
  errors: { column: string | null; header: string | null; code: string; message: string }[];
}

describe('school-list cells', () => {
  it('reads the words bureaus write', () => {
    expect(schoolCodeKey(' 4399 010001 ')).toBe('4399010001');
    expect(schoolCodeKey('ａｂ-1')).toBe('AB-1');
    expect(stagesOf('初中、小学')).toEqual({ value: ['primary', 'junior'] });
    expect(stagesOf('小学, 初中 / 高中')).toEqual({ value: ['primary', 'junior', 'senior'] });
    expect(stagesOf('小学，大学')).toEqual({ error: { value: '大学', allowed: '学前、小学、初中、高中、中职、特教' } });
    expect(subjectsOf('音乐、美术、体育')).toEqual({ value: ['music', 'art', 'pe'] });
    expect(subjectsOf('无')).toEqual({ value: [] });
    expect(tierOf('示范')).toEqual({ value: 'strong' });
    expect(tierOf('优质/示范')).toEqual({ value: 'strong' });
    expect(tierOf('很好')).toMatchObject({ error: { value: '很好' } });
    expect([yesNoOf('是'), yesNoOf('否'), yesNoOf('Y'), yesNoOf('也许')]).toEqual([true, false, true, null]);
    expect([countOf('1,200'), countOf('30人'), countOf('-1'), countOf('1.5')]).toEqual([1200, 30, null, null]);
    expect(maskContactPhone('138 0013 8000')).toBe('138****8000');
    expect(maskContactPhone('0735-1234567')).toBe('0735-1234567');
    expect(maskContactPhone('138001380001234')).toBe('138**********34');
  });
});

describe('directory.schools import', () => {
  let app: TestApp;
  let province: Region;
  let city: Region;
  let county: Region;
  let otherCounty: Region;
  let chengguan: Region;
  let qingshan: Region;
  let officer: TestClient;
  let otherOfficer: TestClient;
  let cityOfficer: TestClient;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [] });
    province = await app.createRegion({ code: '43', kind: 'province', name: '湖南省' });
    city = await app.createRegion({ code: '4399', kind: 'city', parent: province, name: '示范市' });
    county = await app.createRegion({ code: '439901', kind: 'county', parent: city, name: '示范县' });
    otherCounty = await app.createRegion({ code: '439902', kind: 'county', parent: city, name: '邻县' });
    chengguan = await app.createRegion({ code: '439901100', kind: 'township', parent: county, name: '城关镇' });
    qingshan = await app.createRegion({ code: '439901200', kind: 'township', parent: county, name: '青山乡' });
    await app.createRegion({ code: '439902100', kind: 'township', parent: otherCounty, name: '河口镇' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    otherOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: otherCounty.id }]);
    cityOfficer = await app.signInAs([{ role: 'bureau_officer', regionId: city.id }]);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Uploads a file and waits for the preview. */
  async function preview(client: TestClient, file: Buffer, name: string): Promise<ImportJobDto> {
    const job = await upload(client, IMPORTER, file, name).expect(202);
    return settled(client, job.body.id);
  }

  async function rowsOf(client: TestClient, jobId: string, errorsOnly = false): Promise<RowItem[]> {
    const res = await client.get(`/api/imports/jobs/${jobId}/rows?pageSize=200${errorsOnly ? '&errorsOnly=true' : ''}`).expect(200);
    return res.body.items as RowItem[];
  }

  /** The school with this code, as the directory API answers it (with its detail). */
  async function school(code: string, client = officer): Promise<School> {
    const list = await client.get(`/api/directory/organisations?q=${code}&archived=all&pageSize=200`).expect(200);
    const hit = (list.body.items as School[]).filter((s) => s.code === code);
    expect(hit).toHaveLength(1);
    return (await client.get(`/api/directory/organisations/${hit[0]!.id}`).expect(200)).body as School;
  }

  const countCode = (code: string) => app.dataSource.manager.countBy(Organisation, { code });
  const organisations = () => app.dataSource.manager.count(Organisation);

  /** The county list of test 2: a title and a filler row above the header, notes under the data. */
  function countyList(tier = '优质/示范', address = '示范县城关镇人民路 1 号'): unknown[][] {
    return [
      ['示范县 2026 年中小学校基本情况统计表'],
      ['填报单位：示范县教育局', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, '填报日期：2026-03-01'],
      HEADERS,
      [
        4399010001,
        '示范县第一小学',
        '城关镇',
        '',
        '完全小学',
        '小学',
        '城区',
        tier,
        '否',
        1200,
        24,
        60,
        12,
        '音乐、美术',
        '是',
        address,
        '王老师',
        13800138000,
      ],
      // a teaching point whose central school is listed further down
      [
        4399010003,
        '青山乡白岩村教学点',
        '青山乡',
        '4399010002',
        '教学点',
        '小学',
        '乡村',
        '薄弱',
        '否',
        30,
        3,
        2,
        '',
        '英语,音乐',
        '否',
        '',
        '',
        '0735-1234567',
      ],
      [4399010002, '青山乡中心学校', '439901200', '', '九年一贯制学校', '小学、初中', '乡村', '一般', '是', 800, 18, 45, 10, '无', '是', '', '李校长', ''],
      // one named by its central school's name
      [4399010004, '青山乡石门村教学点', '青山乡', '青山乡中心学校', '教学点', '小学', '乡村', '薄弱', '否', 20, 2, 1, '', '', '否', '', '', ''],
      [],
      ['注：学校代码填写教育部学校标识码；教学点的管理单位填中心学校。'],
      ['填表人：李四'],
    ];
  }

  it('serves the template with the zh-CN headers, required ones marked', async () => {
    const res = await officer.get(`/api/imports/${IMPORTER}/template?format=xlsx`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`导入模板-${IMPORTER}.xlsx`)}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    const [data, help] = wb.worksheets;
    expect((data!.getRow(1).values as unknown[]).slice(1)).toEqual([
      '*学校代码',
      '*学校名称',
      '所在乡镇',
      '主管单位',
      '办学类型',
      '学段',
      '城乡类别',
      '办学层次',
      '是否寄宿',
      '学生数',
      '班级数',
      '教职工数',
      '科任教师数',
      '短缺学科',
      '是否开齐开足',
      '地址',
      '联系人',
      '联系电话',
    ]);
    expect(help!.name).toBe('填写说明');
    expect((help!.getRow(2).values as unknown[]).slice(1, 3)).toEqual(['学校代码', '必填']);
    expect(help!.getRow(2).getCell(5).value).toBe('学校标识码、单位代码、学校（机构）标识码、机构代码');
    const csv = await officer.get(`/api/imports/${IMPORTER}/template?format=csv`).buffer(true).parse(binary).expect(200);
    expect((csv.body as Buffer).toString('utf8').slice(1).split('\r\n')[0]).toBe(
      '*学校代码,*学校名称,所在乡镇,主管单位,办学类型,学段,城乡类别,办学层次,是否寄宿,学生数,班级数,教职工数,科任教师数,短缺学科,是否开齐开足,地址,联系人,联系电话',
    );
  });

  it('imports an .xlsx with a title row and trailing notes; a teaching point gets its central school listed later in the file', async () => {
    const before = await organisations();
    const done = await preview(officer, await xlsxOf(countyList()), '示范县学校名单.xlsx');
    expect(done).toMatchObject({ status: 'ready', headerRow: 3, counts: { total: 4, valid: 4, invalid: 0, toCreate: 4, toUpdate: 0 } });
    expect(done.warnings).toEqual([{ code: 'import.notesIgnored', message: '表格末尾的 2 行说明文字已忽略', params: { count: 2 } }]);
    const rows = await rowsOf(officer, done.id);
    expect(rows.map((r) => [r.rowNumber, r.action, r.values.code, r.values.contactPhone])).toEqual([
      [4, 'create', '4399010001', '138****8000'],
      [5, 'create', '4399010003', '0735-1234567'],
      [6, 'create', '4399010002', ''],
      [7, 'create', '4399010004', ''],
    ]);

    const applied = await officer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'all' }).expect(200);
    expect(applied.body).toMatchObject({ status: 'applied', counts: { created: 4, updated: 0, skipped: 0 } });
    expect(await organisations()).toBe(before + 4);

    const first = await school('4399010001');
    expect(first).toMatchObject({
      name: '示范县第一小学',
      kind: 'school',
      regionId: chengguan.id,
      managerRegionId: county.id,
      managerOrganisationId: null,
      managerName: '示范县',
      path: `/43/4399/439901/${first.id}/`,
      schoolKind: 'complete_primary',
      stages: ['primary'],
      setting: 'urban',
      tier: 'strong',
      boarding: false,
      studentCount: 1200,
      classCount: 24,
      teacherCount: 60,
      subjectTeacherCount: 12,
      shortageSubjects: ['music', 'art'],
      fullCurriculum: true,
      address: '示范县城关镇人民路 1 号',
      contactName: '王老师',
      contactPhone: '138****8000',
      version: 1,
    });
    const central = await school('4399010002');
    expect(central).toMatchObject({
      regionId: qingshan.id,
      managerRegionId: county.id,
      path: `/43/4399/439901/${central.id}/`,
      stages: ['primary', 'junior'],
      shortageSubjects: [],
      boarding: true,
      schoolKind: 'nine_year',
    });
    const baiyan = await school('4399010003');
    expect(baiyan).toMatchObject({
      managerOrganisationId: central.id,
      managerRegionId: null,
      managerName: '青山乡中心学校',
      path: `${central.path}${baiyan.id}/`,
      schoolKind: 'teaching_point',
      shortageSubjects: ['english', 'music'],
      contactPhone: '0735-1234567',
    });
    const shimen = await school('4399010004');
    expect(shimen).toMatchObject({ managerOrganisationId: central.id, path: `${central.path}${shimen.id}/` });
    expect((central.managed as { code: string }[]).map((o) => o.code)).toEqual(['4399010003', '4399010004']);

    // pinyin keys: the list finds them by initials
    const byInitials = await officer.get('/api/directory/organisations?q=sfxdyxx').expect(200);
    expect(byInitials.body.items.map((s: School) => s.code)).toEqual(['4399010001']);
    // one audit record for the job, naming the schools
    const audits = await app.dataSource.manager.findBy(AuditEntry, { action: 'import.applied', entityId: done.id });
    expect(audits).toHaveLength(1);
    expect([...(audits[0]!.bulk as { ids: string[] }).ids].sort()).toEqual([first.id, baiyan.id, central.id, shimen.id].sort());
  });

  it('imports a CSV (GBK, as Excel saves it)', async () => {
    const csv = csvOf(
      [
        ['学校代码', '学校名称', '乡镇', '学段', '办学层次', '联系电话'],
        ['4399010101', '城关镇第二小学', '城关镇', '小学', '一般', '0735-7654321'],
        ['4399010102', '城关镇中学', '439901100', '初中', '优质', '13900139000'],
      ],
      'gbk',
    );
    const done = await preview(officer, csv, '学校.csv');
    expect(done).toMatchObject({ status: 'ready', headerRow: 1, counts: { total: 2, valid: 2, toCreate: 2 } });
    await officer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'all' }).expect(200);
    expect(await school('4399010101')).toMatchObject({
      name: '城关镇第二小学',
      regionId: chengguan.id,
      stages: ['primary'],
      tier: 'ordinary',
      contactPhone: '0735-7654321',
    });
    expect(await school('4399010102')).toMatchObject({ name: '城关镇中学', stages: ['junior'], tier: 'strong', contactPhone: '139****9000' });
  });

  describe('rows with errors', () => {
    let jobId: string;

    it('shows each error with its row number, column and a zh-CN message', async () => {
      const file = await xlsxOf([
        ['学校名单'],
        HEADERS,
        ['4399010201', '不存在乡小学', '桃花乡', '', '完全小学', '小学'],
        ['4399010202', '青山乡大学', '青山乡', '', '', '小学、大学'],
        ['4399010203', '青山乡电话小学', '青山乡', '', '', '小学', '', '', '', '', '', '', '', '', '', '', '', '138001380001234'],
        ['4399010204', '青山乡好小学', '青山乡', '', '', '小学', '乡村', '', '是'],
        ['4399010205', '', '青山乡', '', '', '', '', '', '也许', '很多'],
      ]);
      const done = await preview(officer, file, '有错的学校名单.xlsx');
      jobId = done.id;
      expect(done).toMatchObject({ status: 'ready', headerRow: 2, counts: { total: 5, valid: 1, invalid: 4, toCreate: 1 } });
      const errors = await rowsOf(officer, jobId, true);
      expect(errors.map((r) => [r.rowNumber, r.errors])).toEqual([
        [
          3,
          [
            {
              column: 'township',
              header: '所在乡镇',
              code: 'directory.import.school.unknownRegion',
              message: '找不到“桃花乡”：应为您管理范围内乡镇（或地区）的名称或代码',
            },
          ],
        ],
        [
          4,
          [
            {
              column: 'stages',
              header: '学段',
              code: 'directory.import.school.unknownWord',
              message: '“大学”不是可选的取值；可填：学前、小学、初中、高中、中职、特教',
            },
          ],
        ],
        [
          5,
          [
            {
              column: 'contactPhone',
              header: '联系电话',
              code: 'directory.contactPhone.format',
              message: '联系电话应为 11 位手机号，或固定电话（7–13 位数字和“-”）',
            },
          ],
        ],
        [
          7,
          [
            { column: 'name', header: '学校名称', code: 'validation.required', message: '必填' },
            { column: 'boarding', header: '是否寄宿', code: 'directory.import.school.yesNo', message: '应填“是”或“否”' },
            { column: 'studentCount', header: '学生数', code: 'directory.import.school.count', message: '应为 0 到 1000000 之间的整数' },
          ],
        ],
      ]);
      // the bad phone is masked in the preview too
      expect(errors[2]!.values.contactPhone).toBe('138**********34');
      // in English for a user who reads English
      await officer.patch('/api/auth/me', { locale: 'en' }).expect(200);
      try {
        const en = await rowsOf(officer, jobId, true);
        expect(en[1]!.errors[0]).toEqual({
          column: 'stages',
          header: 'Stages',
          code: 'directory.import.school.unknownWord',
          message: '"大学" is not an allowed value; use one of: 学前、小学、初中、高中、中职、特教',
        });
      } finally {
        await officer.patch('/api/auth/me', { locale: 'zh-CN' }).expect(200);
      }
    });

    it('refuses all-or-nothing and writes nothing', async () => {
      const before = await organisations();
      const res = await officer.post(`/api/imports/jobs/${jobId}/apply`, { mode: 'all' }).expect(422);
      expect(res.body).toMatchObject({ code: 'import.invalidRows', invalidRows: 4 });
      expect(await organisations()).toBe(before);
    });

    it('applies the good rows when asked to skip the bad ones', async () => {
      const res = await officer.post(`/api/imports/jobs/${jobId}/apply`, { mode: 'skipInvalid' }).expect(200);
      expect(res.body).toMatchObject({ status: 'applied', counts: { created: 1, updated: 0, skipped: 4 } });
      expect(await school('4399010204')).toMatchObject({ name: '青山乡好小学', regionId: qingshan.id, setting: 'rural', boarding: true });
      for (const code of ['4399010201', '4399010202', '4399010203', '4399010205']) expect(await countCode(code)).toBe(0);
    });
  });

  it('updates on re-import: no duplicates, the changed tier applied, blank cells kept', async () => {
    const before = await organisations();
    const firstBefore = await school('4399010001');
    // the same list with another tier for 第一小学 and its address left blank
    const done = await preview(officer, await xlsxOf(countyList('薄弱', '')), '示范县学校名单（更正）.xlsx');
    expect(done).toMatchObject({ status: 'ready', counts: { total: 4, valid: 4, toCreate: 0, toUpdate: 4 } });
    expect((await rowsOf(officer, done.id)).map((r) => r.action)).toEqual(['update', 'update', 'update', 'update']);
    const applied = await officer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'all' }).expect(200);
    expect(applied.body.counts).toMatchObject({ created: 0, updated: 4 });
    expect(await organisations()).toBe(before);
    for (const code of ['4399010001', '4399010002', '4399010003', '4399010004']) expect(await countCode(code)).toBe(1);
    const first = await school('4399010001');
    expect(first).toMatchObject({
      id: firstBefore.id,
      tier: 'weak',
      address: '示范县城关镇人民路 1 号',
      path: firstBefore.path,
      version: firstBefore.version + 1,
    });
    // an editor holding the old version gets a conflict
    await officer.patch(`/api/directory/organisations/${first.id}`, { name: '改名', version: firstBefore.version }).expect(409);
  });

  it('moves a school and what it manages when a re-import names another manager', async () => {
    const first = await school('4399010001');
    const central = await school('4399010002');
    const baiyan = await school('4399010003');
    const file = await xlsxOf([
      ['学校代码', '学校名称', '主管单位'],
      ['4399010002', '青山乡中心学校', '示范县第一小学'],
    ]);
    const done = await preview(officer, file, '调整主管.xlsx');
    expect(done).toMatchObject({ status: 'ready', counts: { valid: 1, toUpdate: 1 } });
    await officer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'all' }).expect(200);
    const moved = await school('4399010002');
    expect(moved).toMatchObject({
      managerOrganisationId: first.id,
      managerRegionId: null,
      path: `${first.path}${central.id}/`,
      regionId: qingshan.id,
      tier: 'ordinary',
    });
    expect((await school('4399010003')).path).toBe(`${first.path}${central.id}/${baiyan.id}/`);

    // and back under the county, by the county's name
    const back = await preview(
      officer,
      await xlsxOf([
        ['学校代码', '学校名称', '主管单位'],
        ['4399010002', '青山乡中心学校', '示范县'],
      ]),
      '调回.xlsx',
    );
    await officer.post(`/api/imports/jobs/${back.id}/apply`, { mode: 'all' }).expect(200);
    expect(await school('4399010002')).toMatchObject({ managerRegionId: county.id, managerOrganisationId: null, path: central.path });
    expect((await school('4399010003')).path).toBe(baiyan.path);

    // a school cannot be put under one it manages
    const cycle = await preview(
      officer,
      await xlsxOf([
        ['学校代码', '学校名称', '主管单位'],
        ['4399010002', '青山乡中心学校', '4399010003'],
      ]),
      '循环.xlsx',
    );
    expect((await rowsOf(officer, cycle.id, true))[0]!.errors).toEqual([
      { column: 'manager', header: '主管单位', code: 'directory.organisation.managerCycle', message: '不能由该单位自身或其下属单位来管理它' },
    ]);
  });

  it("never lets a bureau officer of another county update this county's schools", async () => {
    const before = await school('4399010001');
    const file = await xlsxOf([HEADERS, ['4399010001', '被改名的学校', '河口镇', '', '', '', '', '优质/示范']]);
    const done = await preview(otherOfficer, file, '邻县名单.xlsx');
    expect(done).toMatchObject({ status: 'ready', counts: { total: 1, valid: 0, invalid: 1, toUpdate: 0 } });
    const [row] = await rowsOf(otherOfficer, done.id);
    expect(row).toMatchObject({ valid: false, action: null });
    expect(row!.errors).toEqual([
      {
        column: 'code',
        header: '学校代码',
        code: 'directory.import.outOfScope',
        message: '代码“4399010001”已属于您管理范围以外的单位「示范县第一小学」，不能通过导入修改',
      },
    ]);
    await otherOfficer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'all' }).expect(422);
    const skipped = await otherOfficer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'skipInvalid' }).expect(200);
    expect(skipped.body.counts).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    expect(await school('4399010001')).toMatchObject({ name: '示范县第一小学', tier: before.tier, version: before.version });
    // and this county's townships are not theirs to put schools in
    const township = await preview(otherOfficer, await xlsxOf([HEADERS, ['4399020901', '河口镇小学', '城关镇']]), '邻县名单2.xlsx');
    expect((await rowsOf(otherOfficer, township.id))[0]!.errors.map((e) => e.code)).toEqual(['directory.import.school.unknownRegion']);
  });

  it('puts a city-run school under the city, for a city officer only', async () => {
    const rows = [HEADERS, ['4399000001', '示范市实验中学', '城关镇', '示范市', '完全中学', '初中、高中']];
    const county = await preview(officer, await xlsxOf(rows), '市直.xlsx');
    expect((await rowsOf(officer, county.id))[0]!.errors).toEqual([
      { column: 'manager', header: '主管单位', code: 'directory.import.school.managerOutOfScope', message: '主管单位“示范市”不在您的管理范围内' },
    ]);
    const done = await preview(cityOfficer, await xlsxOf(rows), '市直.xlsx');
    expect(done.counts).toMatchObject({ valid: 1, toCreate: 1 });
    await cityOfficer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'all' }).expect(200);
    const cityRun = await school('4399000001', cityOfficer);
    expect(cityRun).toMatchObject({ managerRegionId: city.id, regionId: chengguan.id, path: `/43/4399/${cityRun.id}/`, stages: ['junior', 'senior'] });
  });

  describe('managers that cannot be resolved', () => {
    it('rejects a teaching point whose manager row above it has errors', async () => {
      const file = await xlsxOf([HEADERS, ['4399010301', '', '青山乡'], ['4399010302', '青山乡新村教学点', '青山乡', '4399010301']]);
      const done = await preview(officer, file, '中心校有误.xlsx');
      const errors = await rowsOf(officer, done.id, true);
      expect(errors.map((r) => [r.rowNumber, r.errors.map((e) => e.code)])).toEqual([
        [2, ['validation.required']],
        [3, ['directory.import.school.managerRowInvalid']],
      ]);
    });

    it('shows in the preview a manager that is neither stored nor anywhere in the file, and imports nothing of that row', async () => {
      const before = await organisations();
      const file = await xlsxOf([HEADERS, ['4399010401', '青山乡甲小学', '青山乡'], ['4399010402', '青山乡乙教学点', '青山乡', '4399019999']]);
      const done = await preview(officer, file, '主管不存在.xlsx');
      // only the end of the file could tell: the manager might have been a school further down
      expect(done.counts).toMatchObject({ valid: 1, invalid: 1, toCreate: 1 });
      const errors = await rowsOf(officer, done.id, true);
      expect(errors.map((r) => [r.rowNumber, r.errors])).toEqual([
        [3, [expect.objectContaining({ column: 'manager', code: 'directory.import.school.managerNotFound', message: '主管单位“4399019999”找不到：系统和本文件中都没有这个学校或地区' })]],
      ]);
      const res = await officer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'all' }).expect(422);
      expect(res.body).toMatchObject({ code: 'import.invalidRows', invalidRows: 1 });
      expect(await organisations()).toBe(before);
      await officer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'skipInvalid' }).expect(200);
      expect(await countCode('4399010401')).toBe(1);
      expect(await countCode('4399010402')).toBe(0);
    });

    it('shows in the preview a teaching point whose central school further down has errors', async () => {
      const file = await xlsxOf([HEADERS, ['4399010502', '青山乡丙教学点', '青山乡', '4399010501'], ['4399010501', '青山乡丙中心校', '桃花乡']]);
      const done = await preview(officer, file, '中心校有误在后.xlsx');
      expect({ status: done.status, failure: done.failure }).toEqual({ status: 'ready', failure: null });
      expect(done.counts).toMatchObject({ valid: 0, invalid: 2, toCreate: 0 });
      const errors = await rowsOf(officer, done.id, true);
      expect(errors.map((r) => [r.rowNumber, r.errors.map((e) => e.code)])).toEqual([
        [2, ['directory.import.school.managerRowInvalid']],
        [3, [expect.stringMatching(/^directory\./)]],
      ]);
    });

    it('shows in the preview two schools of the file that manage each other, and a school under them', async () => {
      const before = await organisations();
      const file = await xlsxOf([
        HEADERS,
        ['4399010603', '青山乡己教学点', '青山乡', '4399010601'],
        ['4399010601', '青山乡丁校', '青山乡', '4399010602'],
        ['4399010602', '青山乡戊校', '青山乡', '青山乡丁校'],
      ]);
      const done = await preview(officer, file, '互相管理.xlsx');
      expect(done.counts).toMatchObject({ valid: 0, invalid: 3 });
      const errors = await rowsOf(officer, done.id, true);
      expect(errors.map((r) => [r.rowNumber, r.errors.map((e) => e.code)])).toEqual([
        [2, ['directory.import.school.managerRowInvalid']],
        [3, ['directory.import.school.managerCircle']],
        [4, ['directory.import.school.managerCircle']],
      ]);
      expect(errors[1]!.errors[0]!.message).toBe('主管单位“4399010602”与本校在本文件中互相管理，形成了循环');
      await officer.post(`/api/imports/jobs/${done.id}/apply`, { mode: 'all' }).expect(422);
      expect(await organisations()).toBe(before);
    });
  });

  it('needs directory.organisations.manage', async () => {
    const own = await app.createOrganisation({ code: '4399010999', region: chengguan, managerRegion: county });
    const principal = await app.signInAs([{ role: 'principal', organisationId: own.id }]);
    await principal.get(`/api/imports/${IMPORTER}/template?format=xlsx`).expect(403);
    await upload(principal, IMPORTER, await xlsxOf([HEADERS]), 'x.xlsx').expect(403);
  });
});
