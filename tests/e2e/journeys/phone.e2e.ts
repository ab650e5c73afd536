import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { expectPageTitle, fitsWidth, signIn, waitForLoginPage } from '../support/app.js';
import { PHONE, screenshot, useBrowser } from '../support/browser.js';

/** A school liaison's phone (390×844, touch): the login page and the dashboard fit, the nav is a drawer. */
describe('administrator on a phone', () => {
  const s = useBrowser(PHONE);

  it('shows the login page without horizontal scrolling', async () => {
    const { page } = s;
    await page.goto('/');
    await waitForLoginPage(page);
    await expectPageTitle(page, '教育帮扶管理平台');
    const { scrollWidth } = await fitsWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    // the form's controls are inside the screen and large enough to touch
    for (const id of ['login-username', 'login-password', 'login-submit']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    const submit = await page.getByTestId('login-submit').boundingBox();
    expect(submit!.height).toBeGreaterThanOrEqual(32);
    await screenshot(page, 'phone-01-login');
    await checkA11y(page, 'phone login');
  });

  it('signs in and shows the dashboard at phone width', async () => {
    const { page } = s;
    await signIn(page);
    expect(await expectPageTitle(page, '首页')).toBe('首页');
    await page.getByRole('heading', { name: '待办事项' }).waitFor();
    // on a phone the side nav is not on the page until the menu opens
    await expect(page.getByTestId('side-nav').isVisible()).resolves.toBe(false);
    const { scrollWidth } = await fitsWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await screenshot(page, 'phone-02-dashboard');
    await checkA11y(page, 'phone dashboard');
  });

  it('opens the nav as a drawer from the menu button and navigates with it', async () => {
    const { page } = s;
    const hamburger = page.getByRole('button', { name: '打开导航菜单' });
    await expect(hamburger.getAttribute('aria-expanded')).resolves.toBe('false');
    await hamburger.tap();
    const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('side-nav') });
    await drawer.waitFor();
    await expect(hamburger.getAttribute('aria-expanded')).resolves.toBe('true');
    const nav = drawer.getByTestId('side-nav');
    await nav.getByRole('link', { name: '统计' }).waitFor();
    const box = await drawer.boundingBox();
    expect(box!.x).toBeLessThanOrEqual(0.5);
    expect(box!.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'phone-03-nav-drawer');
    await checkA11y(page, 'phone nav drawer');

    await nav.getByRole('link', { name: '消息' }).tap();
    await page.waitForURL((url) => url.pathname === '/notifications');
    expect(await expectPageTitle(page, '消息')).toBe('消息');
    await drawer.waitFor({ state: 'hidden' });
    const { scrollWidth } = await fitsWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await screenshot(page, 'phone-04-notifications');
  });
});
