import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { apiSession } from '../support/api.js';
import { expectPageTitle, fitsWidth, signIn } from '../support/app.js';
import { PHONE, screenshot, useBrowser } from '../support/browser.js';

const INSPECTOR = 'inspector.journey';
const INSPECTOR_FIRST_PASSWORD = 'Inspector-first-2026';
const INSPECTOR_PASSWORD = 'Inspector-pass-2026';
const LIAISON = 'liaison.journey';
const LIAISON_FIRST_PASSWORD = 'Liaison-first-2026';
const LIAISON_PASSWORD = 'Liaison-pass-2026';
const SCHOOL = '旅程食安实验小学';
const CANTEEN = '旅程食安实验小学食堂';
const AUTHORITY = '示范县市场监督管理局旅程餐饮服务监督所';
const PREFIX = '旅程监餐意';
/** A tiny PNG, as a phone's camera would hand over a photo. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

type Api = Awaited<ReturnType<typeof apiSession>>;
interface Page1<T> {
  items: T[];
}
interface TemplateRow {
  id: string;
  code: string;
}

async function phonePage(s: ReturnType<typeof useBrowser>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await s.browser.newContext({ ...PHONE, baseURL: s.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return { context, page: await context.newPage() };
}

async function expectFitsPhone(page: Page): Promise<void> {
  const { scrollWidth } = await fitsWidth(page);
  expect(scrollWidth).toBeLessThanOrEqual(390);
}

/**
 * An inspector inspects a school canteen on a phone, fails two items and issues the opinion letter;
 * the school's liaison uploads evidence for both items from a phone; the inspector accepts them and
 * closes the rectification notice (销号).
 */
