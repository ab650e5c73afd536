/**
 * How the figures page prints a report figure: money from fen in 万元 with full precision,
 * 人 and 人次 never confused, counts with their measure word, a label from its i18n key.
 */
import type { TFunction } from 'i18next';
import type { Locale } from '@schoolbridge/shared';
import { MEASURES, formatCount, formatMoney, formatPercent } from '@schoolbridge/ui';
import type { Figure, TotalCheck } from '../../api/types';

/** The label of an i18n key; a key without a translation shows its last segment. */
export function labelOf(t: TFunction, key: string): string {
  const last = key.split('.').pop() ?? key;
  return t(key, { defaultValue: last });
}

/** The measure word of a figure in the interface's language, or undefined. */
function measureWord(t: TFunction, measure: string | undefined): string | undefined {
  if (!measure) return undefined;
  const word = t(measure, { defaultValue: '' });
  if (word) return word;
  // a kit measure code ('jia' → 家 / organisations) needs no message of its own
  return measure in MEASURES ? measure : undefined;
}

/**
 * A figure's value with its unit: `19.08125万元`, `1,234人`, `35人次`, `8家`, `12天`, `95.5%`.
 * Persons and person-times always print their own word, whatever the measure says.
 * Percent figures are in percent points (95.5 means 95.5%).
 */
export function formatFigureValue(f: Pick<Figure, 'value' | 'unit' | 'measure'>, locale: Locale, t: TFunction): string {
  switch (f.unit) {
    case 'fen':
      return formatMoney(f.value, { unit: 'wan', locale });
    case 'persons':
    case 'personTimes':
      return formatCount(f.value, f.unit, { locale });
    case 'percent':
      return formatPercent(f.value, { points: true, maximumFractionDigits: 2 });
    case 'days':
    case 'hours': {
      const word = measureWord(t, f.measure);
      return word ? formatCount(f.value, 'count', { locale, measure: word }) : formatCount(f.value, f.unit, { locale });
    }
    case 'count':
    default: {
      const word = measureWord(t, f.measure);
      return formatCount(f.value, 'count', word ? { locale, measure: word } : { locale });
    }
  }
}

/** The unit as the spreadsheet's unit column writes it (万元, 人, 人次, the measure word). */
export function unitLabel(f: Pick<Figure, 'unit' | 'measure'>, t: TFunction): string {
  switch (f.unit) {
    case 'fen':
      return t('figures.unit.wan');
    case 'persons':
    case 'personTimes':
    case 'percent':
      return t(`figures.unit.${f.unit}`);
    default:
      return measureWord(t, f.measure) ?? t(`figures.unit.${f.unit}`);
  }
}

/** The number the spreadsheet stores: 万元 for money (exact up to its six decimals), else the value. */
export function exportNumber(f: Pick<Figure, 'value' | 'unit'>): number {
  return f.unit === 'fen' ? Number((f.value / 1_000_000).toFixed(6)) : f.value;
}

export interface TotalStatus {
  ok: boolean;
  checks: TotalCheck[];
}

/** For each total that has parts or 其中 figures: whether every check of it passes. */
export function totalStatuses(checks: readonly TotalCheck[]): Map<string, TotalStatus> {
  const out = new Map<string, TotalStatus>();
  for (const c of checks) {
    const s = out.get(c.total) ?? { ok: true, checks: [] };
    s.checks.push(c);
    s.ok = s.ok && c.ok;
    out.set(c.total, s);
  }
  return out;
}
