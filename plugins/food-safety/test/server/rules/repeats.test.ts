import { describe, expect, it } from 'vitest';
import { repeatViolations } from '../../../src/shared/rules/index.js';
import { item } from './helpers.js';

describe('repeatViolations', () => {
  it('finds the items failed now and in the previous inspection, in the current order', () => {
    const previous = [item('sample', { result: 'nonCompliant' }), item('ledger', { result: 'nonCompliant' }), item('licence', { result: 'nonCompliant' })];
    const current = [item('licence', { result: 'nonCompliant' }), item('ledger'), item('sample', { result: 'nonCompliant' })];
    expect(repeatViolations(current, previous)).toEqual(['licence', 'sample']);
  });

  it('counts an item corrected on site as failed, before and now', () => {
    const previous = [item('mixed', { result: 'nonCompliant', correctedOnSite: true })];
    expect(repeatViolations([item('mixed', { result: 'nonCompliant', correctedOnSite: true })], previous)).toEqual(['mixed']);
  });

  it('matches by stable code across template versions: new items, dropped items, other areas', () => {
    // the new template moved 'sample' to another area and added 'fridge'; the old one had 'oldOnly'
    const previous = [item('sample', { areaCode: 'storage', result: 'nonCompliant' }), item('oldOnly', { result: 'nonCompliant' })];
    const current = [item('sample', { areaCode: 'processing', result: 'nonCompliant' }), item('fridge', { result: 'nonCompliant' })];
    expect(repeatViolations(current, previous)).toEqual(['sample']);
  });

  it('is not a repeat when either side was compliant, not applicable or not observed', () => {
    const previous = [item('a', { result: 'notObserved' }), item('b', { result: 'notApplicable' }), item('c'), item('d', { result: 'nonCompliant' })];
    const current = [
      item('a', { result: 'nonCompliant' }),
      item('b', { result: 'nonCompliant' }),
      item('c', { result: 'nonCompliant' }),
      item('d', { result: 'notObserved' }),
    ];
    expect(repeatViolations(current, previous)).toEqual([]);
  });

  it('finds none for a canteen without a previous inspection', () => {
    expect(repeatViolations([item('a', { result: 'nonCompliant' })], null)).toEqual([]);
    expect(repeatViolations([item('a', { result: 'nonCompliant' })], undefined)).toEqual([]);
    expect(repeatViolations([item('a', { result: 'nonCompliant' })], [])).toEqual([]);
  });
});
