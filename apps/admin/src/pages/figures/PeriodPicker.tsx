import { DatePicker, Flex, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatPeriod, parsePeriod, type Period } from '@schoolbridge/shared';

type Kind = Period['kind'];

/** The current calendar year: the figures page's default period. */
export function defaultPeriod(today: Date = new Date()): string {
  return String(today.getFullYear());
}

/** A period of another kind around the same time, when the user switches the kind. */
function switchKind(p: Period, kind: Kind): Period {
  const year = p.kind === 'range' ? Number(p.from.slice(0, 4)) : p.year;
  switch (kind) {
    case 'calendarYear':
      return { kind, year };
    case 'schoolYear':
      return { kind, year };
    case 'term':
      return { kind, year, term: 'autumn' };
    case 'range':
      return { kind, from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/**
 * Calendar year / school year / term / date range, as the `period` text of the figures API
 * (`2026`, `sy2026`, `2026-autumn`, `2026-03-01..2026-06-30`).
 */
export function PeriodPicker({ id, value, onChange }: { id?: string; value: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  const period = parsePeriod(value) ?? { kind: 'calendarYear', year: new Date().getFullYear() };
  const set = (p: Period) => onChange(formatPeriod(p));
  const year = period.kind === 'range' ? undefined : period.year;
  return (
    <Flex gap={8} wrap>
      <Select<Kind>
        id={id}
        data-testid="period-kind"
        aria-label={t('figures.periodKind')}
        value={period.kind}
        style={{ width: 140 }}
        onChange={(k) => set(switchKind(period, k))}
        options={(['calendarYear', 'schoolYear', 'term', 'range'] as const).map((k) => ({ value: k, label: t(`figures.periodKinds.${k}`) }))}
      />
      {period.kind === 'range' ? (
        <DatePicker.RangePicker
          aria-label={t('figures.periodRange')}
          value={[dayjs(period.from), dayjs(period.to)]}
          allowClear={false}
          onChange={(dates) => {
            const [from, to] = dates ?? [];
            if (from && to) set({ kind: 'range', from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
          }}
        />
      ) : (
        <InputNumber<number>
          aria-label={period.kind === 'schoolYear' ? t('figures.schoolYearStart') : t('figures.year')}
          data-testid="period-year"
          value={year}
          min={2000}
          max={2100}
          precision={0}
          style={{ width: 110 }}
          suffix={period.kind === 'schoolYear' ? t('figures.schoolYearSuffix') : t('figures.yearSuffix')}
          onChange={(y) => {
            if (typeof y !== 'number') return;
            if (period.kind === 'term') set({ ...period, year: y });
            else set({ kind: period.kind, year: y });
          }}
        />
      )}
      {period.kind === 'term' ? (
        <Select
          aria-label={t('figures.term')}
          value={period.term}
          style={{ width: 140 }}
          onChange={(term) => set({ ...period, term })}
          options={[
            { value: 'spring', label: t('figures.terms.spring') },
            { value: 'autumn', label: t('figures.terms.autumn') },
          ]}
        />
      ) : null}
    </Flex>
  );
}
