import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { resetAdministrator } from './api.js';
import { A11Y_FAILURE, CHROMIUM_PATH, RESULTS_DIR } from './constants.js';

/** Flags for Debian's Chromium run headless as root in CI (TOOLCHAIN.md); headless itself is Playwright's option. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export interface BrowserSession {
  /** The API serving the admin, e.g. http://127.0.0.1:40123 */
  readonly baseURL: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** One tab for the whole file: a journey's steps follow one another in it. */
  readonly page: Page;
}

/**
 * The browser fixture of a journey file: launches Debian's Chromium (Playwright gives it a fresh
 * temporary profile) with one fresh context and tab before the file's tests, closes it after them.
 * The administrator's language is put back to zh-CN first. A test that fails leaves a `failed-…`
 * screenshot and fails the file's later steps at once (they would wait on a page that is not there);
 * accessibility findings alone fail their test but let the journey go on. An uncaught error in the
 * page fails the test.
 */
export function useBrowser(options: BrowserContextOptions = DESKTOP): BrowserSession {
  const session = {} as { baseURL: string; browser: Browser; context: BrowserContext; page: Page };
  let pageErrors: string[] = [];
  /** The first failed step: the steps after it fail at once instead of waiting on a page that is not there. */
  let failedStep: string | null = null;

  beforeAll(async () => {
    session.baseURL = inject('baseURL');
    await resetAdministrator(session.baseURL);
    session.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    session.context = await session.browser.newContext({
      baseURL: session.baseURL,
      // a county officer's browser: Chinese, China time
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ...options,
    });
    session.context.setDefaultTimeout(15_000);
    session.context.setDefaultNavigationTimeout(30_000);
    session.page = await session.context.newPage();
    session.page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));
  });

  beforeEach(({ task, onTestFailed }) => {
    if (failedStep !== null) throw new Error(`not run: the journey's earlier step "${failedStep}" failed`);
    pageErrors = [];
    onTestFailed(async ({ task: failed }) => {
      const errors = failed.result?.errors ?? [];
      if (!errors.every((e) => String(e.message).includes(A11Y_FAILURE))) failedStep ??= task.name;
      if (session.page && !session.page.isClosed()) await screenshot(session.page, `failed-${task.name}`).catch(() => undefined);
    });
  });

  afterEach(() => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await session.browser?.close();
  });

  return session;
}

/** A file name for a screenshot or report: letters (Chinese too), digits, `.`, `_` and `-`. */
export function fileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
}

export const SCREENSHOT_DIR = path.join(RESULTS_DIR, 'screenshots');

/**
 * Waits until the page has settled (web fonts loaded, no CSS animation or transition running, e.g.
 * Ant Design's fade-ins and the drawer's slide), so screenshots and contrast checks see the final colours.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    {
      timeout: 10_000,
      polling: 50,
    },
  );
}

/** Saves a full-page PNG as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${fileName(name)}.png`);
  await settle(page).catch(() => undefined);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
