import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { formatPeriod, parsePeriod, periodLabel, periodRange, type Period } from '@schoolbridge/shared';
import type { Actor } from '../access/actor.js';
import { ScopeService } from '../access/scope.service.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { problems, type FieldError } from '../errors/problem.js';
import { PINO_LOGGER } from '../logging.js';
import { FIGURE_UNITS, type Figure, type RegionRef, type ReportSectionResult, type ReportTable } from '../plugins/extension-points.js';
import { ExtensionRegistry } from '../plugins/extension-registry.js';
import { Organisation } from '../regions/organisation.entity.js';
import { Region } from '../regions/region.entity.js';
import { checkTotals, type TotalCheck } from './rules/check-totals.js';

export const FIGURES_PERMISSION = 'reports.figures.read';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The place a report is for: a region, or an organisation for callers scoped to one. */
type ReportPlace = RegionRef;

export type ReportSectionOutcome =
  | { id: string; owner: string; title: string; order: number; figures: Figure[]; tables: ReportTable[] }
  | { id: string; owner: string; title: string; order: number; error: true };

export interface FiguresReport {
  region: { id: string; code: string; name: string; kind: 'region' | 'organisation' };
  period: { kind: Period['kind']; text: string; from: string; to: string; label: string };
  sections: ReportSectionOutcome[];
  checks: TotalCheck[];
  mismatches: TotalCheck[];
}

/** Why a section's result cannot go into the report, or null when it can. */
function resultFault(result: ReportSectionResult, seen: Set<string>): string | null {
  if (!result || !Array.isArray(result.figures)) return 'compute() must return { figures: Figure[] }';
  const own = new Set<string>();
  for (const f of result.figures) {
    if (typeof f?.key !== 'string' || f.key === '') return 'a figure has no key';
    if (seen.has(f.key) || own.has(f.key)) return `figure key ${f.key} is used twice in the report`;
    own.add(f.key);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) return `figure ${f.key} has no finite value`;
    if (!(FIGURE_UNITS as readonly string[]).includes(f.unit)) return `figure ${f.key} has unknown unit ${String(f.unit)}`;
  }
  if (result.tables !== undefined && !Array.isArray(result.tables)) return 'tables must be a list';
  return null;
}

/**
 * The figures of every enabled report section for one region (or organisation) and period,
 * with the total checks (ARCHITECTURE §3). A section that fails is reported as failed and
 * logged; the others still answer.
 */
@Injectable()
export class FiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: ExtensionRegistry,
    private readonly scope: ScopeService,
    private readonly calendar: CalendarService,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
  ) {}

  async report(actor: Actor, query: { region?: string; period?: string }): Promise<FiguresReport> {
    const errors: FieldError[] = [];
    let period: Period | null = null;
    if (query.period === undefined || query.period.trim() === '') errors.push({ field: 'period', code: 'validation.required' });
    else if (!(period = parsePeriod(query.period))) errors.push({ field: 'period', code: 'validation.period' });
    let place: ReportPlace | null = null;
    if (query.region === undefined || query.region.trim() === '') {
      place = await this.defaultPlace(actor);
      if (!place) errors.push({ field: 'region', code: 'validation.required' });
    }
    if (errors.length > 0) throw problems.validation(errors);
    place ??= await this.findPlace(actor, query.region!.trim());
    const terms = await this.calendar.termBoundaries(place.path);
    const range = periodRange(period!, terms);

    const sections: ReportSectionOutcome[] = [];
    const figures: Figure[] = [];
    const seen = new Set<string>();
    for (const { owner, instance } of this.registry.reportSections()) {
      const head = { id: instance.id, owner, title: instance.title, order: instance.order };
      try {
        const result = await instance.compute({ region: { ...place }, period: period!, range, locale: actor.locale, actor, dataSource: this.dataSource });
        const fault = resultFault(result, seen);
        if (fault) throw new Error(fault);
        for (const f of result.figures) seen.add(f.key);
        figures.push(...result.figures);
        sections.push({ ...head, figures: result.figures, tables: result.tables ?? [] });
      } catch (err) {
        this.logger.error({ err, section: instance.id, owner, region: place.code, period: formatPeriod(period!) }, 'report section failed');
        sections.push({ ...head, error: true });
      }
    }
    const { checks, mismatches } = checkTotals(figures);
    return {
      region: { id: place.id, code: place.code, name: place.name, kind: place.kind },
      period: { kind: period!.kind, text: formatPeriod(period!), from: range.from, to: range.to, label: periodLabel(period!, actor.locale) },
      sections,
      checks,
      mismatches,
    };
  }

  /** The caller's one region or organisation scope for figures, or null when there is not exactly one. */
  private async defaultPlace(actor: Actor): Promise<ReportPlace | null> {
    const grants = this.scope.grants(actor, FIGURES_PERMISSION);
    if (grants.some((g) => g.scopeKind === 'global')) return null;
    const targets = new Set<string>();
    for (const g of grants) {
      if (g.scopeKind === 'region' && g.regionId) targets.add(`region:${g.regionId}`);
      else if (g.scopeKind === 'organisation' && g.organisationId) targets.add(`organisation:${g.organisationId}`);
    }
    if (targets.size !== 1) return null;
    const [kind, id] = [...targets][0]!.split(':') as ['region' | 'organisation', string];
    const row = kind === 'region' ? await this.dataSource.manager.findOneBy(Region, { id }) : await this.dataSource.manager.findOneBy(Organisation, { id });
    return row ? { id: row.id, code: row.code, name: row.name, path: row.path, kind } : null;
  }

  /** A region or organisation by id or code; 404 when absent or outside the caller's scope. */
  private async findPlace(actor: Actor, idOrCode: string): Promise<ReportPlace> {
    const m = this.dataSource.manager;
    const where = UUID_RE.test(idOrCode) ? { id: idOrCode } : { code: idOrCode };
    const region = await m.findOneBy(Region, where);
    const row = region ?? (await m.findOneBy(Organisation, where));
    if (!row || !this.scope.coversPath(actor, FIGURES_PERMISSION, row.path)) throw problems.notFound('region');
    return { id: row.id, code: row.code, name: row.name, path: row.path, kind: region ? 'region' : 'organisation' };
  }
}
