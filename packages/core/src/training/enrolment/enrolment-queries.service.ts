import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { User } from '../../platform/auth/user.entity.js';
import { problemMessage } from '../../platform/errors/messages.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import { applyNameSearch } from '../../directory/common/list-query.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { TRAINING_READ } from '../permissions.js';
import { DIRECTORY_READ } from '../../directory/permissions.js';
import { PERSON_SCOPE } from '../../directory/common/scope.js';
import { problems } from '../../platform/errors/problem.js';
import { eligibility, withdrawalOpen } from '../rules/waitlist.js';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '../rules/vocab.js';
import type { EnrolmentCountsDto, EnrolmentDto, EnrolmentPageDto, ListEnrolmentsQueryDto, MySessionPageDto, OpenSessionDto, OpenSessionPageDto } from './dto/enrolment.dto.js';
import { ACTIVE_STATUSES, EnrolmentSupport } from './enrolment-support.js';

type ListFilters = Omit<ListEnrolmentsQueryDto, 'page' | 'pageSize'>;

/** Enrolled first (by pinyin), then the waitlist by number, then requests awaiting approval, then the rest. */
const ORDER_GROUP = "CASE e.status WHEN 'enrolled' THEN 0 WHEN 'waitlisted' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END";
/** The message of a code kept on a waitlisted row that a promotion passed over. */
const SKIP_MESSAGES: Record<string, string> = { 'training.conflict': 'training.waitlist.skippedClash' };

const ORDER_WAITLIST = "CASE WHEN e.status = 'waitlisted' THEN e.waitlist_seq ELSE 0 END";

