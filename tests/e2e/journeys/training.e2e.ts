import ExcelJS from 'exceljs';
import { idChecksum } from '@schoolbridge/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { apiSession } from '../support/api.js';
import { expectPageTitle, fitsWidth, signIn } from '../support/app.js';
import { PHONE, screenshot, useBrowser } from '../support/browser.js';
import { ADMIN_PASSWORD, ADMIN_USERNAME } from '../support/constants.js';

const COORDINATOR = 'centre.journey';
const COORDINATOR_FIRST_PASSWORD = 'Centre-first-2026';
const COORDINATOR_PASSWORD = 'Centre-pass-2026';
const TEACHER_PASSWORD = 'Teacher-pass-2026';
const SCHOOL = '旅程实验小学';
const PROGRAMME = '2026年示范县送培到校（旅程）';
const EXPERT = '司马光明';
const TITLE = '送培到校·旅程实验小学语文';
/** The journeys' "now" is Monday 2026-11-23 09:00: the week's team arrived on Sunday 2026-11-22. */
const SUNDAY = '2026-11-22';

type Api = Awaited<ReturnType<typeof apiSession>>;
interface Page1<T> {
  items: T[];
}

/** A valid ID number of the fictional demo county. */
function idNumber(birth: string, seq: string): string {
  const first17 = `439901${birth}${seq}`;
  return first17 + idChecksum(first17);
}

