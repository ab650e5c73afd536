import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatMoney, formatPercent, formatTerm, kitLocale, moneyUnitLabel } from '../../src/kit/format';

describe('formatMoney', () => {
  it('prints fen as yuan with thousands separators and two decimals', () => {
    expect(formatMoney(123456)).toBe('1,234.56元');
    expect(formatMoney(123456789)).toBe('1,234,567.89元');
    expect(formatMoney(5)).toBe('0.05元');
  });

  it('prints 万元 with full precision', () => {
    expect(formatMoney(19081250, { unit: 'wan' })).toBe('19.08125万元');
    expect(formatMoney(1_000_000, { unit: 'wan' })).toBe('1万元');
    expect(formatMoney(123_456_789_012, { unit: 'wan' })).toBe('123,456.789012万元');
  });

  it('keeps the sign of negative amounts and prints zero', () => {
    expect(formatMoney(-123456)).toBe('-1,234.56元');
    expect(formatMoney(-19081250, { unit: 'wan' })).toBe('-19.08125万元');
    expect(formatMoney(0)).toBe('0.00元');
    expect(formatMoney(0, { unit: 'wan' })).toBe('0万元');
  });

  it('speaks English units in English', () => {
    expect(formatMoney(123456, { locale: 'en' })).toBe('1,234.56 yuan');
    expect(formatMoney(19081250, { unit: 'wan', locale: 'en' })).toBe('19.08125 × 10,000 yuan');
    expect(moneyUnitLabel('wan', 'en')).toBe('10,000 yuan');
    expect(moneyUnitLabel('wan')).toBe('万元');
  });

  it('leaves the unit off for a column that names it, and prints a dash for no value', () => {
    expect(formatMoney(19081250, { unit: 'wan', withUnit: false })).toBe('19.08125');
    expect(formatMoney(null)).toBe('—');
  });

  it('refuses fractional fen rather than round them', () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
  });
});

describe('formatCount', () => {
  it('tells persons from person-times', () => {
    expect(formatCount(1234, 'persons')).toBe('1,234人');
    expect(formatCount(1234, 'personTimes')).toBe('1,234人次');
    expect(formatCount(1234, 'persons', { locale: 'en' })).toBe('1,234 persons');
    expect(formatCount(1234, 'personTimes', { locale: 'en' })).toBe('1,234 person-times');
    expect(formatCount(1, 'persons', { locale: 'en' })).toBe('1 person');
    expect(formatCount(1, 'personTimes', { locale: 'en' })).toBe('1 person-time');
  });

  it('prints measure words by code or as given', () => {
    expect(formatCount(8, 'count', { measure: 'jia' })).toBe('8家');
    expect(formatCount(12, 'count', { measure: 'suo' })).toBe('12所');
    expect(formatCount(30, 'count', { measure: 'liangci' })).toBe('30辆次');
    expect(formatCount(3, 'count', { measure: 'qi' })).toBe('3期');
    expect(formatCount(40, 'count', { measure: 'fen' })).toBe('40份');
    expect(formatCount(12, 'count', { measure: 'suo', locale: 'en' })).toBe('12 schools');
    expect(formatCount(30, 'count', { measure: 'liangci', locale: 'en' })).toBe('30 vehicle trips');
    expect(formatCount(5, 'count', { measure: '篇' })).toBe('5篇');
    expect(formatCount(5, 'count', { measure: 'reports', locale: 'en' })).toBe('5 reports');
    expect(formatCount(2500)).toBe('2,500');
    expect(formatCount(undefined, 'persons')).toBe('—');
  });
});

describe('formatDate and formatDateTime', () => {
  it('prints calendar dates as they are', () => {
    expect(formatDate('2026-09-01')).toBe('2026-09-01');
  });

  it('prints an instant as its date in Asia/Shanghai, around midnight', () => {
    // 15:59:59Z is 23:59:59 in Shanghai, 16:00Z is the next day's midnight
    expect(formatDate('2026-03-01T15:59:59Z')).toBe('2026-03-01');
    expect(formatDate('2026-03-01T16:00:00Z')).toBe('2026-03-02');
    expect(formatDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(formatDate(Date.UTC(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });

  it('prints date and time on a 24-hour clock in Asia/Shanghai', () => {
    expect(formatDateTime('2026-03-01T16:00:00Z')).toBe('2026-03-02 00:00');
    expect(formatDateTime('2026-03-01T15:59:59Z', { seconds: true })).toBe('2026-03-01 23:59:59');
    expect(formatDateTime('2026-03-01T05:07:00Z')).toBe('2026-03-01 13:07');
  });

  it('prints a dash for no value or an unreadable one', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
  });
});

describe('formatTerm, formatPercent, kitLocale', () => {
  it('names terms in both languages', () => {
    expect(formatTerm(2026, 'autumn')).toBe('2026年秋季学期');
    expect(formatTerm(2027, 'spring')).toBe('2027年春季学期');
    expect(formatTerm(2026, 'autumn', 'en')).toBe('Autumn term 2026');
    expect(formatTerm(2027, 'spring', 'en')).toBe('Spring term 2027');
  });

  it('prints ratios as percentages without binary noise', () => {
    expect(formatPercent(0.3)).toBe('30%');
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(0.12345, { maximumFractionDigits: 2 })).toBe('12.35%');
    expect(formatPercent(95.5, { points: true })).toBe('95.5%');
    expect(formatPercent(-0.05)).toBe('-5%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('maps i18next languages to the kit locale', () => {
    expect(kitLocale('zh-CN')).toBe('zh-CN');
    expect(kitLocale('zh')).toBe('zh-CN');
    expect(kitLocale('en-US')).toBe('en');
    expect(kitLocale(undefined)).toBe('zh-CN');
  });
});
