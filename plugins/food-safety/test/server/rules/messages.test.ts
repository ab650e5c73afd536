import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADING, RULE_MESSAGES, noticeCandidates, validateGradingSettings, type RuleFieldError } from '../../../src/shared/rules/index.js';
import { item } from './helpers.js';

/** Every field error the rules can give, one of each. */
function everyError(): RuleFieldError[] {
  const results = [
    item('ok'),
    item('crit', { result: 'nonCompliant', severity: 'critical' }),
    item('fixed', { result: 'nonCompliant', severity: 'minor', correctedOnSite: true }),
    item('minor', { result: 'nonCompliant', severity: 'minor' }),
  ];
  return [
    ...noticeCandidates(results, [
      { itemCode: 'nope', reason: 'x' },
      { itemCode: 'ok', reason: 'x' },
      { itemCode: 'fixed', reason: 'x' },
      { itemCode: 'crit', reason: 'x' },
      { itemCode: 'minor', reason: '' },
      { itemCode: 'minor', reason: 'x' },
    ]).errors,
    ...validateGradingSettings({ ...DEFAULT_GRADING, goodMin: 9500 }),
  ];
}

describe('RULE_MESSAGES', () => {
  it('has words in both languages for every code of the rules, and for no code they do not give', () => {
    const codes = new Set(
      everyError()
        .map((e) => e.code)
        .filter((c) => c.startsWith('foodSafety.')),
    );
    expect([...codes].sort()).toEqual(Object.keys(RULE_MESSAGES).sort());
    for (const texts of Object.values(RULE_MESSAGES)) {
      expect(texts['zh-CN'].trim()).not.toBe('');
      expect(texts.en.trim()).not.toBe('');
    }
  });

  it('only names placeholders the errors carry', () => {
    for (const error of everyError().filter((e) => e.code.startsWith('foodSafety.'))) {
      for (const text of Object.values(RULE_MESSAGES[error.code]!)) {
        for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(error.params ?? {}, `${error.code} {${name}}`).toHaveProperty(name!);
      }
    }
  });
});
