import { describe, expect, it } from 'vitest';
import { checkTotals, DuplicateFigureKeyError, duplicateFigureKeys } from '../../../src/platform/figures/rules/check-totals.js';
import type { Figure } from '../../../src/platform/plugins/extension-points.js';

const fig = (key: string, value: number, extra: Partial<Figure> = {}): Figure => ({ key, label: key, value, unit: 'count', source: 'computed', ...extra });

describe('checkTotals', () => {
  it('passes a total split two ways when each partition sums to it', () => {
    const { checks, mismatches } = checkTotals([
      fig('schools', 10),
      fig('schools.urban', 4, { partsOf: 'schools', partition: 'bySetting' }),
      fig('schools.rural', 6, { partsOf: 'schools', partition: 'bySetting' }),
      fig('schools.primary', 7, { partsOf: 'schools', partition: 'byStage' }),
      fig('schools.middle', 3, { partsOf: 'schools', partition: 'byStage' }),
    ]);
    expect(checks).toEqual([
      { kind: 'partition', total: 'schools', partition: 'bySetting', parts: ['schools.urban', 'schools.rural'], expected: 10, actual: 10, ok: true },
      { kind: 'partition', total: 'schools', partition: 'byStage', parts: ['schools.primary', 'schools.middle'], expected: 10, actual: 10, ok: true },
    ]);
    expect(mismatches).toEqual([]);
  });

  it('checks each partition on its own: one failing does not hide or fail the other', () => {
    const { checks, mismatches } = checkTotals([
      fig('schools', 10),
      fig('schools.urban', 4, { partsOf: 'schools', partition: 'bySetting' }),
      fig('schools.rural', 6, { partsOf: 'schools', partition: 'bySetting' }),
      fig('schools.primary', 7, { partsOf: 'schools', partition: 'byStage' }),
      fig('schools.middle', 2, { partsOf: 'schools', partition: 'byStage' }),
    ]);
    expect(checks.map((c) => [c.partition, c.ok])).toEqual([['bySetting', true], ['byStage', false]]);
    expect(mismatches).toEqual([
      { kind: 'partition', total: 'schools', partition: 'byStage', parts: ['schools.primary', 'schools.middle'], expected: 10, actual: 9, ok: false, reason: 'sum' },
    ]);
  });

  it('puts parts without a partition name in the default partition', () => {
    const { checks } = checkTotals([fig('fen', 300, { unit: 'fen' }), fig('fen.a', 100, { unit: 'fen', partsOf: 'fen' }), fig('fen.b', 200, { unit: 'fen', partsOf: 'fen' })]);
    expect(checks).toEqual([{ kind: 'partition', total: 'fen', partition: 'default', parts: ['fen.a', 'fen.b'], expected: 300, actual: 300, ok: true }]);
  });

  it('treats parts whose total is missing as a mismatch', () => {
    const { mismatches } = checkTotals([fig('a.x', 1, { partsOf: 'a', partition: 'p' }), fig('a.y', 2, { partsOf: 'a', partition: 'p' })]);
    expect(mismatches).toEqual([{ kind: 'partition', total: 'a', partition: 'p', parts: ['a.x', 'a.y'], expected: null, actual: 3, ok: false, reason: 'missingTotal' }]);
  });

  it('refuses parts in another unit than their total', () => {
    const { mismatches } = checkTotals([fig('persons', 5, { unit: 'persons' }), fig('persons.a', 5, { unit: 'personTimes', partsOf: 'persons' })]);
    expect(mismatches[0]).toMatchObject({ total: 'persons', reason: 'unitMismatch', ok: false });
  });

  it('refuses a figure that names itself as its total', () => {
    expect(checkTotals([fig('a', 1, { partsOf: 'a' })]).mismatches[0]).toMatchObject({ kind: 'partition', reason: 'selfReference' });
    expect(checkTotals([fig('a', 1, { subsetOf: 'a' })]).mismatches[0]).toMatchObject({ kind: 'subset', reason: 'selfReference' });
  });

  it('allows a 其中 figure up to its total and flags one above it', () => {
    const ok = checkTotals([fig('teachers', 20, { unit: 'persons' }), fig('teachers.female', 20, { unit: 'persons', subsetOf: 'teachers' })]);
    expect(ok.checks).toEqual([{ kind: 'subset', total: 'teachers', parts: ['teachers.female'], expected: 20, actual: 20, ok: true }]);
    const bad = checkTotals([fig('teachers', 20, { unit: 'persons' }), fig('teachers.female', 21, { unit: 'persons', subsetOf: 'teachers' })]);
    expect(bad.mismatches).toEqual([{ kind: 'subset', total: 'teachers', parts: ['teachers.female'], expected: 20, actual: 21, ok: false, reason: 'exceeds' }]);
  });

  it('flags a 其中 figure whose total is missing or in another unit', () => {
    expect(checkTotals([fig('x.part', 1, { subsetOf: 'x' })]).mismatches).toEqual([{ kind: 'subset', total: 'x', parts: ['x.part'], expected: null, actual: 1, ok: false, reason: 'missingTotal' }]);
    expect(checkTotals([fig('x', 5), fig('x.part', 1, { unit: 'days', subsetOf: 'x' })]).mismatches[0]).toMatchObject({ reason: 'unitMismatch' });
  });

  it('checks a figure that is both a part and a 其中 in both ways', () => {
    const { checks } = checkTotals([
      fig('students', 100, { unit: 'persons' }),
      fig('students.boarding', 60, { unit: 'persons', partsOf: 'students', partition: 'byBoarding' }),
      fig('students.day', 40, { unit: 'persons', partsOf: 'students', partition: 'byBoarding' }),
      fig('students.boarding.poor', 70, { unit: 'persons', subsetOf: 'students.boarding' }),
    ]);
    expect(checks.map((c) => [c.kind, c.total, c.ok])).toEqual([
      ['partition', 'students', true],
      ['subset', 'students.boarding', false],
    ]);
  });

  it('compares decimals up to rounding noise', () => {
    const { mismatches } = checkTotals([
      fig('share', 0.3, { unit: 'percent' }),
      fig('share.a', 0.1, { unit: 'percent', partsOf: 'share' }),
      fig('share.b', 0.2, { unit: 'percent', partsOf: 'share' }),
    ]);
    expect(mismatches).toEqual([]);
  });

  it('has no checks for figures that are neither parts nor subsets', () => {
    expect(checkTotals([fig('a', 1), fig('b', 2)])).toEqual({ checks: [], mismatches: [] });
  });

  it('rejects duplicate figure keys, naming them', () => {
    expect(duplicateFigureKeys([fig('a', 1), fig('b', 1), fig('a', 2), fig('b', 3), fig('a', 4)])).toEqual(['a', 'b']);
    expect(() => checkTotals([fig('a', 1), fig('a', 1)])).toThrow(DuplicateFigureKeyError);
    expect(() => checkTotals([fig('a', 1), fig('a', 1)])).toThrow(/repeated: a/);
  });
});
