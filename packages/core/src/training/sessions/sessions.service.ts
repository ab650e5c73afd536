import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { AppError, problems, type FieldError } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { EnrolmentService } from '../enrolment/enrolment.service.js';
import { regionPathOf } from '../../directory/common/scope.js';
import { prefixUpperBound } from '../../platform/access/scope.service.js';
import { NotificationService } from '../../platform/notifications/notification.service.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import { applySort, likeLiteral } from '../../directory/common/list-query.js';
import { bookTeacher, bookTeamAndVenue, releaseSession } from '../common/bookings.js';
import { expertScope, joinProgrammeParties, joinSessionParties, programmeScope, sessionScope } from '../common/scope.js';
import { Attendance } from '../entities/attendance.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';
import { TrainingSession, TrainingSessionSchool, TrainingSessionStage, TrainingSessionSubject } from '../entities/session.entity.js';
import { SessionExpert, TimetableItem, TrainingSlot } from '../entities/timetable.entity.js';
import { countiesOf, originOf } from '../experts/locality.js';
import { TRAINING_MANAGE, TRAINING_READ } from '../permissions.js';
import { TrainingRuleError } from '../rules/errors.js';
import { isLocalExpert, localShare, type LocalShare } from '../rules/experts.js';
import { DEFAULT_HALF_DAY_TIMES, toSchoolTemplate, validateTimetable } from '../rules/timetable.js';
import { assertTransition, SESSION_STATUS_NAMES, statusOn, type EnrolmentStatus, type SessionStatus } from '../rules/vocab.js';
import type {
  CreateSessionDto,
  ListSessionsQueryDto,
  SessionDetailDto,
  SessionListItemDto,
  SessionPageDto,
  SessionTemplateDto,
  UpdateSessionDto,
} from './dto/session.dto.js';
import './messages.js';
import { asTimetable, participantKeys, planDays, teamIds, type PlanDay, type SessionPlan } from './plan.js';
import { enrolmentCounts, halfWord, loadStored, namesOf, sessionDetail, type StoredSession } from './session-view.js';

const SORTS: Record<string, string> = {
  startsOn: 's.startsOn',
  title: 's.title',
  createdAt: 's.createdAt',
};

const ENTITY = 'training.session';
/** Enrolments a cancellation ends: everyone holding or waiting for a seat. */
const LIVE_ENROLMENTS: EnrolmentStatus[] = ['pending', 'enrolled', 'waitlisted'];
const VENUE_KINDS = ['school', 'training_centre'];

type Filters = Omit<ListSessionsQueryDto, 'page' | 'pageSize'>;

/** What the checks of a plan found: the team with local flags, and the local share decision. */
interface CheckedPlan {
  venue: Organisation;
  team: { expertId: string; role: 'leader' | 'expert'; local: boolean }[];
  share: LocalShare;
  localShareConfirmed: boolean;
}

