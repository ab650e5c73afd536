import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { createTestApp, type TestApp, type TestClient } from '../../../src/testing/index.js';
import { importFixturePlugin, ImportFixtureMember } from '../../fixtures/import-fixture/index.js';
import { binary, XLSX_TYPE } from '../imports/helpers.js';

const COUNT = 1_234; // several pages of 200

describe('exports: a filtered list as xlsx and csv', () => {
  let app: TestApp;
  let officer: TestClient;

  beforeAll(async () => {
    app = await createTestApp({ plugins: [importFixturePlugin], env: { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined } });
    const county = await app.createRegion({ code: '439901' });
    officer = await app.signInAs([{ role: 'bureau_officer', regionId: county.id }]);
    const now = app.clock.now();
    const rows = Array.from({ length: COUNT }, (_, i) => ({
      id: newId(),
      code: `G${String(i + 1).padStart(5, '0')}`,
      name: i % 2 === 0 ? `张${i + 1}` : `李${i + 1}`,
      regionPath: county.path,
      birthDate: null,
      idNumber: i === 0 ? '430102201001010011' : null,
      persons: i,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += 200) await app.dataSource.manager.insert(ImportFixtureMember, rows.slice(i, i + 200));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('streams every row as xlsx with zh-CN headers, masked ID numbers and a UTF-8 file name', async () => {
    const res = await officer.get('/api/import-fixture/members/export?format=xlsx').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent('名册.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.body as Buffer).buffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(COUNT + 1);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['学籍号', '姓名', '身份证号', '人数']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['G00001', '张1', '430***********0011', 0]);
    expect(sheet.getRow(COUNT + 1).getCell(1).value).toBe(`G${String(COUNT).padStart(5, '0')}`);
  });

  it('applies the list filters and writes CSV in UTF-8 with a BOM, headers in the caller\'s language', async () => {
    const res = await officer.get(`/api/import-fixture/members/export?format=csv&q=${encodeURIComponent('李')}`).set('Accept-Language', 'en').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''members.csv");
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Registry number,Name,ID number,Persons');
    expect(lines).toHaveLength(COUNT / 2 + 1);
    expect(lines[1]).toBe('G00002,李2,,1');
    expect(lines.slice(1).every((l) => l.split(',')[1]!.startsWith('李'))).toBe(true);
  });

  it('refuses an unknown format', async () => {
    const res = await officer.get('/api/import-fixture/members/export?format=xls').expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'format', code: 'validation.isIn' });
  });
});
