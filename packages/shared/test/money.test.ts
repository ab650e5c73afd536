import { describe, expect, it } from 'vitest';
import { assertFen, formatWanYuan, formatYuan, sumFen, yuanToFen } from '../src/money.js';

describe('yuanToFen', () => {
  it('parses text exactly', () => {
    expect(yuanToFen('1234.5')).toBe(123450);
    expect(yuanToFen('1234.56')).toBe(123456);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('-0.05')).toBe(-5);
    expect(yuanToFen(' 12 ')).toBe(1200);
    expect(yuanToFen('1,234,567.89')).toBe(123456789);
    // 0.1 + 0.2 is not 0.3 in floating point; the parse never goes through a float
    expect(yuanToFen('190812.50')).toBe(19081250);
    expect(yuanToFen('90071992547409.91')).toBe(9007199254740991);
  });

  it('never answers negative zero', () => {
    expect(Object.is(yuanToFen('-0'), 0)).toBe(true);
    expect(Object.is(yuanToFen('-0.00'), 0)).toBe(true);
  });

  it('takes numbers at their decimal form', () => {
    expect(yuanToFen(0.1)).toBe(10);
    expect(yuanToFen(1234.56)).toBe(123456);
    expect(yuanToFen(-3)).toBe(-300);
    expect(yuanToFen(19.99)).toBe(1999);
  });

  it('refuses numbers with more than two decimals instead of rounding them', () => {
    expect(() => yuanToFen(1.234)).toThrow(RangeError);
    expect(() => yuanToFen(1.005)).toThrow(RangeError);
    expect(() => yuanToFen(0.1 + 0.2)).toThrow(RangeError);
    expect(() => yuanToFen(Number.NaN)).toThrow(RangeError);
    expect(() => yuanToFen(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => yuanToFen(1e21)).toThrow(RangeError);
  });

  it('refuses garbage', () => {
    for (const bad of ['', 'abc', '1.234', '12.', '.5', '1e5', '--1', '1-', '1 000', '1,2,3', ',123', '12,34', '１２', '¥12', '1.2.3']) {
      expect(() => yuanToFen(bad), bad).toThrow(RangeError);
    }
  });

  it('refuses amounts beyond safe integers', () => {
    expect(() => yuanToFen('90071992547409.92')).toThrow(/too large/);
    expect(() => yuanToFen('99999999999999999999')).toThrow(/too large/);
  });
});

describe('formatting', () => {
  it('formats yuan with grouping, two decimals and a sign', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(123456)).toBe('1,234.56');
    expect(formatYuan(100000000)).toBe('1,000,000.00');
    expect(formatYuan(-123456)).toBe('-1,234.56');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(formatYuan(123456789, { grouping: false })).toBe('1234567.89');
  });

  it('formats 万元 with full precision and no trailing zeros', () => {
    expect(formatWanYuan(19081250)).toBe('19.08125');
    expect(formatWanYuan(1_000_000)).toBe('1');
    expect(formatWanYuan(1)).toBe('0.000001');
    expect(formatWanYuan(-2_500_000)).toBe('-2.5');
    expect(formatWanYuan(1_000_000, { minDecimals: 2 })).toBe('1.00');
    expect(formatWanYuan(12_345_000_000)).toBe('12,345');
    expect(formatWanYuan(12_345_000_000, { grouping: false })).toBe('12345');
  });

  it('refuses fractional fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
    expect(() => formatWanYuan(0.1)).toThrow(RangeError);
    expect(() => assertFen(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(assertFen(-7)).toBe(-7);
  });
});

describe('sumFen', () => {
  it('adds fen exactly where floats would drift', () => {
    const tenCents = Array.from({ length: 10 }, () => yuanToFen('0.10'));
    expect(sumFen(tenCents)).toBe(100);
    expect(formatYuan(sumFen([yuanToFen('0.1'), yuanToFen('0.2')]))).toBe('0.30');
    expect(sumFen([])).toBe(0);
    expect(sumFen(new Set([100, -30]))).toBe(70);
  });

  it('refuses a fractional value or a sum beyond safe integers, even one that would come back', () => {
    expect(() => sumFen([1, 2.5])).toThrow(RangeError);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 2, -2])).toThrow(RangeError);
  });
});