/**
 * Sessions (培训班次): the timetable of half-day slots, the expert team with local flags, eligibility
 * and enrolment settings, bookings that keep everyone in one place at a time, and the status.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationService,
    private readonly enrolment: EnrolmentService,
  ) {}

  private base(manager: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<TrainingSession> {
    const qb = manager.getRepository(TrainingSession).createQueryBuilder('s');
    return joinSessionParties(qb, 's').andWhere(this.scope.where(actor, permission, sessionScope('s')));
  }

  // ---- reading ----

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<SessionPageDto> {
    const qb = this.base(this.dataSource, actor, TRAINING_READ);
    const today = this.clock.today();
    if (f.programmeId) qb.andWhere('s.programmeId = :programmeId', { programmeId: f.programmeId });
    if (f.venueId) qb.andWhere('s.venueOrganisationId = :venueId', { venueId: f.venueId });
    if (f.expertId)
      qb.andWhere('EXISTS (SELECT 1 FROM training_session_expert fe WHERE fe.session_id = s.id AND fe.expert_id = :expertId)', { expertId: f.expertId });
    if (f.from) qb.andWhere('s.endsOn >= :from', { from: f.from });
    if (f.to) qb.andWhere('s.startsOn <= :to', { to: f.to });
    // the status filter reads the derived status: a published session is running on its days
    const statuses = f.status ? [...new Set(f.status.split(','))] : [];
    if (statuses.length > 0) {
      const stored = statuses.filter((status) => status !== 'running' && status !== 'published');
      const conditions = [
        ...(statuses.includes('running') ? ["(s.status = 'running' OR (s.status = 'published' AND s.startsOn <= :today AND s.endsOn >= :today))"] : []),
        ...(statuses.includes('published') ? ["(s.status = 'published' AND NOT (s.startsOn <= :today AND s.endsOn >= :today))"] : []),
        ...(stored.length > 0 ? ['s.status IN (:...storedStatuses)'] : []),
      ];
      qb.andWhere(`(${conditions.join(' OR ')})`, { today, storedStatuses: stored });
    }
    if (f.type) qb.andWhere('sp.type = :type', { type: f.type });
    if (f.level) qb.andWhere('sp.level = :level', { level: f.level });
    if (f.regionId) {
      // as the report counts them: the venue managed within the region, or located in it
      const { lo, hi } = await regionPathOf(this.dataSource.manager, f.regionId);
      qb.andWhere(
        '((svenue.path >= :regionLo AND svenue.path < :regionHi) OR EXISTS (SELECT 1 FROM platform_region vr WHERE vr.id = svenue.region_id AND vr.path >= :regionLo AND vr.path < :regionHi))',
        { regionLo: lo, regionHi: hi },
      );
    }
    if (f.organisationId) {
      const org = await this.dataSource.manager.findOne(Organisation, { where: { id: f.organisationId }, select: { id: true, path: true } });
      // an unknown organisation filters everything out rather than failing the list
      const path = org?.path ?? '/\u0000none/';
      qb.andWhere('svenue.path >= :orgLo AND svenue.path < :orgHi', { orgLo: path, orgHi: prefixUpperBound(path) });
    }
    const q = f.q?.trim();
    if (q) qb.andWhere("s.title LIKE :q ESCAPE '\\'", { q: `%${likeLiteral(q)}%` });
    applySort(qb, f.sort, SORTS, '-startsOn', 's.id');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.listItems(this.dataSource.manager, rows, today), total, page: page.page, pageSize: page.pageSize };
  }

  private async listItems(m: EntityManager, rows: TrainingSession[], today: string): Promise<SessionListItemDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const programmes = await namesOf(
      m,
      TrainingProgramme,
      rows.map((r) => r.programmeId),
    );
    const venues = await namesOf(
      m,
      Organisation,
      rows.map((r) => r.venueOrganisationId),
    );
    const leaders = await m.find(SessionExpert, { where: { sessionId: In(ids), role: 'leader' } });
    const leaderNames = await namesOf(
      m,
      Expert,
      leaders.map((l) => l.expertId),
    );
    const leaderOf = new Map(leaders.map((l) => [l.sessionId, leaderNames.get(l.expertId) ?? null]));
    const counts = await enrolmentCounts(m, ids);
    return rows.map((s) => ({
      id: s.id,
      title: s.title,
      programmeId: s.programmeId,
      programmeName: programmes.get(s.programmeId) ?? '',
      venueId: s.venueOrganisationId,
      venueName: venues.get(s.venueOrganisationId) ?? '',
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      status: statusOn(s.status, s.startsOn, s.endsOn, today),
      capacity: s.capacity,
      seatsTaken: s.seatsTaken,
      waitlisted: counts.get(s.id)?.waitlisted ?? 0,
      creditHours: s.creditHours,
      teamLeaderName: leaderOf.get(s.id) ?? null,
      version: s.version,
    }));
  }

  async get(actor: Actor, id: string): Promise<SessionDetailDto> {
    const row = await this.base(this.dataSource, actor, TRAINING_READ).andWhere('s.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('session');
    return sessionDetail(this.dataSource.manager, row, this.clock.today());
  }

  /** The 送培到校 6-day plan from a Sunday, in the shape the editor saves. */
  template(sunday: string): SessionTemplateDto {
    try {
      const days = toSchoolTemplate(sunday);
      return {
        days: days.map((d) => ({
          date: d.date,
          halves: d.halves.map((h) => ({
            half: h.half,
            participantSlot: h.participantSlot,
            startsAt: DEFAULT_HALF_DAY_TIMES[h.half].start,
            endsAt: DEFAULT_HALF_DAY_TIMES[h.half].end,
            modules: h.modules.map((mod) => ({ kind: mod.kind, title: null, expertId: null, lessonTeacherId: mod.lessonTeacherId ?? null })),
          })),
        })),
      };
    } catch (err) {
      if (err instanceof TrainingRuleError) throw problems.field('sunday', err.code, err.params);
      throw err;
    }
  }

  // ---- writing ----

  async create(actor: Actor, dto: CreateSessionDto): Promise<SessionDetailDto> {
    const plan: SessionPlan = {
      programmeId: dto.programmeId,
      title: dto.title.trim(),
      venueId: dto.venueOrganisationId,
      days: planDays(dto.days),
      creditHours: dto.creditHours,
      completionThreshold: dto.completionThreshold ?? 80,
      capacity: dto.capacity,
      approvalRequired: dto.approvalRequired,
      enrolOpensOn: dto.enrolOpensOn ?? null,
      enrolClosesOn: dto.enrolClosesOn ?? null,
      withdrawUntil: dto.withdrawUntil ?? null,
      leaderId: dto.teamLeaderExpertId ?? null,
      memberIds: dto.expertIds ?? [],
      overrides: new Map((dto.localOverrides ?? []).map((o) => [o.expertId, o.local])),
      schoolIds: dto.eligibility?.schoolIds ?? [],
      subjects: dto.eligibility?.subjects ?? [],
      stages: dto.eligibility?.stages ?? [],
      notes: dto.notes?.trim() || null,
    };
    const id = await this.dataSource.transaction(async (m) => {
      const checked = await this.check(m, actor, plan, null, dto.confirmLocalShare === true);
      const now = this.clock.now();
      const dates = plan.days.map((d) => d.date);
      const session = m.create(TrainingSession, {
        id: newId(),
        programmeId: plan.programmeId,
        title: plan.title,
        venueOrganisationId: plan.venueId,
        startsOn: dates[0]!,
        endsOn: dates[dates.length - 1]!,
        status: 'draft',
        cancelReason: null,
        creditHours: plan.creditHours,
        completionThreshold: plan.completionThreshold,
        capacity: plan.capacity,
        seatsTaken: 0,
        waitlistSeq: 0,
        approvalRequired: plan.approvalRequired,
        enrolOpensOn: plan.enrolOpensOn,
        enrolClosesOn: plan.enrolClosesOn,
        withdrawUntil: plan.withdrawUntil,
        localShareConfirmed: checked.localShareConfirmed,
        notes: plan.notes,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(TrainingSession, session);
      await this.writeChildren(m, session.id, plan, checked, null, actor.locale);
      await bookTeamAndVenue(m, { id: session.id, venueOrganisationId: plan.venueId }, dates, teamIds(plan), actor.locale);
      await this.audit.record(
        { action: `${ENTITY}.created`, entityType: ENTITY, entityId: session.id, after: auditView(session, plan, checked), scopePath: checked.venue.path },
        m,
      );
      return session.id;
    });
    return this.getById(id);
  }

  async update(actor: Actor, id: string, dto: UpdateSessionDto): Promise<SessionDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.lockForWrite(m, actor, id);
      if (row.version !== dto.version) throw problems.staleVersion(row.version);
      if (row.status === 'completed' || row.status === 'cancelled')
        throw problems.conflict('training.session.notEditable', { status: statusWord(row.status, actor.locale) }, { sessionStatus: row.status });
      const stored = await loadStored(m, id);
      const leader = stored.team.find((t) => t.role === 'leader')?.expertId ?? null;
      const plan: SessionPlan = {
        programmeId: dto.programmeId ?? row.programmeId,
        title: dto.title?.trim() ?? row.title,
        venueId: dto.venueOrganisationId ?? row.venueOrganisationId,
        days: dto.days ? planDays(dto.days) : stored.days,
        creditHours: dto.creditHours ?? row.creditHours,
        completionThreshold: dto.completionThreshold ?? row.completionThreshold,
        capacity: dto.capacity ?? row.capacity,
        approvalRequired: dto.approvalRequired ?? row.approvalRequired,
        enrolOpensOn: dto.enrolOpensOn !== undefined ? dto.enrolOpensOn : row.enrolOpensOn,
        enrolClosesOn: dto.enrolClosesOn !== undefined ? dto.enrolClosesOn : row.enrolClosesOn,
        withdrawUntil: dto.withdrawUntil !== undefined ? dto.withdrawUntil : row.withdrawUntil,
        leaderId: dto.teamLeaderExpertId !== undefined ? dto.teamLeaderExpertId : leader,
        memberIds: dto.expertIds ?? stored.team.filter((t) => t.role !== 'leader').map((t) => t.expertId),
        overrides: new Map((dto.localOverrides ?? []).map((o) => [o.expertId, o.local])),
        schoolIds: dto.eligibility?.schoolIds ?? stored.schoolIds,
        subjects: dto.eligibility?.subjects ?? stored.subjects,
        stages: dto.eligibility?.stages ?? stored.stages,
        notes: dto.notes !== undefined ? dto.notes?.trim() || null : row.notes,
      };
      const checked = await this.check(m, actor, plan, { row, stored }, dto.confirmLocalShare === true);
      const dates = plan.days.map((d) => d.date);
      const after = await updateVersioned(
        m,
        TrainingSession,
        id,
        dto.version,
        {
          programmeId: plan.programmeId,
          title: plan.title,
          venueOrganisationId: plan.venueId,
          startsOn: dates[0]!,
          endsOn: dates[dates.length - 1]!,
          creditHours: plan.creditHours,
          completionThreshold: plan.completionThreshold,
          capacity: plan.capacity,
          approvalRequired: plan.approvalRequired,
          enrolOpensOn: plan.enrolOpensOn,
          enrolClosesOn: plan.enrolClosesOn,
          withdrawUntil: plan.withdrawUntil,
          localShareConfirmed: checked.localShareConfirmed,
          notes: plan.notes,
          updatedAt: this.clock.now(),
        },
        'session',
      );
      await this.writeChildren(m, id, plan, checked, stored, actor.locale);
      await bookTeamAndVenue(m, { id, venueOrganisationId: plan.venueId }, dates, teamIds(plan), actor.locale);
      // seated teachers follow the participant slots; a clash refuses the edit like any other
      const newKeys = participantKeys(plan.days);
      if (newKeys.join() !== participantKeys(stored.days).join()) {
        const slots = newKeys.map((k) => ({ date: k.slice(0, 10), half: k.slice(11) as 'am' | 'pm' }));
        for (const e of await m.find(Enrolment, { where: { sessionId: id, status: 'enrolled' }, select: { teacherId: true } }))
          await bookTeacher(m, id, e.teacherId, slots, actor.locale);
      }
      // more seats: the waitlist moves up in the same transaction, in sequence order
      if (plan.capacity > row.capacity) await this.enrolment.fillFreeSeats(m, id, actor.locale);
      await this.audit.record(
        {
          action: `${ENTITY}.updated`,
          entityType: ENTITY,
          entityId: id,
          before: auditView(
            row,
            { leaderId: leader, days: stored.days, schoolIds: stored.schoolIds, subjects: stored.subjects, stages: stored.stages },
            { team: stored.team, localShareConfirmed: row.localShareConfirmed },
          ),
          after: auditView(after, plan, checked),
          scopePath: checked.venue.path,
        },
        m,
      );
    });
    return this.getById(id);
  }

  /**
   * Checks a plan whole, reporting every field error at once, then the local share: more than
   * 60% local experts is saved only when the coordinator confirms it (or confirmed this same team).
   */
  private async check(
    m: EntityManager,
    actor: Actor,
    plan: SessionPlan,
    previous: { row: TrainingSession; stored: StoredSession } | null,
    confirm: boolean,
  ): Promise<CheckedPlan> {
    const errors: FieldError[] = [];
    const locale = actor.locale;
    // programme: within the caller's training.manage scope when chosen or changed
    if (!previous || plan.programmeId !== previous.row.programmeId) {
      const programme = await joinProgrammeParties(m.getRepository(TrainingProgramme).createQueryBuilder('p'), 'p')
        .where('p.id = :id', { id: plan.programmeId })
        .andWhere(this.scope.where(actor, TRAINING_MANAGE, programmeScope()))
        .getOne();
      if (!programme) errors.push({ field: 'programmeId', code: 'training.session.programmeNotFound' });
      else if (programme.archivedAt) errors.push({ field: 'programmeId', code: 'training.session.programmeArchived' });
    }
    const venue = await m.findOneBy(Organisation, { id: plan.venueId });
    const venueChanged = !previous || plan.venueId !== previous.row.venueOrganisationId;
    if (!venue) errors.push({ field: 'venueOrganisationId', code: 'training.session.venueNotFound' });
    else if (venueChanged && !VENUE_KINDS.includes(venue.kind)) errors.push({ field: 'venueOrganisationId', code: 'training.session.venueKind' });
    else if (venueChanged && venue.archivedAt) errors.push({ field: 'venueOrganisationId', code: 'training.archived' });

    // the timetable
    for (const e of validateTimetable(asTimetable(plan.days))) errors.push(ruleFieldError(e, locale));
    plan.days.forEach((d, i) =>
      d.halves.forEach((h, j) => {
        if (h.endsAt <= h.startsAt)
          errors.push({ field: `days.${i}.halves.${j}.endsAt`, code: 'training.timetable.endsBeforeStarts', params: { startsAt: h.startsAt } });
      }),
    );

    // the team: experts of the pools the caller manages, current ones unless already on the team
    const ids = teamIds(plan);
    const onTeam = new Set(previous?.stored.team.map((t) => t.expertId) ?? []);
    const experts = new Map(ids.length ? (await m.find(Expert, { where: { id: In(ids) } })).map((x) => [x.id, x]) : []);
    const inScope = new Set(
      ids.length
        ? (
            await m
              .getRepository(Expert)
              .createQueryBuilder('x')
              .innerJoin(Organisation, 'xowner', 'xowner.id = x.ownerOrganisationId')
              .select('x.id', 'id')
              .where({ id: In(ids) })
              .andWhere(this.scope.where(actor, TRAINING_MANAGE, expertScope()))
              .getRawMany<{ id: string }>()
          ).map((r) => r.id)
        : [],
    );
    const teamField = (id: string) => (id === plan.leaderId ? 'teamLeaderExpertId' : `expertIds.${plan.memberIds.indexOf(id)}`);
    for (const id of ids) {
      const x = experts.get(id);
      if (!x || (!inScope.has(id) && !onTeam.has(id))) errors.push({ field: teamField(id), code: 'training.session.expertNotFound' });
      else if (x.archivedAt && !onTeam.has(id)) errors.push({ field: teamField(id), code: 'training.session.expertArchived', params: { name: x.name } });
    }
    const team = new Set(ids);
    const lessonTeacherIds = [
      ...new Set(plan.days.flatMap((d) => d.halves.flatMap((h) => h.modules.map((mod) => mod.lessonTeacherId))).filter((x): x is string => !!x)),
    ];
    const teachers = new Set(
      lessonTeacherIds.length ? (await m.find(Teacher, { where: { id: In(lessonTeacherIds) }, select: { id: true } })).map((t) => t.id) : [],
    );
    const missingExperts = [...new Set(plan.days.flatMap((d) => d.halves.flatMap((h) => h.modules.map((mod) => mod.expertId))))].filter(
      (x): x is string => !!x && !experts.has(x),
    );
    const moduleExperts = new Map([...experts].map(([id, x]) => [id, x.name]));
    if (missingExperts.length)
      for (const x of await m.find(Expert, { where: { id: In(missingExperts) }, select: { id: true, name: true } })) moduleExperts.set(x.id, x.name);
    plan.days.forEach((d, i) =>
      d.halves.forEach((h, j) =>
        h.modules.forEach((mod, k) => {
          const at = `days.${i}.halves.${j}.modules.${k}`;
          if (mod.expertId && !team.has(mod.expertId))
            errors.push({
              field: `${at}.expertId`,
              code: 'training.timetable.expertNotOnTeam',
              params: { name: moduleExperts.get(mod.expertId) ?? mod.expertId },
            });
          if (mod.lessonTeacherId && !teachers.has(mod.lessonTeacherId))
            errors.push({ field: `${at}.lessonTeacherId`, code: 'training.timetable.teacherNotFound' });
        }),
      ),
    );

    // eligibility and enrolment settings
    const schoolIds = [...new Set(plan.schoolIds)];
    const schools = new Set(
      schoolIds.length ? (await m.find(Organisation, { where: { id: In(schoolIds), kind: 'school' }, select: { id: true } })).map((o) => o.id) : [],
    );
    plan.schoolIds.forEach((id, i) => {
      if (!schools.has(id)) errors.push({ field: `eligibility.schoolIds.${i}`, code: 'training.session.schoolNotFound' });
    });
    if (plan.enrolOpensOn && plan.enrolClosesOn && plan.enrolClosesOn < plan.enrolOpensOn)
      errors.push({ field: 'enrolClosesOn', code: 'training.session.enrolClosesBeforeOpens', params: { enrolOpensOn: plan.enrolOpensOn } });
    if (previous && plan.capacity < previous.row.seatsTaken)
      errors.push({ field: 'capacity', code: 'training.session.capacityBelowSeats', params: { seatsTaken: previous.row.seatsTaken } });
    if (errors.length > 0) throw problems.validation(errors);

    // local flags: as set by hand, else as stored (same venue), else same school or the venue's county
    const counties = await countiesOf(m, [plan.venueId, ...[...experts.values()].map((x) => x.organisationId).filter((x): x is string => !!x)]);
    const receiving = originOf(plan.venueId, counties);
    const storedLocal = new Map(previous?.stored.team.map((t) => [t.expertId, t.local]) ?? []);
    const members = ids.map((id) => {
      const x = experts.get(id)!;
      const local =
        plan.overrides.get(id) ??
        (!venueChanged && storedLocal.has(id) ? storedLocal.get(id)! : isLocalExpert(originOf(x.organisationId, counties), receiving));
      return { expertId: id, role: (id === plan.leaderId ? 'leader' : 'expert') as 'leader' | 'expert', local, tier: x.tier };
    });
    const share = localShare(members.map((t) => ({ id: t.expertId, tier: t.tier, local: t.local })));
    let localShareConfirmed = false;
    if (share.exceedsLimit) {
      const sameTeam = !!previous && previous.row.localShareConfirmed && sameLocals(previous.stored.team, members);
      if (!confirm && !sameTeam) {
        const percent = `${Math.round(share.share * 100)}%`;
        throw problems.conflict(
          'training.session.localShareExceeded',
          { local: share.local, total: share.total, percent },
          { local: share.local, total: share.total, share: share.share },
        );
      }
      localShareConfirmed = true;
    }
    return { venue: venue!, team: members.map(({ expertId, role, local }) => ({ expertId, role, local })), share, localShareConfirmed };
  }

  /** Writes the timetable (slots kept by date and half keep their ids), team and eligibility. */
  private async writeChildren(
    m: EntityManager,
    sessionId: string,
    plan: SessionPlan,
    checked: CheckedPlan,
    stored: StoredSession | null,
    locale: Locale,
  ): Promise<void> {
    const storedDays: StoredSession['days'] = stored?.days ?? [];
    const existing = new Map<string, string>(storedDays.flatMap((d) => d.halves.map((h) => [`${d.date}.${h.half}`, h.slotId] as [string, string])));
    const wanted = new Set(plan.days.flatMap((d) => d.halves.map((h) => `${d.date}.${h.half}`)));
    await m.delete(TimetableItem, { sessionId });
    for (const [key, slotId] of existing) {
      if (wanted.has(key)) continue;
      if (await m.existsBy(Attendance, { slotId })) {
        const [date, half] = key.split('.') as [string, string];
        throw problems.conflict('training.session.slotHasAttendance', { date, half: halfWord(half, locale) }, { date, half });
      }
      await m.delete(TrainingSlot, { id: slotId });
    }
    for (const day of plan.days) {
      for (const h of day.halves) {
        const key = `${day.date}.${h.half}`;
        let slotId = existing.get(key);
        if (slotId) await m.update(TrainingSlot, { id: slotId }, { participantSlot: h.participantSlot, startsAt: h.startsAt, endsAt: h.endsAt });
        else {
          slotId = newId();
          await m.insert(TrainingSlot, {
            id: slotId,
            sessionId,
            date: day.date,
            half: h.half,
            participantSlot: h.participantSlot,
            startsAt: h.startsAt,
            endsAt: h.endsAt,
          });
        }
        const items = h.modules.map((mod, position) => ({
          id: newId(),
          sessionId,
          slotId: slotId!,
          position,
          kind: mod.kind,
          title: mod.title,
          expertId: mod.expertId,
          lessonTeacherId: mod.lessonTeacherId,
        }));
        if (items.length > 0) await m.insert(TimetableItem, items);
      }
    }
    await m.delete(SessionExpert, { sessionId });
    if (checked.team.length > 0)
      await m.insert(
        SessionExpert,
        checked.team.map((t) => ({ id: newId(), sessionId, ...t })),
      );
    await m.delete(TrainingSessionSchool, { sessionId });
    await m.delete(TrainingSessionSubject, { sessionId });
    await m.delete(TrainingSessionStage, { sessionId });
    const schoolIds = [...new Set(plan.schoolIds)];
    const subjects = [...new Set(plan.subjects)];
    const stages = [...new Set(plan.stages)];
    if (schoolIds.length)
      await m.insert(
        TrainingSessionSchool,
        schoolIds.map((organisationId) => ({ sessionId, organisationId })),
      );
    if (subjects.length)
      await m.insert(
        TrainingSessionSubject,
        subjects.map((subject) => ({ sessionId, subject })),
      );
    if (stages.length)
      await m.insert(
        TrainingSessionStage,
        stages.map((stage) => ({ sessionId, stage })),
      );
  }

  // ---- status ----

  /** draft → published: needs a participant slot, a team leader and at least one seat. */
  async publish(actor: Actor, id: string): Promise<SessionDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.lockForWrite(m, actor, id);
      this.assertTransition(row, statusOn(row.status, row.startsOn, row.endsOn, this.clock.today()), 'published', actor.locale);
      const missing: FieldError[] = [];
      if (!(await m.existsBy(TrainingSlot, { sessionId: id, participantSlot: true })))
        missing.push({ field: 'days', code: 'training.timetable.noParticipantSlot' });
      if (!(await m.existsBy(SessionExpert, { sessionId: id, role: 'leader' })))
        missing.push({ field: 'teamLeaderExpertId', code: 'training.session.needsTeamLeader' });
      if (row.capacity < 1) missing.push({ field: 'capacity', code: 'training.session.needsCapacity' });
      if (missing.length > 0) {
        const words = missing.map((e) => problemWord(e.code, actor.locale)).join(actor.locale === 'zh-CN' ? '；' : '; ');
        throw new AppError(409, 'training.session.notReady', { missing: words }, missing);
      }
      await this.setStatus(m, row, 'published', {});
    });
    return this.getById(id);
  }

  /** published → running, from its first day (the status is also derived on its days). */
  async start(actor: Actor, id: string): Promise<SessionDetailDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.lockForWrite(m, actor, id);
      this.assertTransition(row, row.status, 'running', actor.locale);
      if (this.clock.today() < row.startsOn) throw problems.conflict('training.session.notStartedYet', { startsOn: row.startsOn }, { startsOn: row.startsOn });
      await this.setStatus(m, row, 'running', {});
    });
    return this.getById(id);
  }

  /**
   * draft | published → cancelled, in one transaction: the bookings are released, every pending,
   * enrolled or waitlisted enrolment is cancelled and its teacher told in the inbox.
   */
  async cancel(actor: Actor, id: string, reasonText: string): Promise<SessionDetailDto> {
    const reason = reasonText.trim();
    if (!reason) throw problems.field('reason', 'training.session.cancelReasonRequired');
    await this.dataSource.transaction(async (m) => {
      const row = await this.lockForWrite(m, actor, id);
      this.assertTransition(row, statusOn(row.status, row.startsOn, row.endsOn, this.clock.today()), 'cancelled', actor.locale);
      const affected = await m
        .createQueryBuilder(Enrolment, 'e')
        .innerJoin(Teacher, 't', 't.id = e.teacherId')
        .select(['e.id AS id', 'e.status AS status', 't.user_id AS "userId"'])
        .where('e.sessionId = :id', { id })
        .andWhere({ status: In(LIVE_ENROLMENTS) })
        .getRawMany<{ id: string; status: EnrolmentStatus; userId: string | null }>();
      const now = this.clock.now();
      if (affected.length > 0) {
        await m
          .createQueryBuilder()
          .update(Enrolment)
          .set({ status: 'cancelled', reason, updatedAt: now, version: () => 'version + 1' } as never)
          .where({ sessionId: id, status: In(LIVE_ENROLMENTS) })
          .execute();
      }
      await releaseSession(m, id);
      await this.setStatus(m, row, 'cancelled', { cancelReason: reason, seatsTaken: 0 });
      const users = [...new Set(affected.map((a) => a.userId).filter((x): x is string => !!x))];
      const span = row.startsOn === row.endsOn ? row.startsOn : `${row.startsOn} 至 ${row.endsOn}`;
      const spanEn = row.startsOn === row.endsOn ? row.startsOn : `${row.startsOn} to ${row.endsOn}`;
      await this.notifications.notify(
        users,
        {
          type: 'training.sessionCancelled',
          title: { 'zh-CN': `培训班次已取消：${row.title}`, en: `Session cancelled: ${row.title}` },
          body: {
            'zh-CN': `您报名的「${row.title}」（${span}）已取消，原因：${reason}。报名随之取消，届时无需参加。`,
            en: `"${row.title}" (${spanEn}), which you enrolled in, has been cancelled. Reason: ${reason}. Your enrolment is cancelled with it.`,
          },
          link: '/training/my',
          data: { sessionId: id },
        },
        m,
      );
      await this.audit.record(
        {
          action: `${ENTITY}.cancelled`,
          entityType: ENTITY,
          entityId: id,
          before: { status: row.status },
          after: {
            status: 'cancelled',
            cancelReason: reason,
            enrolmentsCancelled: affected.map((a) => ({ id: a.id, status: a.status })),
            notified: users.length,
          },
          scopePath: await venuePath(m, row),
        },
        m,
      );
    });
    return this.getById(id);
  }

  private assertTransition(row: TrainingSession, from: SessionStatus, to: SessionStatus, locale: Locale): void {
    try {
      assertTransition(from, to);
    } catch (err) {
      if (!(err instanceof TrainingRuleError)) throw err;
      const allowed = (err.params.allowed as SessionStatus[] | undefined) ?? [];
      const zh = locale === 'zh-CN';
      const allowedText = allowed.length
        ? (zh ? '可改为：' : 'it can become: ') + allowed.map((s) => statusWord(s, locale)).join(zh ? '、' : ', ')
        : zh
          ? '该状态不能再改变'
          : 'this status is final';
      throw new AppError(409, err.code, { from: statusWord(from, locale), to: statusWord(to, locale), allowedText }, [], {
        from,
        to,
        allowed,
        sessionId: row.id,
      });
    }
  }

  private async setStatus(m: EntityManager, row: TrainingSession, status: SessionStatus, extra: Partial<TrainingSession>): Promise<void> {
    await m.update(TrainingSession, { id: row.id }, { status, ...extra, updatedAt: this.clock.now(), version: () => 'version + 1' } as never);
    if (status !== 'cancelled')
      await this.audit.record(
        {
          action: `${ENTITY}.${status === 'running' ? 'started' : status}`,
          entityType: ENTITY,
          entityId: row.id,
          before: { status: row.status },
          after: { status },
          scopePath: await venuePath(m, row),
        },
        m,
      );
  }

  /**
   * The session for a write: within the caller's training.manage scope (else 404), then locked on
   * PostgreSQL so enrolments (which count seats under the same lock) wait for the edit.
   */
  private async lockForWrite(m: EntityManager, actor: Actor, id: string): Promise<TrainingSession> {
    const visible = await this.base(m, actor, TRAINING_MANAGE).select('s.id').andWhere('s.id = :id', { id }).getOne();
    if (!visible) throw problems.notFound('session');
    if (m.connection.options.type === 'postgres') {
      const locked = await m.createQueryBuilder(TrainingSession, 's').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
      if (!locked) throw problems.notFound('session');
      return locked;
    }
    return m.findOneByOrFail(TrainingSession, { id });
  }

  private async getById(id: string): Promise<SessionDetailDto> {
    const row = await this.dataSource.manager.findOneByOrFail(TrainingSession, { id });
    return sessionDetail(this.dataSource.manager, row, this.clock.today());
  }
}

