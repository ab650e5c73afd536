/**
 * Display formatters for money, counts, dates, terms and percentages, in the interface's two
 * languages. Pure functions (the React wrappers are in format-components.tsx), built on
 * @schoolbridge/shared so the admin and the server's exports print the same figures.
 */
import { DEFAULT_TIME_ZONE, dateInZone, formatWanYuan, formatYuan, isCalendarDate, termLabel, type Fen, type TermName } from '@schoolbridge/shared';

export type KitLocale = 'zh-CN' | 'en';

/** The kit's language for an i18next language code: English for `en…`, otherwise zh-CN (the default). */
export function kitLocale(language: string | undefined): KitLocale {
  return language && language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** What is printed for a missing value. */
export const EMPTY_VALUE = '—';

export type MoneyUnit = 'yuan' | 'wan';

export interface MoneyOptions {
  /** 元 (two decimals) or 万元 (full precision, no trailing zeros). Default 'yuan'. */
  unit?: MoneyUnit;
  locale?: KitLocale;
  /** Print the unit after the number (default true). A table column with the unit in its header passes false. */
  withUnit?: boolean;
}

/** The unit's name: 元 / 万元, yuan / 10,000 yuan (GLOSSARY). */
export function moneyUnitLabel(unit: MoneyUnit, locale: KitLocale = 'zh-CN'): string {
  if (locale === 'zh-CN') return unit === 'wan' ? '万元' : '元';
  return unit === 'wan' ? '10,000 yuan' : 'yuan';
}

/**
 * Money from fen, never through floats: 123456 → `1,234.56元`; 19081250 with unit 'wan' →
 * `19.08125万元`. In English `1,234.56 yuan` and `19.08125 × 10,000 yuan`.
 */
export function formatMoney(fen: Fen | null | undefined, opts: MoneyOptions = {}): string {
  if (fen === null || fen === undefined) return EMPTY_VALUE;
  const unit = opts.unit ?? 'yuan';
  const locale = opts.locale ?? 'zh-CN';
  const number = unit === 'wan' ? formatWanYuan(fen) : formatYuan(fen);
  if (opts.withUnit === false) return number;
  if (locale === 'zh-CN') return `${number}${moneyUnitLabel(unit, locale)}`;
  return unit === 'wan' ? `${number} × 10,000 yuan` : `${number} yuan`;
}

/** Units of counted figures (the report contract's `unit`, except fen and percent). */
export type CountUnit = 'count' | 'persons' | 'personTimes' | 'days' | 'hours';

/** Chinese measure words the reports print, with their English words (singular, plural). */
export const MEASURES = {
  jia: { zh: '家', en: ['organisation', 'organisations'] },
  suo: { zh: '所', en: ['school', 'schools'] },
  fen: { zh: '份', en: ['copy', 'copies'] },
  liangci: { zh: '辆次', en: ['vehicle trip', 'vehicle trips'] },
  qi: { zh: '期', en: ['session', 'sessions'] },
  chang: { zh: '场', en: ['session', 'sessions'] },
  ci: { zh: '次', en: ['time', 'times'] },
  ge: { zh: '个', en: ['item', 'items'] },
  xiang: { zh: '项', en: ['item', 'items'] },
  jie: { zh: '节', en: ['lesson', 'lessons'] },
  pian: { zh: '篇', en: ['article', 'articles'] },
  tiao: { zh: '条', en: ['entry', 'entries'] },
} as const satisfies Record<string, { zh: string; en: readonly [string, string] }>;
export type MeasureCode = keyof typeof MEASURES;

const UNIT_WORDS: Record<Exclude<CountUnit, 'count'>, { zh: string; en: readonly [string, string] }> = {
  persons: { zh: '人', en: ['person', 'persons'] },
  personTimes: { zh: '人次', en: ['person-time', 'person-times'] },
  days: { zh: '天', en: ['day', 'days'] },
  hours: { zh: '学时', en: ['class-hour', 'class-hours'] },
};

export interface CountOptions {
  locale?: KitLocale;
  /**
   * For unit 'count': a measure word, either a code from MEASURES ('jia' → 家 / organisations) or
   * a word already in the interface's language (a report figure's translated `measure`).
   */
  measure?: MeasureCode | (string & {});
}

function groupNumber(n: number): string {
  const [whole, frac] = String(Math.abs(n)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * A count with its word: `1,234人` and `35人次` (never confused), `8家`; `1,234 persons`,
 * `35 person-times`, `8 organisations` in English.
 */
export function formatCount(n: number | null | undefined, unit: CountUnit = 'count', opts: CountOptions = {}): string {
  if (n === null || n === undefined || Number.isNaN(n)) return EMPTY_VALUE;
  const locale = opts.locale ?? 'zh-CN';
  const number = groupNumber(n);
  let word: { zh: string; en: readonly [string, string] } | undefined;
  if (unit !== 'count') word = UNIT_WORDS[unit];
  else if (opts.measure && opts.measure in MEASURES) word = MEASURES[opts.measure as MeasureCode];
  else if (opts.measure) return locale === 'zh-CN' ? `${number}${opts.measure}` : `${number} ${opts.measure}`;
  if (!word) return number;
  if (locale === 'zh-CN') return `${number}${word.zh}`;
  return `${number} ${Math.abs(n) === 1 ? word.en[0] : word.en[1]}`;
}

type DateInput = string | Date | number | null | undefined;

function toInstant(value: Exclude<DateInput, null | undefined>): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * `YYYY-MM-DD`. A calendar date string is printed as it is; an instant (Date, epoch ms or an
 * ISO timestamp) is printed as its date in the deployment's time zone (Asia/Shanghai), so
 * 2026-03-01T16:30Z is 2026-03-02.
 */
export function formatDate(value: DateInput, opts: { timeZone?: string } = {}): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  const d = toInstant(value);
  return d ? dateInZone(d, opts.timeZone ?? DEFAULT_TIME_ZONE) : EMPTY_VALUE;
}

/** `YYYY-MM-DD HH:mm` (or with `:ss`) in the deployment's time zone, 24-hour clock. */
export function formatDateTime(value: DateInput, opts: { timeZone?: string; seconds?: boolean } = {}): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  const d = toInstant(value);
  if (!d) return EMPTY_VALUE;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: opts.timeZone ?? DEFAULT_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  const time = `${get('hour')}:${get('minute')}${opts.seconds ? `:${get('second')}` : ''}`;
  return `${dateInZone(d, opts.timeZone ?? DEFAULT_TIME_ZONE)} ${time}`;
}

/** `2026年秋季学期` / `Autumn term 2026`. */
export function formatTerm(year: number, term: TermName, locale: KitLocale = 'zh-CN'): string {
  return termLabel(year, term, locale);
}

export interface PercentOptions {
  /** Digits after the point, at most (default 1); trailing zeros are dropped. */
  maximumFractionDigits?: number;
  /** The value is already in percent points (95.5 → 95.5%) rather than a ratio (0.955 → 95.5%). */
  points?: boolean;
}

/** A ratio as a percentage: 0.3 → `30%`, 0.1234 → `12.3%`. */
export function formatPercent(value: number | null | undefined, opts: PercentOptions = {}): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY_VALUE;
  const points = opts.points ? value : value * 100;
  const digits = opts.maximumFractionDigits ?? 1;
  const factor = 10 ** digits;
  // round half away from zero on the decimal text, not on binary noise (0.1234*100 = 12.340000000000002)
  const rounded = Math.round(Number((Math.abs(points) * factor).toPrecision(12))) / factor;
  const text = groupNumber(Number(rounded.toFixed(digits)));
  return `${points < 0 && rounded !== 0 ? '-' : ''}${text}%`;
}