describe('a canteen inspection on a phone, from the kitchen to 销号', () => {
  const s = useBrowser();
  let inspector: { context: BrowserContext; page: Page };
  let noticePath = '';
  let letterNumber = '';
  let canteenId = '';

  it('sets up a school with its canteen, the inspector, the school’s liaison and an issuing authority', async () => {
    const admin: Api = await apiSession(s.baseURL);
    const county = (await admin.request('GET', '/api/regions/439901')) as { id: string };
    const townships = (await admin.request('GET', `/api/directory/regions?parentId=${county.id}&kind=township&pageSize=200`)) as Page1<{ id: string }>;
    const school = (await admin.request('POST', '/api/directory/organisations', {
      code: '4399019902',
      name: SCHOOL,
      kind: 'school',
      regionId: townships.items[0]!.id,
    })) as { id: string };
    await admin.request('POST', '/api/users', {
      username: INSPECTOR,
      displayName: '王建国',
      initialPassword: INSPECTOR_FIRST_PASSWORD,
      assignments: [{ role: 'inspector', scopeKind: 'region', regionId: county.id }],
    });
    await admin.request('POST', '/api/users', {
      username: LIAISON,
      displayName: '李晓燕',
      initialPassword: LIAISON_FIRST_PASSWORD,
      assignments: [{ role: 'school_coordinator', scopeKind: 'organisation', organisationId: school.id }],
    });
    const canteen = (await admin.request('POST', '/api/food-safety/canteens', {
      kind: 'canteen',
      name: CANTEEN,
      schoolId: school.id,
      operator: 'selfRun',
      licenceNo: 'JY34399010012345',
      licenceExpiresOn: '2028-06-30',
      hasSampleFridge: true,
      hasDisinfection: true,
      hasPestProofing: true,
    })) as { id: string };
    canteenId = canteen.id;
    await admin.request('POST', '/api/food-safety/authorities', { name: AUTHORITY, numberPrefix: PREFIX, regionId: county.id });
    await admin.close();
    for (const [user, first, next] of [
      [INSPECTOR, INSPECTOR_FIRST_PASSWORD, INSPECTOR_PASSWORD],
      [LIAISON, LIAISON_FIRST_PASSWORD, LIAISON_PASSWORD],
    ] as const) {
      const session = await apiSession(s.baseURL, user, first);
      await session.request('POST', '/api/auth/password', { currentPassword: first, newPassword: next });
      await session.close();
    }
  });

  it('the inspector starts a routine inspection of the canteen on a phone', async () => {
    inspector = await phonePage(s);
    const { page } = inspector;
    await page.goto(`/food-safety/inspections/new?canteenId=${canteenId}`);
    await signIn(page, INSPECTOR, INSPECTOR_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/food-safety/inspections/new');
    const api: Api = await apiSession(s.baseURL, INSPECTOR, INSPECTOR_PASSWORD);
    const templates = (await api.request('GET', '/api/food-safety/templates?purpose=inspection')) as Page1<TemplateRow & { name: string }>;
    await api.close();
    const template = templates.items.find((t) => t.code === 'school-canteen')!;
    const select = page.getByLabel('检查表', { exact: true });
    await select.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: template.name }).first().click();
    await screenshot(page, 'food-safety-01-new-inspection');
    await checkA11y(page, 'new inspection on a phone');
    await page
      .getByRole('button', { name: /开始检查|创\s*建|下一步/ })
      .first()
      .click();
    await page.waitForURL((url) => /^\/food-safety\/inspections\/[0-9a-f-]{36}\/fill$/.test(url.pathname));
    await page.getByTestId('inspection-form').waitFor();
    await expectFitsPhone(page);
  });

  it('names the officers present: the inspector and a colleague from another agency without an account', async () => {
    const { page } = inspector;
    const team = page.getByTestId('team-step');
    if (!(await team.getByText('王建国').first().isVisible())) {
      const pick = team.getByLabel('选择有账号的人员');
      await pick.click();
      await pick.fill('wjg');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '王建国' }).first().click();
    }
    await team.getByRole('button', { name: /添加其他单位人员/ }).click();
    await team.getByLabel('姓名', { exact: true }).last().fill('赵卫东');
    await team.getByLabel('单位', { exact: true }).last().fill('示范县市场监督管理局');
    await checkA11y(page, 'officers present on a phone');
  });

  it('fails two items with notes and a photo, answers the rest, and issues the letter', async () => {
    const { page } = inspector;
    await page.getByRole('button', { name: /下一步/ }).click();
    // the first area: two of its items fail, the rest are fine
    const area = page.locator('section[data-testid^="area-"]');
    await area.waitFor();
    const items = area.locator('[data-testid^="item-"]');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    for (const [i, note] of [
      [0, '食品经营许可证已于上月过期，未办理延续'],
      [1, '许可证未在醒目位置悬挂'],
    ] as const) {
      const item = items.nth(i);
      await item.getByText('不符合', { exact: true }).click();
      await item.getByLabel('问题描述').fill(note);
    }
    await items.nth(0).getByLabel('拍照', { exact: true }).setInputFiles({ name: 'licence.png', mimeType: 'image/png', buffer: PHOTO });
    await items.nth(0).getByRole('list', { name: '现场照片' }).getByRole('listitem').first().waitFor();
    await page.getByRole('button', { name: /其余 \d+ 项均符合/ }).click();
    await screenshot(page, 'food-safety-02-failed-items');
    await checkA11y(page, 'an area with two failed items on a phone');
    // every other area: all fine
    for (;;) {
      await page.getByRole('button', { name: /下一步/ }).click();
      if (await page.getByTestId('submit-step').isVisible()) break;
      await page.getByRole('button', { name: /其余 \d+ 项均符合/ }).click();
    }
    const submit = page.getByTestId('submit-step');
    const authority = submit.getByLabel(/签发机关/);
    await authority.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: AUTHORITY }).first().click();
    await submit.getByLabel('整改截止日期').fill('2026-12-07');
    await screenshot(page, 'food-safety-03-review');
    await checkA11y(page, 'review before submitting on a phone');
    await page
      .getByRole('button', { name: /提\s*交$/ })
      .first()
      .click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认提交检查结果' });
    await expect.poll(() => confirm.textContent()).toContain('不符合 2 项');
    await confirm.getByRole('button', { name: /确认提交/ }).click();
    await page.waitForURL((url) => /\/food-safety\/inspections\/[0-9a-f-]{36}\/result$/.test(url.pathname));
    const number = page.getByText(new RegExp(`${PREFIX}〔2026〕第\\d+号`)).first();
    await number.waitFor();
    letterNumber = (await number.textContent())!.match(new RegExp(`${PREFIX}〔2026〕第\\d+号`))![0];
    await expectFitsPhone(page);
    await screenshot(page, 'food-safety-04-letter-issued');
    await checkA11y(page, 'inspection result with the letter on a phone');
    // the letter is a PDF with its number in it
    const href = await page.getByRole('link', { name: /下载意见书 PDF/ }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page
      .getByRole('link', { name: /查看整改通知/ })
      .or(page.getByRole('button', { name: /查看整改通知/ }))
      .first()
      .click();
    await page.waitForURL((url) => /^\/food-safety\/notices\/[0-9a-f-]{36}$/.test(url.pathname));
    noticePath = new URL(page.url()).pathname;
  });

  it('the school’s liaison submits evidence for both items from a phone', async () => {
    const liaison = await phonePage(s);
    const { page } = liaison;
    await page.goto('/food-safety/notices');
    await signIn(page, LIAISON, LIAISON_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/food-safety/notices');
    await page
      .getByRole('link', { name: new RegExp(letterNumber.replace(/[〔〕]/g, '.')) })
      .or(page.getByRole('link', { name: CANTEEN }))
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === noticePath);
    await expectPageTitle(page, /整改/);
    for (const note of ['已取得延续后的食品经营许可证', '许可证已在售饭窗口上方醒目位置悬挂']) {
      await page
        .getByRole('button', { name: /提交整改材料/ })
        .first()
        .click();
      await page.getByLabel('整改情况').fill(note);
      await page.getByTestId('evidence-camera').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: PHOTO });
      await page.getByLabel('已添加的材料').getByText('after.png').first().waitFor();
      await page
        .getByRole('button', { name: /提\s*交$/ })
        .first()
        .click();
      await page.getByText(note).first().waitFor();
    }
    await expectFitsPhone(page);
    await screenshot(page, 'food-safety-05-evidence-submitted');
    await checkA11y(page, 'notice with evidence submitted on a phone');
    await liaison.context.close();
  });

  it('the inspector accepts both items and closes the notice (销号)', async () => {
    const { page } = inspector;
    await page.goto(noticePath);
    for (let i = 0; i < 2; i++) {
      await page
        .getByRole('button', { name: /通\s*过$/ })
        .first()
        .click();
      await expect.poll(async () => page.getByRole('button', { name: /通\s*过$/ }).count()).toBe(1 - i);
    }
    await page
      .getByRole('button', { name: /销\s*号/ })
      .first()
      .click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: /销\s*号/ }).click();
    await page.getByText('已销号').first().waitFor();
    await expectFitsPhone(page);
    await screenshot(page, 'food-safety-06-closed');
    await checkA11y(page, 'notice closed on a phone');
    await inspector.context.close();
  });
});
