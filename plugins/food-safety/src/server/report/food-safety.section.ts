import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Locale } from '@schoolbridge/shared';
import { Clock, prefixUpperBound, type Figure, type ReportContext, type ReportSection, type ReportSectionResult, type ReportTable } from '@schoolbridge/core';
import { GRADES, type Grade } from '../../shared/rules/index.js';
import { PENALTY_REASONS, type PenaltyReason } from '../../shared/rules/notice-states.js';
import { InspectionCampaign } from '../inspections/entities/campaign.entity.js';
import { Inspection } from '../inspections/entities/inspection.entity.js';
import { OpinionLetter } from '../inspections/entities/letter.entity.js';
import { InspectionOuting, OutingMember } from '../inspections/entities/outing.entity.js';
import { INSPECTION_KINDS, type InspectionKind } from '../inspections/vocab.js';
import { FoodSafetyNotice } from '../rectification/entities/notice.entity.js';
import { FoodSafetyPenalty } from '../rectification/entities/penalty.entity.js';

const K = 'foodSafety';
const M = 'foodSafety.report';

/** Penalty reasons as a summary prints them (table cells are text, not message keys). */
const REASON_WORDS: Record<PenaltyReason, Record<Locale, string>> = {
  expiredFood: { 'zh-CN': '使用超过保质期的食品', en: 'Expired food' },
  noHealthCertificate: { 'zh-CN': '从业人员未取得健康证明', en: 'Handler without a health certificate' },
  noLicence: { 'zh-CN': '未取得食品经营许可', en: 'No catering licence' },
  rawCookedMixed: { 'zh-CN': '生熟混放', en: 'Raw and cooked food mixed' },
  samplesMissing: { 'zh-CN': '未按规定留样', en: 'Samples not retained' },
  irregularPurchaseLedger: { 'zh-CN': '进货查验记录不规范', en: 'Irregular purchase ledger' },
  poorHygiene: { 'zh-CN': '环境卫生不符合要求', en: 'Poor hygiene' },
  notRectified: { 'zh-CN': '逾期未整改', en: 'Not rectified in time' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

interface Scope {
  lo: string;
  hi: string;
}

/**
 * The rows of a canteen-held table (alias with `scope_path` and `canteen_id` columns) that lie in the
 * report's place: the canteen's own path (a school canteen: the school's path; a meal supplier: its
 * region's path) or, for a meal supplier, any school it serves — the same reading as the scopes.
 */
function inPlace(alias: string, s: Scope): { sql: string; params: ObjectLiteral } {
  return {
    sql: `((${alias}.scope_path >= :fsLo AND ${alias}.scope_path < :fsHi) OR EXISTS (SELECT 1 FROM food_safety_supplier_school fsrs
      WHERE fsrs.supplier_id = ${alias}.canteen_id AND fsrs.school_path >= :fsLo AND fsrs.school_path < :fsHi))`,
    params: { fsLo: s.lo, fsHi: s.hi },
  };
}

function placed<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, s: Scope): SelectQueryBuilder<T> {
  const p = inPlace(alias, s);
  return qb.andWhere(p.sql, p.params);
}

async function count(qb: SelectQueryBuilder<ObjectLiteral>, expr = 'COUNT(*)'): Promise<number> {
  const row = await qb.select(expr, 'n').getRawOne<{ n: string | number | null }>();
  return Number(row?.n ?? 0);
}

async function grouped(qb: SelectQueryBuilder<ObjectLiteral>, key: string, expr = 'COUNT(*)'): Promise<Map<string, number>> {
  const rows = await qb.select(key, 'k').addSelect(expr, 'n').groupBy(key).getRawMany<{ k: string; n: string | number }>();
  return new Map(rows.map((r) => [String(r.k), Number(r.n)]));
}

/**
 * 食堂食品安全检查 in a region and period (issue 6 §9), as a bureau's summary quotes it: outings with
 * inspector person-times (人次) and vehicle trips (辆次) counted per outing, not per inspection
 * (DOMAIN §8: 113 人次 and 22 辆次 for 209 canteens); canteens inspected (distinct, 家); submitted
 * inspections by kind and by grade; opinion letters issued (份); rectification notices issued,
 * closed (销号) and overdue; penalties by reason with their amounts; and a table per campaign.
 *
 * Which rows: outings by their date and region; inspections by their date, letters, notices and
 * penalties by the day they were issued, closed or decided — each in the period — of canteens in the
 * report's place (their own path, or for a meal supplier any school it serves). Overdue: notices with
 * a dated deadline passed and not closed, as of the period's last day (or today, if earlier).
 */
@Injectable()
export class FoodSafetyReportSection implements ReportSection {
  readonly id = 'food-safety';
  readonly title = `${M}.title`;
  /** After core's contexts. */
  readonly order = 500;

  constructor(private readonly clock: Clock) {}

  async compute(ctx: ReportContext): Promise<ReportSectionResult> {
    const m = ctx.dataSource.manager;
    const { from, to } = ctx.range;
    const s: Scope = { lo: ctx.region.path, hi: prefixUpperBound(ctx.region.path) };
    const today = this.clock.today();
    const asOf = to < today ? to : today;
    const drill = (path: string, extra: Record<string, string> = {}) => `/food-safety/${path}?${new URLSearchParams({ from, to, ...extra }).toString()}`;

    const outings = () =>
      m
        .createQueryBuilder(InspectionOuting, 'o')
        .where('o.outingOn >= :from AND o.outingOn <= :to', { from, to })
        .andWhere('o.regionPath >= :fsLo AND o.regionPath < :fsHi', { fsLo: s.lo, fsHi: s.hi });
    const outingCount = await count(outings());
    const vehicleTrips = await count(outings(), 'COALESCE(SUM(o.vehicles), 0)');
    const personTimes = await count(outings().innerJoin(OutingMember, 'om', 'om.outingId = o.id'));

    const inspections = () =>
      placed(
        m.createQueryBuilder(Inspection, 'i').where("i.status = 'submitted'").andWhere('i.inspectedOn >= :from AND i.inspectedOn <= :to', { from, to }),
        'i',
        s,
      );
    const inspectionCount = await count(inspections());
    const canteens = await count(inspections(), 'COUNT(DISTINCT i.canteenId)');
    const byKind = await grouped(inspections(), 'i.kind');
    const byGrade = await grouped(inspections().andWhere('i.grade IS NOT NULL'), 'i.grade');
    const graded = [...byGrade.values()].reduce((a, b) => a + b, 0);

    const letters = await count(
      placed(
        m
          .createQueryBuilder(OpinionLetter, 'l')
          .innerJoin(Inspection, 'i', 'i.id = l.inspectionId')
          .where('l.issuedOn >= :from AND l.issuedOn <= :to', { from, to }),
        'i',
        s,
      ),
    );

    const notices = () => placed(m.createQueryBuilder(FoodSafetyNotice, 'n'), 'n', s);
    const noticesIssued = await count(notices().andWhere('n.issuedOn >= :from AND n.issuedOn <= :to', { from, to }));
    const noticesClosed = await count(notices().andWhere('n.closedOn >= :from AND n.closedOn <= :to', { from, to }));
    const noticesOverdue = await count(
      notices()
        .andWhere('n.issuedOn <= :asOf', { asOf })
        .andWhere("n.deadlineKind = 'date' AND n.deadline < :asOf", { asOf })
        .andWhere('(n.closedOn IS NULL OR n.closedOn > :asOf)', { asOf }),
    );

    const penalties = () => placed(m.createQueryBuilder(FoodSafetyPenalty, 'p').where('p.decidedOn >= :from AND p.decidedOn <= :to', { from, to }), 'p', s);
    const penaltyCount = await count(penalties());
    const penaltyAmount = await count(penalties(), 'COALESCE(SUM(p.amount), 0)');
    const penaltiesByReason = await grouped(penalties(), 'p.reasonCode');
    const amountByReason = await grouped(penalties(), 'p.reasonCode', 'COALESCE(SUM(p.amount), 0)');

    const figures: Figure[] = [
      {
        key: `${K}.outings`,
        label: `${M}.outings`,
        value: outingCount,
        unit: 'count',
        measure: `${M}.measure.outings`,
        source: 'computed',
        drill: drill('outings'),
      },
      {
        key: `${K}.inspectorPersonTimes`,
        label: `${M}.inspectorPersonTimes`,
        value: personTimes,
        unit: 'personTimes',
        measure: `${M}.measure.personTimes`,
        source: 'computed',
        drill: drill('outings'),
      },
      {
        key: `${K}.vehicleTrips`,
        label: `${M}.vehicleTrips`,
        value: vehicleTrips,
        unit: 'count',
        measure: `${M}.measure.vehicleTrips`,
        source: 'computed',
        drill: drill('outings'),
      },
      {
        key: `${K}.canteensInspected`,
        label: `${M}.canteensInspected`,
        value: canteens,
        unit: 'count',
        measure: `${M}.measure.canteens`,
        source: 'computed',
        drill: drill('inspections', { status: 'submitted' }),
      },
      {
        key: `${K}.inspections`,
        label: `${M}.inspections`,
        value: inspectionCount,
        unit: 'count',
        measure: `${M}.measure.inspections`,
        source: 'computed',
        drill: drill('inspections', { status: 'submitted' }),
      },
    ];
    for (const kind of INSPECTION_KINDS as readonly InspectionKind[]) {
      const n = byKind.get(kind) ?? 0;
      if (n === 0) continue;
      figures.push({
        key: `${K}.inspections.kind.${kind}`,
        label: `${M}.kind.${kind}`,
        value: n,
        unit: 'count',
        measure: `${M}.measure.inspections`,
        partsOf: `${K}.inspections`,
        partition: 'byKind',
        source: 'computed',
        drill: drill('inspections', { status: 'submitted', kind }),
      });
    }
    figures.push({
      key: `${K}.inspectionsGraded`,
      label: `${M}.inspectionsGraded`,
      value: graded,
      unit: 'count',
      measure: `${M}.measure.inspections`,
      subsetOf: `${K}.inspections`,
      source: 'computed',
      drill: drill('inspections', { status: 'submitted' }),
    });
    for (const grade of GRADES as readonly Grade[]) {
      const n = byGrade.get(grade) ?? 0;
      if (n === 0) continue;
      figures.push({
        key: `${K}.inspections.grade.${grade}`,
        label: `${M}.grade.${grade}`,
        value: n,
        unit: 'count',
        measure: `${M}.measure.inspections`,
        partsOf: `${K}.inspectionsGraded`,
        partition: 'byGrade',
        source: 'computed',
        drill: drill('inspections', { status: 'submitted', grade }),
      });
    }
    figures.push(
      {
        key: `${K}.letters`,
        label: `${M}.letters`,
        value: letters,
        unit: 'count',
        measure: `${M}.measure.documents`,
        source: 'computed',
        drill: drill('letters'),
      },
      {
        key: `${K}.noticesIssued`,
        label: `${M}.noticesIssued`,
        value: noticesIssued,
        unit: 'count',
        measure: `${M}.measure.documents`,
        source: 'computed',
        drill: drill('notices'),
      },
      {
        key: `${K}.noticesClosed`,
        label: `${M}.noticesClosed`,
        value: noticesClosed,
        unit: 'count',
        measure: `${M}.measure.documents`,
        source: 'computed',
        drill: `/food-safety/notices?${new URLSearchParams({ closedFrom: from, closedTo: to, status: 'closed' }).toString()}`,
      },
      {
        key: `${K}.noticesOverdue`,
        label: `${M}.noticesOverdue`,
        value: noticesOverdue,
        unit: 'count',
        measure: `${M}.measure.documents`,
        source: 'computed',
        drill: `/food-safety/notices?${new URLSearchParams({ status: 'overdue', asOf }).toString()}`,
      },
      {
        key: `${K}.penalties`,
        label: `${M}.penalties`,
        value: penaltyCount,
        unit: 'count',
        measure: `${M}.measure.penalties`,
        source: 'computed',
        drill: drill('penalties'),
      },
      { key: `${K}.penaltyAmount`, label: `${M}.penaltyAmount`, value: penaltyAmount, unit: 'fen', source: 'computed', drill: drill('penalties') },
    );
    for (const reason of PENALTY_REASONS) {
      const n = penaltiesByReason.get(reason) ?? 0;
      if (n === 0) continue;
      figures.push({
        key: `${K}.penalties.reason.${reason}`,
        label: `${M}.reason.${reason}`,
        value: n,
        unit: 'count',
        measure: `${M}.measure.penalties`,
        partsOf: `${K}.penalties`,
        partition: 'byReason',
        source: 'computed',
        drill: drill('penalties', { reasonCode: reason }),
      });
    }

    const tables: ReportTable[] = [await this.campaignTable(m, ctx, s)];
    if (penaltyCount > 0) {
      tables.push({
        key: `${K}.penaltiesByReason`,
        title: `${M}.penaltiesByReason`,
        columns: [
          { key: 'reason', label: `${M}.column.reason` },
          { key: 'penalties', label: `${M}.column.penalties`, unit: 'count' },
          { key: 'amount', label: `${M}.column.amount`, unit: 'fen' },
        ],
        rows: PENALTY_REASONS.filter((r) => penaltiesByReason.has(r)).map((r) => ({
          reason: REASON_WORDS[r][ctx.locale],
          penalties: penaltiesByReason.get(r) ?? 0,
          amount: amountByReason.get(r) ?? 0,
        })),
      });
    }
    return { figures, tables };
  }

  /** One row per campaign running in the period in the place: its own figures within the period. */
  private async campaignTable(m: EntityManager, ctx: ReportContext, s: Scope): Promise<ReportTable> {
    const { from, to } = ctx.range;
    const campaigns = await m
      .createQueryBuilder(InspectionCampaign, 'c')
      .where('c.startsOn <= :to AND c.endsOn >= :from', { from, to })
      .andWhere('c.regionPath >= :fsLo AND c.regionPath < :fsHi', { fsLo: s.lo, fsHi: s.hi })
      .orderBy('c.startsOn', 'ASC')
      .addOrderBy('c.name', 'ASC')
      .getMany();
    const rows: ReportTable['rows'] = [];
    for (const c of campaigns) {
      const outings = () =>
        m
          .createQueryBuilder(InspectionOuting, 'o')
          .where('o.campaignId = :id', { id: c.id })
          .andWhere('o.outingOn >= :from AND o.outingOn <= :to', { from, to })
          .andWhere('o.regionPath >= :fsLo AND o.regionPath < :fsHi', { fsLo: s.lo, fsHi: s.hi });
      const inspections = () =>
        placed(
          m
            .createQueryBuilder(Inspection, 'i')
            .where("i.status = 'submitted'")
            .andWhere('i.campaignId = :id', { id: c.id })
            .andWhere('i.inspectedOn >= :from AND i.inspectedOn <= :to', { from, to }),
          'i',
          s,
        );
      const notices = () =>
        placed(
          m.createQueryBuilder(FoodSafetyNotice, 'n').innerJoin(Inspection, 'i', 'i.id = n.inspectionId').where('i.campaignId = :id', { id: c.id }),
          'n',
          s,
        );
      rows.push({
        campaign: c.name,
        period: `${c.startsOn} ~ ${c.endsOn}`,
        outings: await count(outings()),
        personTimes: await count(outings().innerJoin(OutingMember, 'om', 'om.outingId = o.id')),
        vehicleTrips: await count(outings(), 'COALESCE(SUM(o.vehicles), 0)'),
        canteens: await count(inspections(), 'COUNT(DISTINCT i.canteenId)'),
        inspections: await count(inspections()),
        noticesIssued: await count(notices().andWhere('n.issuedOn >= :from AND n.issuedOn <= :to', { from, to })),
        noticesClosed: await count(notices().andWhere('n.closedOn >= :from AND n.closedOn <= :to', { from, to })),
      });
    }
    return {
      key: `${K}.campaigns`,
      title: `${M}.campaigns`,
      columns: [
        { key: 'campaign', label: `${M}.column.campaign` },
        { key: 'period', label: `${M}.column.period` },
        { key: 'outings', label: `${M}.column.outings`, unit: 'count' },
        { key: 'personTimes', label: `${M}.column.personTimes`, unit: 'personTimes' },
        { key: 'vehicleTrips', label: `${M}.column.vehicleTrips`, unit: 'count' },
        { key: 'canteens', label: `${M}.column.canteens`, unit: 'count' },
        { key: 'inspections', label: `${M}.column.inspections`, unit: 'count' },
        { key: 'noticesIssued', label: `${M}.column.noticesIssued`, unit: 'count' },
        { key: 'noticesClosed', label: `${M}.column.noticesClosed`, unit: 'count' },
      ],
      rows,
    };
  }
}
