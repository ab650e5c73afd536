import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { idChecksum } from '@schoolbridge/shared';
import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { apiSession } from '../support/api.js';
import { expectPageTitle, signIn } from '../support/app.js';
import { DESKTOP, screenshot, useBrowser } from '../support/browser.js';

const OFFICER = 'county.officer';
const OFFICER_FIRST_PASSWORD = 'Officer-first-2026';
const OFFICER_PASSWORD = 'Officer-pass-2026';

/** A valid ID number of the fictional demo county. */
function idNumber(birth: string, seq: string): string {
  const first17 = `439901${birth}${seq}`;
  return first17 + idChecksum(first17);
}

const NEW_TEACHERS = [
  ['欧阳明远', idNumber('19880315', '271'), '语文'],
  ['欧阳静怡', idNumber('19910620', '382'), '数学'],
  ['诸葛文', idNumber('19930101', '493'), '英语'],
] as const;

/** The teachers sheet as a school keeps it: a title row, the header, three teachers, a note. */
async function teacherSheet(dir: string, name: string, badChecksum: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('教师');
  ws.addRow(['青山乡中心小学 2026 年秋季新进教师名册']);
  ws.addRow(['序号', '姓名', '身份证号码', '任教学科', '人事关系学校', '入职时间']);
  NEW_TEACHERS.forEach(([teacher, id, subject], i) => {
    // the second teacher's number mistyped in its last character
    const number = badChecksum && i === 1 ? id.slice(0, 17) + (id.endsWith('1') ? '2' : '1') : id;
    ws.addRow([i + 1, teacher, number, subject, '青山乡中心小学', '2026-09-01']);
  });
  ws.getColumn(3).numFmt = '@';
  ws.addRow([]);
  ws.addRow(['注：证件号码请设置为文本格式。']);
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

/**
 * A county officer loads the new teachers of a school from the sheet the school sent: finds the
 * school by township, imports the sheet, sees the row with a wrong ID number, fixes the sheet,
 * imports it, and finds the new teachers by their pinyin initials.
 */
describe('county officer imports teachers', () => {
  const s = useBrowser(DESKTOP);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'schoolbridge-journey-'));

  it('signs in as the county officer', async () => {
    const admin = await apiSession(s.baseURL);
    const county = (await admin.request('GET', '/api/regions/439901')) as { id: string };
    await admin.request('POST', '/api/users', {
      username: OFFICER,
      displayName: '县教育局 周科长',
      initialPassword: OFFICER_FIRST_PASSWORD,
      assignments: [{ role: 'bureau_officer', regionId: county.id }],
    });
    await admin.close();
    // The officer's first sign-in asks for a new password; done here outside the browser.
    const first = await apiSession(s.baseURL, OFFICER, OFFICER_FIRST_PASSWORD);
    await first.request('POST', '/api/auth/password', { currentPassword: OFFICER_FIRST_PASSWORD, newPassword: OFFICER_PASSWORD });

    const { page } = s;
    await page.goto('/directory/schools');
    await signIn(page, OFFICER, OFFICER_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/directory/schools');
    await expectPageTitle(page, '学校');
  });

  it('filters the schools by township', async () => {
    const { page } = s;
    // the county's schools, by pinyin: 白沙镇… come first
    await page.getByRole('link', { name: '白沙镇中心学校', exact: true }).waitFor();
    await page.getByLabel('乡镇').click();
    // antd draws the visible options itself (its ARIA listbox is a hidden copy)
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '青山乡' }).click();
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL((url) => url.searchParams.has('regionId'));
    await page.getByRole('link', { name: '青山乡中心小学', exact: true }).waitFor();
    await page.getByRole('link', { name: '白沙镇中心学校', exact: true }).waitFor({ state: 'detached' });
    const townships = await page.locator('tbody tr.ant-table-row td:nth-child(3)').allTextContents();
    expect(townships.length).toBeGreaterThan(0);
    expect(new Set(townships.map((t) => t.trim()))).toEqual(new Set(['青山乡']));
    await screenshot(page, 'directory-01-schools-by-township');
    await checkA11y(page, 'schools filtered by township');
  });

  it('opens the school and its teachers', async () => {
    const { page } = s;
    await page.getByRole('link', { name: '青山乡中心小学', exact: true }).click();
    await expectPageTitle(page, '青山乡中心小学');
    await page.getByRole('tab', { name: '教师' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'teachers');
    await page.getByRole('button', { name: /导\s*入/ }).waitFor();
    await screenshot(page, 'directory-02-school-teachers');
    await checkA11y(page, 'school detail, teachers tab');
  });

  it('imports the sheet with one bad row and sees the error', async () => {
    const { page } = s;
    const file = await teacherSheet(dir, '新进教师-有误.xlsx', true);
    await page.getByRole('button', { name: /导\s*入/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('下载 Excel 模板（.xlsx）').waitFor();
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByTestId('import-counts').waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId('import-counts').textContent()).toBe('共 3 行，可导入 2 行（新增 2，更新 0），有错误 1 行');
    const errorRow = dialog.getByRole('row').filter({ hasText: '证件号码校验位不对' });
    await errorRow.waitFor();
    expect(await errorRow.textContent()).toContain('4'); // the sheet's row 4: the title, the header, then teacher 2
    await screenshot(page, 'directory-03-import-error');
    await checkA11y(page, 'import wizard with a row error', { include: '.ant-modal' });
    // Nothing imported yet; the officer closes the wizard to fix the sheet.
    await dialog.getByRole('button', { name: /关\s*闭/ }).first().click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('imports the fixed sheet', async () => {
    const { page } = s;
    const file = await teacherSheet(dir, '新进教师.xlsx', false);
    await page.getByRole('button', { name: /导\s*入/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByTestId('import-counts').waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId('import-counts').textContent()).toBe('共 3 行，可导入 3 行（新增 3，更新 0），有错误 0 行');
    await dialog.getByRole('button', { name: /下一步/ }).click();
    await dialog.getByText('全部无误才导入').click();
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText('导入完成：新增 3 行，更新 0 行，跳过 0 行').waitFor({ timeout: 60_000 });
    await screenshot(page, 'directory-04-import-done');
    await dialog.getByRole('button', { name: /完\s*成|关\s*闭/ }).first().click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('finds the new teachers by pinyin initials', async () => {
    const { page } = s;
    await page.getByTestId('side-nav').getByRole('link', { name: '教师', exact: true }).click();
    await expectPageTitle(page, '教师');
    const search = page.getByPlaceholder('名称、拼音或拼音首字母');
    await search.fill('oym');
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'oym');
    await page.getByRole('link', { name: '欧阳明远', exact: true }).waitFor();
    const names = await page.locator('tbody tr.ant-table-row td:nth-child(2)').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(['欧阳明远']);
    const row = page.getByRole('row').filter({ hasText: '欧阳明远' });
    expect(await row.textContent()).toContain('青山乡中心小学');
    // The ID number is masked in the list.
    expect(await row.textContent()).toContain(`439***********${NEW_TEACHERS[0][1].slice(-4)}`);
    await search.fill('zgw');
    await search.press('Enter');
    await page.getByRole('link', { name: '诸葛文', exact: true }).waitFor();
    await screenshot(page, 'directory-05-found-by-initials');
    await checkA11y(page, 'teachers found by pinyin initials');
  });
});