/** Session writes are audited under the venue's path (the receiving school or the centre). */
async function venuePath(m: EntityManager, row: TrainingSession): Promise<string | null> {
  return (await m.findOne(Organisation, { where: { id: row.venueOrganisationId }, select: { id: true, path: true } }))?.path ?? null;
}

function statusWord(status: SessionStatus, locale: Locale): string {
  return SESSION_STATUS_NAMES[status][locale];
}

/** A timetable rule's field error with the API's path style (`days.2.halves.0.kind`) and a half-day in words. */
function ruleFieldError(e: FieldError, locale: Locale): FieldError {
  const params = e.params && typeof e.params.half === 'string' ? { ...e.params, half: halfWord(e.params.half, locale) } : e.params;
  return { field: e.field.replace(/\[(\d+)\]/g, '.$1'), code: e.code, ...(params ? { params } : {}) };
}

const PROBLEM_WORDS: Record<string, Record<Locale, string>> = {
  'training.timetable.noParticipantSlot': { 'zh-CN': '没有学员参训的半天', en: 'no participant half-day' },
  'training.session.needsTeamLeader': { 'zh-CN': '未指定送培组长', en: 'no team leader' },
  'training.session.needsCapacity': { 'zh-CN': '名额为 0', en: 'no seats' },
};

