import type { Locator, Page } from 'playwright-core';
import { ADMIN_PASSWORD, ADMIN_USERNAME } from './constants.js';

/** The login form, ready for input. */
export async function waitForLoginPage(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-username').waitFor();
  await page.getByTestId('login-submit').waitFor();
}

/**
 * Signs in on the login page the browser is showing and waits until the shell shows a page
 * (its title and the user menu), wherever the admin sends the user afterwards.
 */
export async function signIn(page: Page, username = ADMIN_USERNAME, password = ADMIN_PASSWORD): Promise<void> {
  await waitForLoginPage(page);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.getByTestId('user-menu').waitFor();
  await pageTitle(page).waitFor();
}

/** The title (h1) of the page in the content area. */
export function pageTitle(page: Page): Locator {
  return page.getByTestId('page-title').first();
}

/** Waits until the page title reads `text` and returns it. */
export async function expectPageTitle(page: Page, text: string | RegExp): Promise<string> {
  const title = pageTitle(page);
  await title.filter({ hasText: text }).waitFor();
  return (await title.textContent())?.trim() ?? '';
}

/** The side nav's links, as their visible labels in order. */
export async function navLabels(page: Page): Promise<string[]> {
  const links = page.getByTestId('side-nav').getByRole('link');
  await links.first().waitFor();
  return (await links.allTextContents()).map((t) => t.trim()).filter(Boolean);
}

/** Chooses a language from the header's language menu and waits until the page speaks it. */
export async function switchLanguage(page: Page, label: '中文' | 'English', htmlLang: string): Promise<void> {
  await page.getByTestId('lang-switch').click();
  await page.getByRole('menuitem', { name: label }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, htmlLang);
}

/** Signs out through the user menu and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await waitForLoginPage(page);
}

/** True when the page is not wider than its viewport (no horizontal scrolling). */
export async function fitsWidth(page: Page): Promise<{ scrollWidth: number; viewport: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}
