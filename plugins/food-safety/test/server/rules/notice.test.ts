import { describe, expect, it } from 'vitest';
import { LEAVE_OFF_REASON_MAX, noticeCandidates } from '../../../src/shared/rules/index.js';
import { item } from './helpers.js';

const results = [
  item('licence'),
  item('sample', { result: 'nonCompliant', severity: 'critical' }),
  item('mixed', { result: 'nonCompliant', severity: 'critical', correctedOnSite: true }),
  item('ledger', { result: 'nonCompliant', severity: 'major' }),
  item('label', { result: 'nonCompliant', severity: 'minor' }),
  item('bin', { result: 'nonCompliant', severity: 'minor', correctedOnSite: true }),
  item('apron', { result: 'nonCompliant', severity: 'minor' }),
  item('additive', { result: 'notApplicable' }),
  item('fridge', { result: 'notObserved' }),
];
const codes = (list: { itemCode: string }[]) => list.map((r) => r.itemCode);

describe('noticeCandidates', () => {
  it('puts every failed item not corrected on site on the notice, in the inspection order', () => {
    const r = noticeCandidates(results);
    expect(codes(r.onNotice)).toEqual(['sample', 'ledger', 'label', 'apron']);
    expect(r.leftOff).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('returns the caller’s own rows', () => {
    const rows = [{ ...item('a', { result: 'nonCompliant' }), id: 'row-1', note: '生熟混放' }];
    expect(noticeCandidates(rows).onNotice[0]).toBe(rows[0]);
  });

  it('lets the inspector leave a minor item off with a reason, trimmed', () => {
    const r = noticeCandidates(results, [{ itemCode: 'label', reason: '  标签已补贴，现场确认  ' }]);
    expect(codes(r.onNotice)).toEqual(['sample', 'ledger', 'apron']);
    expect(r.leftOff).toEqual([{ item: results[4], reason: '标签已补贴，现场确认' }]);
    expect(r.errors).toEqual([]);
  });

  it('refuses to leave off a critical or major item', () => {
    const r = noticeCandidates(results, [
      { itemCode: 'sample', reason: '已口头告知' },
      { itemCode: 'ledger', reason: '已口头告知' },
    ]);
    expect(r.errors).toEqual([
      { field: 'leaveOff.0.itemCode', code: 'foodSafety.leaveOff.notMinor', params: { itemCode: 'sample', severity: 'critical' } },
      { field: 'leaveOff.1.itemCode', code: 'foodSafety.leaveOff.notMinor', params: { itemCode: 'ledger', severity: 'major' } },
    ]);
    expect(codes(r.onNotice)).toEqual(['sample', 'ledger', 'label', 'apron']);
    expect(r.leftOff).toEqual([]);
  });

  it('wants a reason', () => {
    for (const reason of ['', '   ', undefined as unknown as string]) {
      const r = noticeCandidates(results, [{ itemCode: 'label', reason }]);
      expect(r.errors).toEqual([{ field: 'leaveOff.0.reason', code: 'foodSafety.leaveOff.reasonRequired' }]);
      expect(codes(r.onNotice)).toContain('label');
    }
    const long = noticeCandidates(results, [{ itemCode: 'label', reason: '理'.repeat(LEAVE_OFF_REASON_MAX + 1) }]);
    expect(long.errors).toEqual([{ field: 'leaveOff.0.reason', code: 'validation.maxLength', params: { max: LEAVE_OFF_REASON_MAX } }]);
  });

  it('refuses items that are not on the notice to begin with', () => {
    const r = noticeCandidates(results, [
      { itemCode: 'nope', reason: 'x' },
      { itemCode: 'licence', reason: 'x' },
      { itemCode: 'additive', reason: 'x' },
      { itemCode: 'fridge', reason: 'x' },
      { itemCode: 'bin', reason: 'x' },
      { itemCode: '', reason: 'x' },
    ]);
    expect(r.errors).toEqual([
      { field: 'leaveOff.0.itemCode', code: 'foodSafety.leaveOff.unknownItem', params: { itemCode: 'nope' } },
      { field: 'leaveOff.1.itemCode', code: 'foodSafety.leaveOff.notFailed', params: { itemCode: 'licence' } },
      { field: 'leaveOff.2.itemCode', code: 'foodSafety.leaveOff.notFailed', params: { itemCode: 'additive' } },
      { field: 'leaveOff.3.itemCode', code: 'foodSafety.leaveOff.notFailed', params: { itemCode: 'fridge' } },
      { field: 'leaveOff.4.itemCode', code: 'foodSafety.leaveOff.correctedOnSite', params: { itemCode: 'bin' } },
      { field: 'leaveOff.5.itemCode', code: 'validation.required' },
    ]);
  });

  it('refuses the same item twice but applies the first', () => {
    const r = noticeCandidates(results, [
      { itemCode: 'apron', reason: '已更换' },
      { itemCode: 'apron', reason: '再次' },
    ]);
    expect(r.errors).toEqual([{ field: 'leaveOff.1.itemCode', code: 'foodSafety.leaveOff.duplicate', params: { itemCode: 'apron' } }]);
    expect(r.leftOff.map((l) => [l.item.itemCode, l.reason])).toEqual([['apron', '已更换']]);
  });

  it('applies the legal leave-offs and reports the others in one pass', () => {
    const r = noticeCandidates(results, [
      { itemCode: 'apron', reason: '已更换工作服' },
      { itemCode: 'ledger', reason: '' },
    ]);
    expect(r.errors.map((e) => e.field)).toEqual(['leaveOff.1.itemCode', 'leaveOff.1.reason']);
    expect(codes(r.onNotice)).toEqual(['sample', 'ledger', 'label']);
    expect(codes(r.leftOff.map((l) => l.item))).toEqual(['apron']);
  });

  it('gives an empty notice when every failed item was corrected on site', () => {
    const r = noticeCandidates([item('a'), item('b', { result: 'nonCompliant', severity: 'critical', correctedOnSite: true })]);
    expect(r).toEqual({ onNotice: [], leftOff: [], errors: [] });
  });
});