/** Opens an antd select by its label, types to filter, and picks the option showing `text`. */
async function pick(page: Page, label: string, search: string, text: string | RegExp): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  await select.click();
  await select.fill(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/**
 * A training-centre coordinator plans a 送培到校 week from the template and publishes it; a teacher
 * enrols from their phone; the coordinator shows the rotating check-in code on the 签到屏, and the
 * teacher checks in with it on the phone.
 */
describe('a send-training-to-school week, from plan to check-in', () => {
  const s = useBrowser();
  let phone: BrowserContext;
  let teacherPage: Page;
  let teacherUsername = '';
  let sessionId = '';

  it('sets up the centre coordinator, a school with a teacher account, an expert and a programme', async () => {
    const admin: Api = await apiSession(s.baseURL);
    const county = (await admin.request('GET', '/api/regions/439901')) as { id: string };
    const townships = (await admin.request('GET', `/api/directory/regions?parentId=${county.id}&kind=township&pageSize=200`)) as Page1<{ id: string }>;
    const centre = ((await admin.request('GET', '/api/directory/organisations?kind=training_centre&pageSize=200')) as Page1<{ id: string }>).items[0]!;
    await admin.request('POST', '/api/users', {
      username: COORDINATOR,
      displayName: '县教师发展中心 欧阳老师',
      initialPassword: COORDINATOR_FIRST_PASSWORD,
      assignments: [
        { role: 'centre_coordinator', scopeKind: 'organisation', organisationId: centre.id },
        { role: 'centre_coordinator', scopeKind: 'region', regionId: county.id },
      ],
    });
    // a school of its own, so the demo term's bookings never clash with the journey's week
    const school = (await admin.request('POST', '/api/directory/organisations', { code: '4399019901', name: SCHOOL, kind: 'school', regionId: townships.items[0]!.id })) as { id: string };
    const teacher = (await admin.request('POST', '/api/directory/teachers', { name: '诸葛晓雯', idNumber: idNumber('19920406', '628'), schoolId: school.id })) as { id: string };
    const res = await fetch(`${s.baseURL}/api/directory/teachers/accounts`, {
      method: 'POST',
      headers: { ...(await sessionHeaders(s.baseURL)), 'content-type': 'application/json' },
      body: JSON.stringify({ teacherIds: [teacher.id], usernameRule: 'pinyin' }),
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const row = wb.worksheets[0]!.getRow(4);
    teacherUsername = String(row.getCell(4).value);
    const oneTime = String(row.getCell(5).value);
    await (await apiSession(s.baseURL, teacherUsername, oneTime)).request('POST', '/api/auth/password', { currentPassword: oneTime, newPassword: TEACHER_PASSWORD });
    await admin.request('POST', '/api/training/experts', { name: EXPERT, tier: 'province', ownerOrganisationId: centre.id, unitName: '湖南第一师范学院' });
    await admin.request('POST', '/api/training/programmes', {
      name: PROGRAMME,
      level: 'county',
      type: 'toSchool',
      ownerOrganisationId: centre.id,
      startsOn: '2026-09-01',
      endsOn: '2027-01-31',
      audiences: ['all'],
    });
    await admin.close();
    const first = await apiSession(s.baseURL, COORDINATOR, COORDINATOR_FIRST_PASSWORD);
    await first.request('POST', '/api/auth/password', { currentPassword: COORDINATOR_FIRST_PASSWORD, newPassword: COORDINATOR_PASSWORD });
  });

  it('the coordinator lays out the week from the 送培到校 template', async () => {
    const { page } = s;
    await page.goto('/training/sessions/new');
    await signIn(page, COORDINATOR, COORDINATOR_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/training/sessions/new');
    await expectPageTitle(page, '新建班次');
    await pick(page, '培训项目', '旅程', PROGRAMME);
    await page.getByLabel('班次名称', { exact: true }).fill(TITLE);
    await pick(page, '送培学校（场地）', '旅程', SCHOOL);
    await page.getByLabel('学时', { exact: true }).fill('30');
    await page.getByLabel('名额', { exact: true }).fill('40');
    await page.getByRole('button', { name: '从模板生成' }).click();
    const dialog = page.getByRole('dialog');
    const sunday = dialog.getByLabel('专家组报到日（周日）');
    await sunday.click();
    await sunday.fill(SUNDAY);
    await sunday.press('Enter');
    await dialog.getByRole('button', { name: '生 成' }).or(dialog.getByRole('button', { name: '生成' })).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('slot-count').textContent()).toContain('学员签到半天 10 个');
    await pick(page, '送培组长', 'smgm', EXPERT);
    await screenshot(page, 'training-01-editor-from-template');
    await checkA11y(page, 'session editor with the template laid out');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL((url) => /^\/training\/sessions\/[0-9a-f-]{36}$/.test(url.pathname));
    sessionId = new URL(page.url()).pathname.split('/').pop()!;
    await expectPageTitle(page, TITLE);
  });

  it('publishes it', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /发\s*布/ }).first().click();
    const confirm = page.getByRole('dialog').filter({ hasText: `发布「${TITLE}」？` });
    await confirm.getByRole('button', { name: /发\s*布|确\s*定/ }).click();
    await confirm.waitFor({ state: 'hidden' });
    // on its days a published week reads as running
    await page.getByText(/进行中|已发布/).first().waitFor();
    await screenshot(page, 'training-02-published');
    await checkA11y(page, 'session detail after publishing');
  });

  it('a teacher enrols from their phone', async () => {
    phone = await s.browser.newContext({ ...PHONE, baseURL: s.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    teacherPage = await phone.newPage();
    await teacherPage.goto('/training/my');
    await signIn(teacherPage, teacherUsername, TEACHER_PASSWORD);
    await teacherPage.waitForURL((url) => url.pathname === '/training/my');
    await teacherPage.getByRole('tab', { name: '可报名' }).click();
    await teacherPage.getByRole('button', { name: `报名「${TITLE}」` }).click();
    await teacherPage.getByTestId('enrol-outcome').filter({ hasText: `已报名「${TITLE}」` }).waitFor();
    const { scrollWidth } = await fitsWidth(teacherPage);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await screenshot(teacherPage, 'training-03-phone-enrolled');
    await checkA11y(teacherPage, 'teacher enrolled on a phone');
  });

  it('the coordinator shows the rotating check-in code for this morning', async () => {
    const { page } = s;
    await page.goto(`/training/sessions/${sessionId}?tab=attendance`);
    await page.getByRole('tab', { name: '考勤' }).click();
    await page.getByRole('link', { name: /2026-11-23.*签到屏/ }).or(page.getByRole('button', { name: /2026-11-23.*签到屏/ })).first().click();
    await page.waitForURL((url) => url.pathname === `/training/sessions/${sessionId}/check-in-screen`);
    await page.getByTestId('check-in-qr').waitFor();
    expect(await page.getByTestId('check-in-code').textContent()).toMatch(/\d{3}\s?\d{3}/);
    await screenshot(page, 'training-04-check-in-screen');
    await checkA11y(page, 'check-in screen');
  });

  it('the teacher checks in on the phone with the code the screen shows', async () => {
    const { page } = s;
    const url = new URL((await page.getByTestId('check-in-qr').getAttribute('data-url'))!, s.baseURL);
    expect(url.pathname).toBe('/check-in');
    await teacherPage.goto(`${url.pathname}${url.search}`);
    await teacherPage.getByTestId('check-in-confirm').waitFor();
    await teacherPage.getByRole('button', { name: '确认签到' }).click();
    const success = teacherPage.getByTestId('check-in-success');
    await success.waitFor();
    // 09:00 is more than 15 minutes after the 08:30 start
    expect(await success.textContent()).toMatch(/迟到|出勤/);
    const { scrollWidth } = await fitsWidth(teacherPage);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await screenshot(teacherPage, 'training-05-phone-checked-in');
    await checkA11y(teacherPage, 'teacher checked in on a phone');
    // the screen's count follows
    await page.getByTestId('check-in-live-count').filter({ hasText: '1' }).waitFor({ timeout: 30_000 });
    await phone.close();
  });
});

/** Cookie and CSRF headers of an administrator session, for a download the JSON helper cannot read. */
async function sessionHeaders(baseURL: string): Promise<Record<string, string>> {
  const login = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: ADMIN_USERNAME, password: ADMIN_PASSWORD }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': csrfToken };
}
