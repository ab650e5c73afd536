import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { expectPageTitle, navLabels, signIn, signOut, switchLanguage, waitForLoginPage } from '../support/app.js';
import { DESKTOP, screenshot, useBrowser } from '../support/browser.js';

/**
 * The administrator's first visit on a desktop (1280×800): signs in, reads the dashboard in
 * Chinese, switches to English, opens the figures and the notifications, signs out; signing in
 * again keeps English (remembered for the user, not the device), and back to Chinese.
 */
describe('administrator on a desktop', () => {
  const s = useBrowser(DESKTOP);

  it('signs in and sees the dashboard in Chinese', async () => {
    const { page } = s;
    await page.goto('/');
    await waitForLoginPage(page);
    await expectPageTitle(page, '教育帮扶管理平台');
    await page.getByLabel('用户名').waitFor();
    await page.getByLabel('密码', { exact: true }).waitFor();
    expect(await page.getByTestId('login-submit').textContent()).toMatch(/^登\s*录$/);
    await screenshot(page, 'admin-01-login-zh');
    await checkA11y(page, 'admin login (zh-CN)');

    await signIn(page);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await expectPageTitle(page, '首页')).toBe('首页');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await navLabels(page)).toEqual(expect.arrayContaining(['首页', '统计', '消息']));
    await expect(page.getByTestId('greeting').textContent()).resolves.toMatch(/^您好，/);
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    await page.getByText('未读消息').first().waitFor();
    expect(await page.getByTestId('lang-switch').textContent()).toContain('中文');
    await screenshot(page, 'admin-02-dashboard-zh');
    await checkA11y(page, 'admin dashboard (zh-CN)');
  });

  it('switches to English', async () => {
    const { page } = s;
    await switchLanguage(page, 'English', 'en');
    expect(await expectPageTitle(page, 'Home')).toBe('Home');
    expect(await navLabels(page)).toEqual(expect.arrayContaining(['Home', 'Figures', 'Notifications']));
    await expect(page.getByTestId('greeting').textContent()).resolves.toMatch(/^Hello, /);
    await page.getByRole('heading', { name: 'To-do list' }).waitFor();
    expect(await page.getByTestId('lang-switch').textContent()).toContain('English');
    // no Chinese left in the shell's own words
    expect(await page.getByTestId('side-nav').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'admin-03-dashboard-en');
    await checkA11y(page, 'admin dashboard (en)');
  });

  it('opens the figures page from the side nav', async () => {
    const { page } = s;
    await page.getByTestId('side-nav').getByRole('link', { name: 'Figures' }).click();
    await page.waitForURL((url) => url.pathname === '/figures');
    expect(await expectPageTitle(page, 'Figures')).toBe('Figures');
    await page.getByText('Region', { exact: true }).first().waitFor();
    await page.getByText('Period', { exact: true }).first().waitFor();
    const sections = page.getByTestId('section');
    const empty = page.getByText('No figures for this period yet', { exact: false });
    await sections.first().or(empty).waitFor();
    if (await sections.count()) {
      // every figure shows a value, and the section has a heading
      await sections.first().getByRole('heading').first().waitFor();
      const values = await sections.first().getByTestId('figure-value').allTextContents();
      expect(values.length).toBeGreaterThan(0);
      // counts of people carry their measure word (persons, never person-times for accounts)
      for (const v of values) expect(v.trim()).toMatch(/^[\d,]+(\.\d+)?\s*\S*/);
      // core contexts' sections (training, order 200) come before the platform's usage (9000)
      const accounts = page.locator('[data-section="platform.usage"] [data-testid="figure"][data-key="platform.usage.accounts"]');
      await expect(accounts.getByTestId('figure-value').textContent()).resolves.toMatch(/^\d[\d,]*\s*persons?$/);
      // a total whose parts add up is marked so, in words as well as colour
      await accounts.getByTestId('total-ok').filter({ hasText: 'Parts add up' }).waitFor();
      await expect(page.getByTestId('figures-export').isEnabled()).resolves.toBe(true);
    }
    await screenshot(page, 'admin-04-figures-en');
    await checkA11y(page, 'admin figures (en)');
  });

  it('opens the notifications from the bell, then the notifications page', async () => {
    const { page } = s;
    const inbox = await page.request.get('/api/notifications?page=1&pageSize=20');
    expect(inbox.ok()).toBe(true);
    const { total } = (await inbox.json()) as { total: number };

    await page.getByTestId('notifications-bell').click();
    const popover = page.locator('.ant-popover:visible');
    await popover.getByText(/^Notifications \(\d+ unread\)$/).waitFor();
    const viewAll = popover.getByRole('link', { name: 'See all notifications' });
    await viewAll.waitFor();
    await screenshot(page, 'admin-05-bell-en');
    await checkA11y(page, 'admin notifications bell (en)', { include: '.ant-popover:not(.ant-popover-hidden)' });

    await viewAll.click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    expect(await expectPageTitle(page, 'Notifications')).toBe('Notifications');
    const main = page.locator('#sb-main');
    // the filter shows all notifications, not only the unread ones
    await expect(main.getByRole('radio', { name: 'All' }).isChecked()).resolves.toBe(true);
    if (total === 0) await main.getByText('No notifications', { exact: true }).waitFor();
    else {
      await main.getByTestId('notification-item').first().waitFor();
      expect(await main.getByTestId('notification-item').count()).toBe(Math.min(total, 20));
    }
    await screenshot(page, 'admin-06-notifications-en');
    await checkA11y(page, 'admin notifications (en)');
  });

  it('signs out through the user menu', async () => {
    const { page } = s;
    await signOut(page);
    expect(new URL(page.url()).pathname).toBe('/login');
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
  });

  it('keeps English for the user after signing in again, then switches back to Chinese', async () => {
    const { page } = s;
    // forget what this device remembers: the language must come from the user's account
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await page.reload();
    await waitForLoginPage(page);
    await expectPageTitle(page, '教育帮扶管理平台');
    expect(await page.getByTestId('login-submit').textContent()).toMatch(/^登\s*录$/);

    await signIn(page);
    expect(await expectPageTitle(page, 'Home')).toBe('Home');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await switchLanguage(page, '中文', 'zh-CN');
    expect(await expectPageTitle(page, '首页')).toBe('首页');
    expect(await navLabels(page)).toEqual(expect.arrayContaining(['首页', '统计', '消息']));
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { locale: string } };
    expect(me.user.locale).toBe('zh-CN');
    await screenshot(page, 'admin-07-dashboard-zh-again');
  });
});
