import { Injectable } from '@nestjs/common';
import { In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Locale } from '@schoolbridge/shared';
import { prefixUpperBound } from '../../platform/access/scope.service.js';
import type { Figure, ReportContext, ReportSection, ReportSectionResult, ReportTable } from '../../platform/plugins/extension-points.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Region } from '../../platform/regions/region.entity.js';
import { Attendance } from '../entities/attendance.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { SessionExpert, TrainingSlot } from '../entities/timetable.entity.js';
import type { TeamExpert } from '../rules/experts.js';
import {
  EXPERT_TIERS,
  PROGRAMME_LEVEL_NAMES,
  PROGRAMME_LEVELS,
  PROGRAMME_TYPE_NAMES,
  PROGRAMME_TYPES,
  type ExpertTier,
  type ProgrammeLevel,
  type ProgrammeType,
  type SessionStatus,
} from '../rules/vocab.js';
import { overallRatingsBySession } from '../evaluation/satisfaction.js';
import { countBy, localPlacesPercent, satisfactionPercent } from './figures.js';

/** Sessions that count: held or being held; drafts were never offered and cancelled ones never held. */
export const REPORTED_STATUSES: readonly SessionStatus[] = ['published', 'running', 'completed'];

/** Marks that count as attended (DOMAIN.md §4: late counts as present, excused does not). */
const ATTENDED = ['present', 'late'];

const K = 'training';
const M = 'training.report';

/** Localised sentences of the section's notes table (table cells are text, not message keys). */
const NOTES = {
  noSatisfaction: {
    'zh-CN': '本期内的班次没有训后问卷答复，未计算参训满意度。',
    en: 'No post-training questionnaire was answered for these sessions: satisfaction is not given.',
  },
  noExperts: {
    'zh-CN': '本期内的班次未安排专家，未计算本地专家占比。',
    en: 'None of these sessions had experts assigned: the local experts’ share is not given.',
  },
} satisfies Record<string, Record<Locale, string>>;

interface SessionRow {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  type: ProgrammeType;
  level: ProgrammeLevel;
}

/**
 * 送培送教 in a region and period (issue 5 §8): sessions held by type and by level, training days,
 * teachers trained as 人 and 人次, those who completed, experts by tier and the local experts'
 * share, and satisfaction from the post-training questionnaires, with a table of the sessions.
 *
 * Which sessions: status published, running or completed (not draft, not cancelled) with at least
 * one timetable day in the period, held at a venue that lies in the report's place — the venue is
 * managed within it (the organisation's path, as scopes read it) or sits within it on the map (the
 * venue's region path). So a county's report holds the sessions at its own schools and at a
 * city-run school inside the county, and a city's report holds each of them once. For a report on
 * one organisation (a principal's school) that is the sessions held at it.
 *
 * Only days and attendance within the period count, so the figures of two adjacent periods add
 * up even for a session that spans their boundary.
 */
@Injectable()
export class TrainingReportSection implements ReportSection {
  readonly id = 'training';
  readonly title = `${M}.title`;
  /** After the directory's figures, before the plugins' and platform usage. */
  readonly order = 200;