/** Reading enrolments: a session's list (scoped per row), a teacher's own sessions, and the sessions open to them. */
@Injectable()
export class EnrolmentQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly support: EnrolmentSupport,
  ) {}

  /**
   * A session's enrolments. The centre or bureau running it and the experts of its team see every
   * row; a school's coordinator only their own school's teachers; a teacher only their own row.
   */
  async list(actor: Actor, sessionId: string, f: ListFilters, page: PageRequest): Promise<EnrolmentPageDto> {
    const m = this.dataSource.manager;
    const session = await this.support.reach(m, actor, TRAINING_READ, sessionId, await this.ownSchoolPath(m, actor));
    const qb = m
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin(Teacher, 't', 't.id = e.teacher_id')
      .innerJoin(Organisation, 'school', 'school.id = t.school_id')
      .where('e.session_id = :sessionId', { sessionId });
    if (!(await this.support.seesAllRows(m, actor, TRAINING_READ, session))) {
      qb.andWhere(this.scope.where(actor, TRAINING_READ, { paths: ['school.path'], own: (userId) => ({ sql: 't.user_id = :enrolmentOwnUser', params: { enrolmentOwnUser: userId } }) }));
    }
    if (f.schoolId) qb.andWhere('t.school_id = :schoolId', { schoolId: f.schoolId });
    applyNameSearch(qb, f.q, { name: 't.name', pinyin: 't.name_pinyin', initials: 't.name_initials' });
    const grouped = await qb.clone().select('e.status', 'status').addSelect('COUNT(*)', 'n').groupBy('e.status').getRawMany<{ status: EnrolmentStatus; n: string | number }>();
    const counts = Object.fromEntries(ENROLMENT_STATUSES.map((s) => [s, 0])) as unknown as EnrolmentCountsDto;
    for (const g of grouped) counts[g.status] = Number(g.n);
    if (f.status) qb.andWhere('e.status = :status', { status: f.status });
    const total = await qb.getCount();
    const rows = await qb.orderBy(ORDER_GROUP, 'ASC').addOrderBy(ORDER_WAITLIST, 'ASC').addOrderBy('t.name_pinyin', 'ASC').addOrderBy('e.id', 'ASC').offset(page.skip).limit(page.pageSize).getMany();
    return { items: await this.toDtos(m, rows, actor.locale), total, page: page.page, pageSize: page.pageSize, counts, capacity: session.capacity, seatsTaken: session.seatsTaken };
  }

  /** One enrolment as the list shows it (the caller has been authorised for it already). */
  async byId(id: string, locale: Locale): Promise<EnrolmentDto> {
    const m = this.dataSource.manager;
    const row = await this.support.enrolment(m, id);
    const [dto] = await this.toDtos(m, [row], locale);
    return dto!;
  }

  /** The caller's own enrolments, latest sessions first, with their place on a waitlist. */
  async mySessions(actor: Actor, page: PageRequest): Promise<MySessionPageDto> {
    const teacherIds = (await this.dataSource.manager.find(Teacher, { where: { userId: actor.userId }, select: { id: true } })).map((t) => t.id);
    return this.sessionsOf(teacherIds, page);
  }

  /**
   * One teacher's sessions for the teacher's page (the `teacher.detail` widget): the teacher must be
   * within the caller's directory scope (404 otherwise, as if absent). Sessions the caller could not
   * open themselves are still listed by title: the record is the teacher's.
   */
  async teacherSessions(actor: Actor, teacherId: string, page: PageRequest): Promise<MySessionPageDto> {
    const visible = await this.dataSource.manager
      .getRepository(Teacher)
      .createQueryBuilder('t')
      .innerJoin(Organisation, 'school', 'school.id = t.schoolId')
      .where('t.id = :teacherId', { teacherId })
      .andWhere(this.scope.where(actor, DIRECTORY_READ, { ...PERSON_SCOPE, own: (userId) => ({ sql: 't.user_id = :ownTeacherUser', params: { ownTeacherUser: userId } }) }))
      .getExists();
    if (!visible) throw problems.notFound('directory.teacher');
    return this.sessionsOf([teacherId], page);
  }

  private async sessionsOf(teacherIds: string[], page: PageRequest): Promise<MySessionPageDto> {
    const m = this.dataSource.manager;
    if (teacherIds.length === 0) return { items: [], total: 0, page: page.page, pageSize: page.pageSize };
    const [rows, total] = await m
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .innerJoin(TrainingSession, 's', 's.id = e.session_id')
      .where('e.teacher_id IN (:...teacherIds)', { teacherIds })
      .orderBy('s.starts_on', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .offset(page.skip)
      .limit(page.pageSize)
      .getManyAndCount();
    const sessions = await this.sessionsById(m, rows.map((r) => r.sessionId));
    const venues = await this.orgNames(m, [...sessions.values()].map((s) => s.venueOrganisationId));
    const positions = await this.waitlistPositions(m, rows);
    const today = this.support.today();
    const items = rows.map((e) => {
      const s = sessions.get(e.sessionId)!;
      const sessionStatus = this.support.effectiveStatus(s);
      const live = sessionStatus === 'published' || sessionStatus === 'running';
      return {
        enrolmentId: e.id,
        sessionId: s.id,
        title: s.title,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        venueId: s.venueOrganisationId,
        venueName: venues.get(s.venueOrganisationId) ?? '',
        sessionStatus,
        creditHours: s.creditHours,
        status: e.status,
        source: e.source,
        waitlistSeq: e.waitlistSeq,
        waitlistPosition: positions.get(e.id) ?? null,
        withdrawUntil: s.withdrawUntil,
        creditAwarded: e.creditAwarded,
        canWithdraw: live && ACTIVE_STATUSES.includes(e.status) && withdrawalOpen(today, s.withdrawUntil).open,
        reason: e.reason,
      };
    });
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  /**
   * Published sessions taking enrolments today that the caller's teacher may join: open to their
   * school and eligible by subject and stage; seats left say whether they would get a seat or the waitlist.
   */
  async openSessions(actor: Actor, page: PageRequest): Promise<OpenSessionPageDto> {
    const m = this.dataSource.manager;
    const teachers = await m.find(Teacher, { where: { userId: actor.userId } });
    const teacher = teachers.find((t) => t.archivedAt === null);
    if (!teacher) return { items: [], total: 0, page: page.page, pageSize: page.pageSize };
    const facts = (await this.support.teacherFacts(m, [teacher.id])).get(teacher.id)!;
    const today = this.support.today();
    const candidates = await m
      .createQueryBuilder(TrainingSession, 's')
      .where("s.status = 'published'")
      // until the participants' first day (the team's Sunday before it does not close enrolment)
      .andWhere('NOT EXISTS (SELECT 1 FROM training_session_slot ps WHERE ps.session_id = s.id AND ps.participant_slot = :yes AND ps.date < :today)', { yes: true, today })
      .andWhere('s.ends_on >= :today', { today })
      .andWhere('(s.enrol_opens_on IS NULL OR s.enrol_opens_on <= :today)', { today })
      .andWhere('(s.enrol_closes_on IS NULL OR s.enrol_closes_on >= :today)', { today })
      .orderBy('s.starts_on', 'ASC')
      .addOrderBy('s.title', 'ASC')
      .getMany();
    const open: TrainingSession[] = [];
    for (const s of candidates) {
      if (!(await this.support.audienceCovers(m, s, [facts.schoolPath]))) continue;
      if (!eligibility(facts, await this.support.criteria(m, s.id)).ok) continue;
      open.push(s);
    }
    const shown = open.slice(page.skip, page.skip + page.pageSize);
    const ids = shown.map((s) => s.id);
    const programmes = ids.length ? await m.find(TrainingProgramme, { where: { id: In([...new Set(shown.map((s) => s.programmeId))]) }, select: { id: true, name: true } }) : [];
    const venues = await this.orgNames(m, shown.map((s) => s.venueOrganisationId));
    const waiting = ids.length
      ? await m.createQueryBuilder(Enrolment, 'w').select('w.session_id', 'sessionId').addSelect('COUNT(*)', 'n').where('w.session_id IN (:...ids)', { ids }).andWhere("w.status = 'waitlisted'").groupBy('w.session_id').getRawMany<{ sessionId: string; n: string | number }>()
      : [];
    const mine = ids.length ? await m.find(Enrolment, { where: { sessionId: In(ids), teacherId: teacher.id } }) : [];
    const items: OpenSessionDto[] = shown.map((s) => ({
      sessionId: s.id,
      title: s.title,
      programmeName: programmes.find((p) => p.id === s.programmeId)?.name ?? '',
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      venueId: s.venueOrganisationId,
      venueName: venues.get(s.venueOrganisationId) ?? '',
      creditHours: s.creditHours,
      capacity: s.capacity,
      seatsTaken: s.seatsTaken,
      seatsLeft: Math.max(0, s.capacity - s.seatsTaken),
      waitlisted: Number(waiting.find((w) => w.sessionId === s.id)?.n ?? 0),
      approvalRequired: s.approvalRequired,
      enrolClosesOn: s.enrolClosesOn,
      withdrawUntil: s.withdrawUntil,
      myStatus: mine.find((e) => e.sessionId === s.id)?.status ?? null,
    }));
    return { items, total: open.length, page: page.page, pageSize: page.pageSize };
  }

  private async toDtos(m: EntityManager, rows: Enrolment[], locale: Locale): Promise<EnrolmentDto[]> {
    if (rows.length === 0) return [];
    const facts = await this.support.teacherFacts(m, rows.map((r) => r.teacherId));
    const userIds = [...new Set(rows.flatMap((r) => [r.requestedBy, r.decidedBy]).filter((id): id is string => !!id))];
    const users = userIds.length ? await m.find(User, { where: { id: In(userIds) }, select: { id: true, displayName: true } }) : [];
    const userName = (id: string | null) => (id ? (users.find((u) => u.id === id)?.displayName ?? null) : null);
    const positions = await this.waitlistPositions(m, rows);
    const params = new Map<string, Record<string, string>>();
    for (const sessionId of new Set(rows.filter((r) => r.status === 'waitlisted' && r.reason).map((r) => r.sessionId))) {
      params.set(sessionId, this.support.eligibilityParams(await this.support.criteria(m, sessionId), locale));
    }
    return rows.map((e) => {
      const f = facts.get(e.teacherId);
      const skipReasons = e.status === 'waitlisted' && e.reason ? e.reason.split(',') : [];
      return {
        id: e.id,
        sessionId: e.sessionId,
        teacherId: e.teacherId,
        teacherName: f?.teacher.name ?? '',
        schoolId: f?.schoolId ?? '',
        schoolName: f?.schoolName ?? '',
        subjects: f?.subjects ?? [],
        status: e.status,
        source: e.source,
        waitlistSeq: e.waitlistSeq,
        waitlistPosition: positions.get(e.id) ?? null,
        requestedBy: e.requestedBy,
        requestedByName: userName(e.requestedBy),
        requestedAt: e.createdAt.toISOString(),
        decidedBy: e.decidedBy,
        decidedByName: userName(e.decidedBy),
        decidedAt: e.decidedAt?.toISOString() ?? null,
        reason: e.status === 'waitlisted' ? null : e.reason,
        skipReasons,
        skipMessage: skipReasons.length ? skipReasons.map((code) => problemMessage(SKIP_MESSAGES[code] ?? code, locale, { name: f?.teacher.name ?? '', ...params.get(e.sessionId) })).join(locale === 'zh-CN' ? '；' : '; ') : null,
        enrolledAt: e.enrolledAt?.toISOString() ?? null,
        withdrawnAt: e.withdrawnAt?.toISOString() ?? null,
      };
    });
  }

  /** The place in its session's queue of each waitlisted row (1 = promoted next). */
  private async waitlistPositions(m: EntityManager, rows: Enrolment[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const sessionIds = [...new Set(rows.filter((r) => r.status === 'waitlisted').map((r) => r.sessionId))];
    if (sessionIds.length === 0) return out;
    const queue = await m.find(Enrolment, { where: { sessionId: In(sessionIds), status: 'waitlisted' }, select: { id: true, sessionId: true, waitlistSeq: true }, order: { waitlistSeq: 'ASC' } });
    for (const sessionId of sessionIds) queue.filter((q) => q.sessionId === sessionId).forEach((q, i) => out.set(q.id, i + 1));
    return out;
  }

  private async sessionsById(m: EntityManager, ids: string[]): Promise<Map<string, TrainingSession>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await m.find(TrainingSession, { where: { id: In(unique) } })).map((s) => [s.id, s]));
  }

  private async orgNames(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await m.find(Organisation, { where: { id: In(unique) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  }

  /** A teacher caller's school path, so a session open to their school is reachable before they enrol. */
  private async ownSchoolPath(m: EntityManager, actor: Actor): Promise<string | undefined> {
    if (!this.scope.grants(actor, TRAINING_READ).some((a) => a.scopeKind === 'own')) return undefined;
    if (this.scope.pathPrefixes(actor, TRAINING_READ).length > 0) return undefined;
    const teacher = (await m.find(Teacher, { where: { userId: actor.userId } })).find((t) => t.archivedAt === null);
    if (!teacher) return undefined;
    return (await m.findOne(Organisation, { where: { id: teacher.schoolId }, select: { id: true, path: true } }))?.path;
  }
}
