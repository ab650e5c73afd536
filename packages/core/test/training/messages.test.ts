import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasProblemMessage, problemMessage } from '../../src/platform/errors/messages.js';
// every service of training (and so every messages file) is imported through the parts list
import '../../src/training/parts.js';

const ROOT = fileURLToPath(new URL('../../src/training', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'seed' ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The problem and field-error codes training answers with, as written in its source: thrown
 * problems and AppErrors, field errors, rule errors and the reasons rules give (which services
 * throw or keep on a row and render later).
 */
const PATTERNS = [
  /problems\.conflict\(\s*'([^']+)'/g,
  /problems\.field\(\s*[^,()]+,\s*'([^']+)'/g,
  /problems\.conflict\(\s*\w+\s*\?\s*'([^']+)'\s*:\s*'([^']+)'/g,
  /new AppError\(\s*\d+\s*,\s*'([^']+)'/g,
  /new TrainingRuleError\(\s*'([^']+)'/g,
  /\bcode:\s*'([^']+)'/g,
  /\breason:\s*'([^']+)'/g,
  /reasons\.push\(\s*'([^']+)'/g,
  /skip\(\s*\w+\s*,\s*\[\s*'([^']+)'/g,
  /'training\.conflict':\s*'([^']+)'/g,
];

function problemCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources(ROOT)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        for (const code of match.slice(1)) {
          if (!code || !/^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/.test(code)) continue;
          found.set(code, [...(found.get(code) ?? []), file.slice(ROOT.length + 1)]);
        }
      }
    }
  }
  return found;
}

describe('training problem messages', () => {
  it('finds the codes it checks (the collector still matches the source)', () => {
    const codes = problemCodes();
    expect(codes.size).toBeGreaterThan(100);
    for (const code of ['training.conflict', 'training.session.localShareExceeded', 'training.enrolment.exists', 'training.eligibility.subject', 'training.checkIn.already', 'checkIn.codeExpired', 'training.question.none', 'training.session.transitionNotAllowed', 'training.notArchived', 'training.ownerKind'])
      expect(codes.has(code), code).toBe(true);
  });

  it('has zh-CN and English text for every code thrown in src/training', () => {
    const missing: string[] = [];
    for (const [code, files] of problemCodes()) {
      const ok = hasProblemMessage(code) && problemMessage(code, 'zh-CN') !== code && problemMessage(code, 'en') !== code;
      if (!ok) missing.push(`${code} (${[...new Set(files)].join(', ')})`);
    }
    expect(missing).toEqual([]);
  });
});
