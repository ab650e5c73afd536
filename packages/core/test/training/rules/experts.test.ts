import { describe, expect, it } from 'vitest';
import { isLocalExpert, localShare, type TeamExpert } from '../../../src/training/rules/index.js';

const team = (local: number, outside: number): TeamExpert[] => [
  ...Array.from({ length: local }, (_, i) => ({ id: `l${i}`, tier: 'county' as const, local: true })),
  ...Array.from({ length: outside }, (_, i) => ({ id: `o${i}`, tier: 'city' as const, local: false })),
];

describe('localShare', () => {
  it('allows exactly 60% local: 3 of 5', () => {
    expect(localShare(team(3, 2))).toEqual({ local: 3, total: 5, share: 0.6, exceedsLimit: false });
  });

  it('flags more than 60% local: 2 of 3, and 61 of 100', () => {
    expect(localShare(team(2, 1))).toMatchObject({ local: 2, total: 3, exceedsLimit: true });
    expect(localShare(team(61, 39))).toMatchObject({ exceedsLimit: true });
    expect(localShare(team(60, 40))).toMatchObject({ exceedsLimit: false });
  });

  it('counts per head: an expert listed twice counts once', () => {
    const twice = [...team(1, 1), { id: 'l0', tier: 'county' as const, local: true }];
    expect(localShare(twice)).toMatchObject({ local: 1, total: 2, exceedsLimit: false });
  });

  it('flags an all-local team and passes an all-outside one', () => {
    expect(localShare(team(1, 0))).toMatchObject({ share: 1, exceedsLimit: true });
    expect(localShare(team(0, 4))).toMatchObject({ share: 0, exceedsLimit: false });
  });

  it('exceeds nothing with an empty team', () => {
    expect(localShare([])).toEqual({ local: 0, total: 0, share: 0, exceedsLimit: false });
  });

  it('takes the limit as a parameter', () => {
    expect(localShare(team(1, 1), 50)).toMatchObject({ exceedsLimit: false });
    expect(localShare(team(2, 1), 50)).toMatchObject({ exceedsLimit: true });
    expect(localShare(team(1, 0), 100)).toMatchObject({ exceedsLimit: false });
    expect(() => localShare(team(1, 1), 60.5)).toThrow(RangeError);
    expect(() => localShare(team(1, 1), 101)).toThrow(RangeError);
  });
});

describe('isLocalExpert', () => {
  const school = { schoolId: 's1', countyId: 'c1' };

  it('takes the receiving school itself and its county as local', () => {
    expect(isLocalExpert({ schoolId: 's1', countyId: 'c1' }, school)).toBe(true);
    expect(isLocalExpert({ schoolId: 's2', countyId: 'c1' }, school)).toBe(true);
    expect(isLocalExpert({ schoolId: null, countyId: 'c1' }, school)).toBe(true);
  });

  it('takes another county, or an unknown origin, as outside', () => {
    expect(isLocalExpert({ schoolId: 's3', countyId: 'c2' }, school)).toBe(false);
    expect(isLocalExpert({ schoolId: null, countyId: null }, { schoolId: null, countyId: null })).toBe(false);
  });
});