  async compute(ctx: ReportContext): Promise<ReportSectionResult> {
    const m = ctx.dataSource.manager;
    const { from, to } = ctx.range;
    const sessions = await this.sessions(m, ctx);
    const ids = () => sessionIds(m, ctx);

    const days = await perSession(
      withSessions(m.createQueryBuilder(TrainingSlot, 'sl'), 'sl.sessionId', ids())
        .select('sl.sessionId', 'sessionId')
        .addSelect('COUNT(DISTINCT sl.date)', 'n')
        .andWhere('sl.date >= :from AND sl.date <= :to', { from, to })
        .groupBy('sl.sessionId'),
    );
    const attended = () =>
      withSessions(m.createQueryBuilder(Attendance, 'a'), 'a.sessionId', ids())
        .innerJoin(TrainingSlot, 'asl', 'asl.id = a.slotId')
        .andWhere('a.mark IN (:...attended)', { attended: ATTENDED })
        .andWhere('asl.participantSlot = TRUE')
        .andWhere('asl.date >= :from AND asl.date <= :to', { from, to });
    const trainedTimes = await perSession(attended().select('a.sessionId', 'sessionId').addSelect('COUNT(DISTINCT a.teacherId)', 'n').groupBy('a.sessionId'));
    const trainedPersons = Number((await attended().select('COUNT(DISTINCT a.teacherId)', 'n').getRawOne<{ n: string | number }>())?.n ?? 0);
    const enrolled = await perSession(
      withSessions(m.createQueryBuilder(Enrolment, 'e'), 'e.sessionId', ids())
        .select('e.sessionId', 'sessionId')
        .addSelect('COUNT(*)', 'n')
        .andWhere("e.status = 'enrolled'")
        .groupBy('e.sessionId'),
    );
    // A completer holds an award in the credit outbox (creditAwarded) and was trained within the
    // period, so completers are always among the person-times trained.
    const completers = await perSession(
      withSessions(m.createQueryBuilder(Enrolment, 'e'), 'e.sessionId', ids())
        .select('e.sessionId', 'sessionId')
        .addSelect('COUNT(*)', 'n')
        .andWhere('e.creditAwarded = TRUE')
        .andWhere(
          `EXISTS (SELECT 1 FROM training_attendance ca INNER JOIN training_session_slot csl ON csl.id = ca.slot_id
            WHERE ca.session_id = e.session_id AND ca.teacher_id = e.teacher_id AND ca.mark IN (:...attended)
            AND csl.participant_slot = TRUE AND csl.date >= :from AND csl.date <= :to)`,
          { attended: ATTENDED, from, to },
        )
        .groupBy('e.sessionId'),
    );

    const team = await withSessions(m.createQueryBuilder(SessionExpert, 'se'), 'se.sessionId', ids())
      .innerJoin(Expert, 'x', 'x.id = se.expertId')
      .select('se.id', 'id')
      .addSelect('se.expertId', 'expertId')
      .addSelect('se.local', 'local')
      .addSelect('x.tier', 'tier')
      .getRawMany<{ id: string; expertId: string; local: unknown; tier: ExpertTier }>();
    const tierOf = new Map(team.map((t) => [t.expertId, t.tier]));
    const places: TeamExpert[] = team.map((t) => ({ id: t.id, tier: t.tier, local: t.local === true || t.local === 1 || t.local === '1' }));

    // The evaluation's own reading of the `overall` answers (JSON, summed in code on both databases).
    const ratings = [
      ...(
        await overallRatingsBySession(
          m,
          sessions.map((s) => s.id),
        )
      ).values(),
    ];

    const sum = (byId: Map<string, number>) => sessions.reduce((s, row) => s + (byId.get(row.id) ?? 0), 0);
    const drill = (extra: Record<string, string> = {}) => sessionsLink(ctx, extra);
    const sessionBase = { unit: 'count' as const, measure: `${M}.measure.sessions`, source: 'computed' as const };
    const figures: Figure[] = [{ ...sessionBase, key: `${K}.sessions`, label: `${M}.sessions`, value: sessions.length, drill: drill() }];
    for (const [type, n] of countBy(
      PROGRAMME_TYPES,
      sessions.map((s) => s.type),
    )) {
      if (n === 0) continue;
      figures.push({
        ...sessionBase,
        key: `${K}.sessions.type.${type}`,
        label: `${M}.type.${type}`,
        value: n,
        partsOf: `${K}.sessions`,
        partition: 'byType',
        drill: drill({ type }),
      });
    }
    for (const [level, n] of countBy(
      PROGRAMME_LEVELS,
      sessions.map((s) => s.level),
    )) {
      if (n === 0) continue;
      figures.push({
        ...sessionBase,
        key: `${K}.sessions.level.${level}`,
        label: `${M}.level.${level}`,
        value: n,
        partsOf: `${K}.sessions`,
        partition: 'byLevel',
        drill: drill({ level }),
      });
    }
    figures.push(
      { key: `${K}.days`, label: `${M}.days`, value: sum(days), unit: 'days', measure: `${M}.measure.days`, source: 'computed', drill: drill() },
      {
        key: `${K}.teachersTrained`,
        label: `${M}.teachersTrained`,
        value: trainedPersons,
        unit: 'persons',
        measure: `${M}.measure.persons`,
        source: 'computed',
      },
      {
        key: `${K}.teacherTimesTrained`,
        label: `${M}.teacherTimesTrained`,
        value: sum(trainedTimes),
        unit: 'personTimes',
        measure: `${M}.measure.personTimes`,
        source: 'computed',
      },
      {
        key: `${K}.completers`,
        label: `${M}.completers`,
        value: sum(completers),
        unit: 'personTimes',
        measure: `${M}.measure.personTimes`,
        subsetOf: `${K}.teacherTimesTrained`,
        source: 'computed',
      },
      { key: `${K}.experts`, label: `${M}.experts`, value: tierOf.size, unit: 'persons', measure: `${M}.measure.experts`, source: 'computed' },
    );
    const tiers = countBy(EXPERT_TIERS, [...tierOf.values()]);
    for (const [tier, n] of tiers) {
      figures.push({
        key: `${K}.experts.tier.${tier}`,
        label: `${M}.tier.${tier}`,
        value: n,
        unit: 'persons',
        measure: `${M}.measure.experts`,
        partsOf: `${K}.experts`,
        partition: 'byTier',
        source: 'computed',
      });
    }
    const notes: string[] = [];
    const local = localPlacesPercent(places);
    if (local === null) notes.push(NOTES.noExperts[ctx.locale]);
    else figures.push({ key: `${K}.localExpertShare`, label: `${M}.localExpertShare`, value: local, unit: 'percent', source: 'computed' });
    const satisfaction = satisfactionPercent(ratings);
    if (satisfaction === null) notes.push(NOTES.noSatisfaction[ctx.locale]);
    else figures.push({ key: `${K}.satisfaction`, label: `${M}.satisfaction`, value: satisfaction, unit: 'percent', source: 'computed' });

    const tables: ReportTable[] = [
      {
        key: `${K}.sessionList`,
        title: `${M}.sessionList`,
        columns: [
          { key: 'title', label: `${M}.column.title` },
          { key: 'venue', label: `${M}.column.venue` },
          { key: 'dates', label: `${M}.column.dates` },
          { key: 'type', label: `${M}.column.type` },
          { key: 'level', label: `${M}.column.level` },
          { key: 'enrolled', label: `${M}.column.enrolled`, unit: 'persons' },
          { key: 'completers', label: `${M}.column.completers`, unit: 'personTimes' },
        ],
        rows: sessions.map((s) => ({
          title: s.title,
          venue: s.venue,
          dates: s.startsOn === s.endsOn ? s.startsOn : `${s.startsOn} – ${s.endsOn}`,
          type: PROGRAMME_TYPE_NAMES[s.type]?.[ctx.locale] ?? s.type,
          level: PROGRAMME_LEVEL_NAMES[s.level]?.[ctx.locale] ?? s.level,
          enrolled: enrolled.get(s.id) ?? 0,
          completers: completers.get(s.id) ?? 0,
        })),
      },
    ];
    if (notes.length > 0) {
      tables.push({ key: `${K}.notes`, title: `${M}.notes`, columns: [{ key: 'note', label: `${M}.column.note` }], rows: notes.map((note) => ({ note })) });
    }
    return { figures, tables };
  }