function problemWord(code: string, locale: Locale): string {
  return PROBLEM_WORDS[code]?.[locale] ?? code;
}

/** Whether a team has the same members with the same local flags as stored. */
function sameLocals(stored: SessionExpert[], members: { expertId: string; local: boolean }[]): boolean {
  const key = (list: { expertId: string; local: boolean }[]) =>
    list
      .map((t) => `${t.expertId}:${t.local}`)
      .sort()
      .join();
  return key(stored) === key(members);
}

/** What the audit log keeps of a session: the row, the team with local flags, the days. */
function auditView(
  row: TrainingSession,
  plan: Pick<SessionPlan, 'leaderId'> & { days: PlanDay[]; schoolIds: string[]; subjects: string[]; stages: string[] },
  checked: { team: { expertId: string; role?: string; local: boolean }[]; localShareConfirmed: boolean },
): Record<string, unknown> {
  return {
    ...row,
    localShareConfirmed: checked.localShareConfirmed,
    team: checked.team.map((t) => ({ expertId: t.expertId, role: t.role, local: t.local })),
    days: plan.days.map((d) => ({
      date: d.date,
      halves: d.halves.map((h) => ({ half: h.half, participantSlot: h.participantSlot, startsAt: h.startsAt, endsAt: h.endsAt, modules: h.modules })),
    })),
    eligibility: { schoolIds: plan.schoolIds, subjects: plan.subjects, stages: plan.stages },
  };
}
