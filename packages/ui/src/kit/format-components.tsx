import { useTranslation } from 'react-i18next';
import type { Fen, TermName } from '@schoolbridge/shared';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPercent,
  formatTerm,
  kitLocale,
  type CountUnit,
  type KitLocale,
  type MeasureCode,
  type MoneyUnit,
  type PercentOptions,
} from './format';

/** The kit's language (zh-CN or en) from the current i18next language. */
export function useKitLocale(): KitLocale {
  const { i18n } = useTranslation();
  return kitLocale(i18n.resolvedLanguage ?? i18n.language);
}

/** Money from fen in the current language: `<Money fen={19081250} unit="wan" />` → 19.08125万元. */
export function Money({ fen, unit = 'yuan', withUnit = true }: { fen: Fen | null | undefined; unit?: MoneyUnit; withUnit?: boolean }) {
  const locale = useKitLocale();
  return <span className="sb-money">{formatMoney(fen, { unit, locale, withUnit })}</span>;
}

/** A count with its word: `<Count value={35} unit="personTimes" />` → 35人次. */
export function Count({ value, unit = 'count', measure }: { value: number | null | undefined; unit?: CountUnit; measure?: MeasureCode | (string & {}) }) {
  const locale = useKitLocale();
  return <span className="sb-count">{formatCount(value, unit, { locale, ...(measure ? { measure } : {}) })}</span>;
}

/** A date as YYYY-MM-DD (an instant in Asia/Shanghai); `time` adds HH:mm. */
export function DateText({ value, time = false }: { value: string | Date | number | null | undefined; time?: boolean }) {
  const text = time ? formatDateTime(value) : formatDate(value);
  let iso: string | undefined;
  if (typeof value === 'string' && value) iso = value;
  else if (value instanceof Date || typeof value === 'number') {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) iso = d.toISOString();
  }
  return iso ? <time dateTime={iso}>{text}</time> : <span>{text}</span>;
}

/** A school term: `<TermText year={2026} term="autumn" />` → 2026年秋季学期 / Autumn term 2026. */
export function TermText({ year, term }: { year: number; term: TermName }) {
  const locale = useKitLocale();
  return <span>{formatTerm(year, term, locale)}</span>;
}

/** A ratio as a percentage: `<Percent value={0.3} />` → 30%. */
export function Percent({ value, ...opts }: { value: number | null | undefined } & PercentOptions) {
  return <span>{formatPercent(value, opts)}</span>;
}
