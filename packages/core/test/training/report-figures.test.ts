import { describe, expect, it } from 'vitest';
import { countBy, localPlacesPercent, satisfactionPercent } from '../../src/training/report/figures.js';

describe('the training report’s arithmetic', () => {
  it('turns the average overall rating into whole percent points, every rating weighing alike', () => {
    const t = (...ratings: number[]) => ({ sum: ratings.reduce((a, b) => a + b, 0), count: ratings.length });
    expect(satisfactionPercent([t(5, 5)])).toBe(100);
    // two sessions: 14 of 3 ratings and 7 of 2 → 21 / 5 = 4.2 → 84 (not the average of the sessions' averages, 86)
    expect(satisfactionPercent([t(5, 4, 5), t(3, 4)])).toBe(84);
    // 14 / 3 = 4.667 → 93.33 %
    expect(satisfactionPercent([t(5, 4, 5)])).toBe(93);
    // 33 / 8 = 4.125 → 82.5 rounds half up
    expect(satisfactionPercent([t(4, 4, 4, 4, 4, 4, 4, 5)])).toBe(83);
    expect(satisfactionPercent([t(1)])).toBe(20);
    // a session whose questionnaire nobody rated adds nothing; nobody at all: no figure
    expect(satisfactionPercent([t(4, 5), t()])).toBe(90);
    expect(satisfactionPercent([t()])).toBeNull();
    expect(satisfactionPercent([])).toBeNull();
  });

  it('shares local team places per head over the sessions; no team, no share', () => {
    const place = (id: string, local: boolean) => ({ id, tier: 'county' as const, local });
    expect(localPlacesPercent([place('1', true), place('2', false), place('3', false)])).toBe(33);
    expect(localPlacesPercent([place('1', true), place('2', true), place('3', false)])).toBe(67);
    expect(localPlacesPercent([place('1', false)])).toBe(0);
    expect(localPlacesPercent([])).toBeNull();
  });

  it('counts every key, absent ones as 0, unknown values ignored', () => {
    expect([...countBy(['a', 'b', 'c'], ['b', 'a', 'b', 'z' as 'a'])]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 0],
    ]);
  });
});
