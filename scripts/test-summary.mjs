// Sums what vitest printed in one or more `npm test` / `npm run test:e2e` logs and prints the final CI line,
// exactly `N passed, N failed`. Usage: node scripts/test-summary.mjs <name>=<log file>:<exit code> …
// Each vitest run ends with a line like ` Tests  3 failed | 212 passed | 4 skipped (219)`
// (behind turbo's `@schoolbridge/core:test: ` prefix). A run that failed without any failing test
// (typecheck, lint, a suite that could not load) counts as one failure, so `0 failed` means all green.
import { readFileSync } from 'node:fs';

const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g');

function countsOf(text) {
  let passed = 0;
  let failed = 0;
  let suites = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(ANSI, '');
    const m = /(?:^|\s)Tests\s+(.+)\(\d+\)\s*$/.exec(line);
    if (!m) continue;
    suites++;
    passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  }
  return { passed, failed, suites };
}

const runs = process.argv.slice(2).map((arg) => {
  const eq = arg.indexOf('=');
  const colon = arg.lastIndexOf(':');
  return { name: arg.slice(0, eq), file: arg.slice(eq + 1, colon), status: Number(arg.slice(colon + 1)) };
});
let passed = 0;
let failed = 0;
for (const run of runs) {
  let text = '';
  try {
    text = readFileSync(run.file, 'utf8');
  } catch {
    // a run that never started (an earlier step failed) has no log
  }
  const c = countsOf(text);
  let runFailed = c.failed;
  let note = '';
  if (run.status !== 0 && runFailed === 0) {
    runFailed = 1;
    note = ` (the run exited ${run.status} outside the test counts: see the build, typecheck/lint or a suite that did not load)`;
  }
  console.log(`${run.name}: ${c.passed} passed, ${runFailed} failed in ${c.suites} vitest runs${note}`);
  passed += c.passed;
  failed += runFailed;
}
console.log(`${passed} passed, ${failed} failed`);
