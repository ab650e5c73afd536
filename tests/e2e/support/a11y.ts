import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fileName, settle } from './browser.js';
import { A11Y_FAILURE, RESULTS_DIR } from './constants.js';

/** The WCAG levels the admin promises (UI.md: everyone can use it). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const FAILING = new Set(['serious', 'critical']);

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

function describe(v: Violation): string {
  const nodes = v.nodes.map((n) => {
    const summary = (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
    return `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${summary}`;
  });
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
}

/**
 * Runs axe on the page as it is now (WCAG 2.0 A/AA and 2.1 AA rules, every rule on) and fails when a
 * finding is serious or critical, naming each rule, its help text and the offending nodes (for
 * contrast, axe's summary gives the colours and the ratio). The failure is recorded on the test
 * (expect.soft) and the journey goes on, so one run reports every page. Lesser findings are printed.
 * The full report goes to test-results/a11y/<name>.json. `include` limits the check to one part
 * of the page (a CSS selector), e.g. a popover over a page already checked.
 */
export async function checkA11y(page: Page, name: string, options: { include?: string } = {}): Promise<void> {
  await settle(page);
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  // a popup checked on its own: the page behind it was checked when it was visited
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  const dir = path.join(RESULTS_DIR, 'a11y');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `${fileName(name)}.json`),
    JSON.stringify({ url: results.url, violations: results.violations, incomplete: results.incomplete }, null, 2),
  );

  const failing = results.violations.filter((v) => FAILING.has(v.impact ?? ''));
  const minor = results.violations.filter((v) => !FAILING.has(v.impact ?? ''));
  if (minor.length > 0) console.warn(`axe (${name}): ${minor.length} moderate/minor finding(s):\n${minor.map(describe).join('\n')}`);
  const report = `axe found ${failing.length} ${A11Y_FAILURE}(s) on "${name}" (${results.url}):\n${failing.map(describe).join('\n')}\n`;
  expect.soft(failing.length, report).toBe(0);
}
