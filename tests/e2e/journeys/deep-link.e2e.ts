import { describe, expect, it } from 'vitest';
import { checkA11y } from '../support/a11y.js';
import { expectPageTitle, signIn, waitForLoginPage } from '../support/app.js';
import { DESKTOP, screenshot, useBrowser } from '../support/browser.js';

/**
 * Addresses typed or bookmarked: a page opened while signed out comes back after signing in, and
 * an address with no page shows the 404 page inside the shell.
 */
describe('deep links', () => {
  const s = useBrowser(DESKTOP);

  it('sends a signed-out visitor of /figures to the login page and back to /figures after signing in', async () => {
    const { page } = s;
    const response = await page.goto('/figures?period=2026');
    // the API answers the deep link with the admin itself
    expect(response?.status()).toBe(200);
    await waitForLoginPage(page);
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/figures');
    expect(new URL(page.url()).searchParams.get('period')).toBe('2026');
    expect(await expectPageTitle(page, '统计')).toBe('统计');
    // the period from the link is the one shown, and figures of people are counted in 人
    await page.getByText(/2026-01-01 至 2026-12-31/).waitFor();
    const accounts = page.locator('[data-testid="figure"][data-key="platform.usage.accounts"]');
    await expect(accounts.getByTestId('figure-value').textContent()).resolves.toMatch(/^\d[\d,]*\s*人$/);
    await screenshot(page, 'deep-link-01-figures-after-sign-in');
  });

  it('returns to the page after the session expired', async () => {
    const { page } = s;
    await page.goto('/notifications');
    await expectPageTitle(page, '消息');
    // the session ends on the server (as when it times out), the page stays open
    await page.context().clearCookies();
    await page.getByTestId('side-nav').getByRole('link', { name: '统计' }).click();
    await waitForLoginPage(page);
    await page.getByText('登录已过期，请重新登录，登录后将回到刚才的页面').waitFor();
    await screenshot(page, 'deep-link-02-session-expired');
    await signIn(page);
    await page.waitForURL((url) => url.pathname === '/figures');
    await expectPageTitle(page, '统计');
  });

  it('shows the 404 page for an unknown address', async () => {
    const { page } = s;
    const response = await page.goto('/no-such-page/at-all');
    expect(response?.status()).toBe(200);
    expect(await expectPageTitle(page, '页面不存在')).toBe('页面不存在');
    await page.getByText('您访问的地址不存在或已被移除').waitFor();
    // inside the shell: the nav is there to go on from
    await page.getByTestId('side-nav').waitFor();
    await screenshot(page, 'deep-link-03-not-found');
    await checkA11y(page, 'not found page');
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expectPageTitle(page, '首页');
  });
});
