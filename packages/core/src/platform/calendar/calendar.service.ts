import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DEFAULT_TERMS, newId, type TermBoundaries, type TermName } from '@schoolbridge/shared';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock.js';
import { problems } from '../errors/problem.js';
import { Region } from '../regions/region.entity.js';
import { TermCalendar } from './term-calendar.entity.js';
import './messages.js';

export const TERM_NAMES: readonly TermName[] = ['autumn', 'spring'];
const MONTH_DAY_RE = /^(\d{2})-(\d{2})$/;
/** Days per month in a leap year: '02-29' is allowed, a term boundary is a month-day of any year. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isMonthDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = MONTH_DAY_RE.exec(value);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]!;
}

/**
 * The ancestors of a materialised path, itself first: '/43/4399/439901/' → the county, the city,
 * the province. An organisation's path ('/43/4399/439901/<id>/') yields its managers' paths too.
 */
export function pathAncestors(path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  const out: string[] = [];
  for (let n = segments.length; n > 0; n--) out.push(`/${segments.slice(0, n).join('/')}/`);
  return out;
}

/** School calendar: term boundaries configured per region (ARCHITECTURE §4). */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * The term boundaries that apply at a region (or organisation) path: for each term, the nearest
   * region on the path upwards that configures it, else the default (autumn 09-01 – 01-31,
   * spring 02-01 – 07-31).
   */
  async termBoundaries(path: string): Promise<TermBoundaries> {
    const ancestors = pathAncestors(path);
    if (ancestors.length === 0) return { ...DEFAULT_TERMS };
    const rows = await this.dataSource
      .getRepository(TermCalendar)
      .createQueryBuilder('t')
      .innerJoin(Region, 'r', 'r.id = t.region_id')
      .addSelect('r.path', 'region_path')
      .where('r.path IN (:...paths)', { paths: ancestors })
      .getRawAndEntities();
    const depthOf = (p: string) => p.split('/').filter(Boolean).length;
    const nearest = new Map<TermName, { depth: number; row: TermCalendar }>();
    rows.entities.forEach((row, i) => {
      const raw = rows.raw[i] as { region_path: string };
      const depth = depthOf(raw.region_path);
      const seen = nearest.get(row.term);
      if (!seen || depth > seen.depth) nearest.set(row.term, { depth, row });
    });
    const autumn = nearest.get('autumn')?.row;
    const spring = nearest.get('spring')?.row;
    return {
      autumnStart: autumn?.startMonthDay ?? DEFAULT_TERMS.autumnStart,
      autumnEnd: autumn?.endMonthDay ?? DEFAULT_TERMS.autumnEnd,
      springStart: spring?.startMonthDay ?? DEFAULT_TERMS.springStart,
      springEnd: spring?.endMonthDay ?? DEFAULT_TERMS.springEnd,
    };
  }

  /** The terms a region configures itself (not inherited). */
  async configuredTerms(regionId: string): Promise<TermCalendar[]> {
    return this.dataSource.getRepository(TermCalendar).find({ where: { regionId, term: In([...TERM_NAMES]) }, order: { term: 'ASC' } });
  }

  /** Sets (or replaces) a region's boundaries of one term; audited. */
  async setTerm(input: { regionId: string; term: string; startMonthDay: string; endMonthDay: string }): Promise<TermCalendar> {
    const errors = [];
    if (!(TERM_NAMES as readonly string[]).includes(input.term)) errors.push({ field: 'term', code: 'validation.isIn' });
    if (!isMonthDay(input.startMonthDay)) errors.push({ field: 'startMonthDay', code: 'calendar.monthDay' });
    if (!isMonthDay(input.endMonthDay)) errors.push({ field: 'endMonthDay', code: 'calendar.monthDay' });
    // A spring term lies within one calendar year; only autumn may wrap into the next.
    if (errors.length === 0 && input.term === 'spring' && input.endMonthDay < input.startMonthDay) errors.push({ field: 'endMonthDay', code: 'calendar.springWraps' });
    if (errors.length > 0) throw problems.validation(errors);
    const term = input.term as TermName;
    return this.dataSource.transaction(async (m) => {
      const region = await m.findOneBy(Region, { id: input.regionId });
      if (!region) throw problems.notFound('region');
      const now = this.clock.now();
      const existing = await m.findOneBy(TermCalendar, { regionId: region.id, term });
      const before = existing ? { startMonthDay: existing.startMonthDay, endMonthDay: existing.endMonthDay } : null;
      const row = existing ?? m.create(TermCalendar, { id: newId(), regionId: region.id, term, createdAt: now, version: 1 });
      row.startMonthDay = input.startMonthDay;
      row.endMonthDay = input.endMonthDay;
      row.updatedAt = now;
      const saved = await m.save(TermCalendar, row);
      await this.audit.record(
        { action: 'platform.termCalendar.set', entityType: 'platform_term_calendar', entityId: saved.id, before, after: { term, startMonthDay: saved.startMonthDay, endMonthDay: saved.endMonthDay }, scopePath: region.path },
        m,
      );
      return saved;
    });
  }
}