  /** The sessions that count, in date order, with their programme's type and level and the venue's name. */
  private async sessions(m: EntityManager, ctx: ReportContext): Promise<SessionRow[]> {
    const rows = await withinPlace(m.createQueryBuilder(TrainingSession, 's'), ctx, 's')
      .orderBy('s.startsOn', 'ASC')
      .addOrderBy('s.title', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const programmes = new Map<string, TrainingProgramme>();
    const venues = new Map<string, string>();
    const programmeIds = [...new Set(rows.map((r) => r.programmeId))];
    const venueIds = [...new Set(rows.map((r) => r.venueOrganisationId))];
    for (let i = 0; i < programmeIds.length; i += 500) {
      for (const p of await m.find(TrainingProgramme, { where: { id: In(programmeIds.slice(i, i + 500)) }, select: { id: true, type: true, level: true } }))
        programmes.set(p.id, p);
    }
    for (let i = 0; i < venueIds.length; i += 500) {
      for (const o of await m.find(Organisation, { where: { id: In(venueIds.slice(i, i + 500)) }, select: { id: true, name: true } })) venues.set(o.id, o.name);
    }
    return rows.map((s) => ({
      id: s.id,
      title: s.title,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      venue: venues.get(s.venueOrganisationId) ?? '',
      type: programmes.get(s.programmeId)!.type,
      level: programmes.get(s.programmeId)!.level,
    }));
  }
}

/**
 * Restricts a query on sessions (aliased `alias`) to those the report counts: reported status,
 * venue within the place (its management path or its region's path), a timetable day in the range.
 */
function withinPlace<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, ctx: ReportContext, alias: string): SelectQueryBuilder<T> {
  const lo = ctx.region.path;
  // Path prefixes as ranges, as the scope helper matches them (an index serves them; no LIKE escaping).
  const hi = prefixUpperBound(lo);
  return qb
    .innerJoin(Organisation, `${alias}v`, `${alias}v.id = ${alias}.venueOrganisationId`)
    .leftJoin(Region, `${alias}vr`, `${alias}vr.id = ${alias}v.regionId`)
    .andWhere(`${alias}.status IN (:...reportedStatuses)`, { reportedStatuses: REPORTED_STATUSES })
    .andWhere(`((${alias}v.path >= :placeLo AND ${alias}v.path < :placeHi) OR (${alias}vr.path >= :placeLo AND ${alias}vr.path < :placeHi))`, {
      placeLo: lo,
      placeHi: hi,
    })
    .andWhere(
      `EXISTS (SELECT 1 FROM training_session_slot ${alias}d WHERE ${alias}d.session_id = ${alias}.id AND ${alias}d.date >= :rangeFrom AND ${alias}d.date <= :rangeTo)`,
      { rangeFrom: ctx.range.from, rangeTo: ctx.range.to },
    );
}

/** The ids of the sessions the report counts, as a subquery. */
function sessionIds(m: EntityManager, ctx: ReportContext): SelectQueryBuilder<TrainingSession> {
  return withinPlace(m.createQueryBuilder(TrainingSession, 'rs'), ctx, 'rs').select('rs.id');
}

/** Restricts `qb` to rows whose `column` names a session the report counts. */
function withSessions<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, ids: SelectQueryBuilder<TrainingSession>): SelectQueryBuilder<T> {
  return qb.where(`${column} IN (${ids.getQuery()})`, ids.getParameters());
}

/** A grouped count per session (`sessionId`, `n`) as a map; PostgreSQL answers counts as text. */
async function perSession(qb: SelectQueryBuilder<ObjectLiteral>): Promise<Map<string, number>> {
  const rows = await qb.getRawMany<{ sessionId: string; n: string | number }>();
  return new Map(rows.map((r) => [r.sessionId, Number(r.n)]));
}

/** The admin's session list with the report's place, period and statuses (and a type or level). */
function sessionsLink(ctx: ReportContext, extra: Record<string, string>): string {
  const q = new URLSearchParams({ [ctx.region.kind === 'organisation' ? 'organisationId' : 'regionId']: ctx.region.id, from: ctx.range.from, to: ctx.range.to, status: REPORTED_STATUSES.join(','), ...extra });
  return `/training/sessions?${q.toString()}`;
}
