import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { compareDates, newId } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import { FeedbackLesson, FeedbackRating } from '../entities/evaluation.entity.js';
import { Expert } from '../entities/expert.entity.js';
import { SessionExpert, TrainingSlot } from '../entities/timetable.entity.js';
import { TRAINING_FEEDBACK_RATE, TRAINING_READ } from '../permissions.js';
import { averageHundredths } from '../rules/evaluation.js';
import type { CreateFeedbackLessonDto, FeedbackLessonDto, FeedbackLessonPageDto, RateFeedbackLessonDto } from './dto/evaluation.dto.js';
import { sessionPartiesScope, sessionStaffScope, sessionWithin, teamExpertOf } from './session-access.js';
import './messages.js';

/**
 * Feedback lessons (反馈课, DOMAIN.md §4): on the last day designated local teachers of the venue
 * school each give a lesson, which the experts of the team rate (0–100, with a comment). An expert
 * rates as themselves only; the centre's coordinator may record any team expert's rating (a paper
 * score sheet typed in afterwards).
 */
@Injectable()
export class FeedbackLessonsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, sessionId: string, dto: CreateFeedbackLessonDto): Promise<FeedbackLessonDto> {
    const id = await this.dataSource.transaction(async (m) => {
      const session = await sessionWithin(m, this.scope, actor, TRAINING_FEEDBACK_RATE, sessionId);
      if (!session) throw problems.notFound('session');
      if (session.status === 'cancelled') throw problems.conflict('training.feedback.sessionCancelled');
      const teacher = await m.findOneBy(Teacher, { id: dto.teacherId });
      if (!teacher || teacher.schoolId !== session.venueOrganisationId) {
        const venue = await m.findOneBy(Organisation, { id: session.venueOrganisationId });
        throw problems.field('teacherId', 'training.feedback.notVenueTeacher', { venue: venue?.name ?? '' });
      }
      if (!(await m.existsBy(TrainingSlot, { sessionId, date: dto.givenOn })))
        throw problems.field('givenOn', 'training.feedback.notSessionDay', { date: dto.givenOn });
      const row = m.create(FeedbackLesson, {
        id: newId(),
        sessionId,
        teacherId: teacher.id,
        givenOn: dto.givenOn,
        title: dto.title.trim(),
        subject: dto.subject ?? null,
        notes: dto.notes?.trim() || null,
        createdAt: this.clock.now(),
      });
      await m.insert(FeedbackLesson, row);
      await this.audit.record({ action: 'training.feedbackLesson.created', entityType: 'training.feedbackLesson', entityId: row.id, after: row }, m);
      return row.id;
    });
    return this.one(this.dataSource.manager, id);
  }

  /**
   * A session's feedback lessons with their ratings: for the session's parties and its team; a
   * participating teacher who sees the session through their enrolment gets 403.
   */
  async list(actor: Actor, sessionId: string, page: PageRequest): Promise<FeedbackLessonPageDto> {
    const m = this.dataSource.manager;
    if (!(await sessionWithin(m, this.scope, actor, TRAINING_READ, sessionId, sessionStaffScope()))) {
      if (await sessionWithin(m, this.scope, actor, TRAINING_READ, sessionId)) throw problems.forbidden(TRAINING_FEEDBACK_RATE);
      throw problems.notFound('session');
    }
    const [rows, total] = await m.findAndCount(FeedbackLesson, {
      where: { sessionId },
      order: { givenOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
      skip: page.skip,
      take: page.pageSize,
    });
    return { items: await this.toDtos(m, rows), total, page: page.page, pageSize: page.pageSize };
  }

  async rate(actor: Actor, lessonId: string, expertId: string, dto: RateFeedbackLessonDto, retried = false): Promise<FeedbackLessonDto> {
    try {
      await this.dataSource.transaction(async (m) => {
        const lesson = await m.findOneBy(FeedbackLesson, { id: lessonId });
        if (!lesson) throw problems.notFound('feedbackLesson');
        // a coordinator reaches the session through its parties; an expert only through its team
        const asCoordinator = await sessionWithin(m, this.scope, actor, TRAINING_FEEDBACK_RATE, lesson.sessionId, sessionPartiesScope());
        const session = asCoordinator ?? (await sessionWithin(m, this.scope, actor, TRAINING_FEEDBACK_RATE, lesson.sessionId));
        if (!session) throw problems.notFound('feedbackLesson');
        if (!(await m.existsBy(SessionExpert, { sessionId: session.id, expertId }))) throw problems.field('expertId', 'training.feedback.notTeamExpert');
        if (!asCoordinator) {
          const me = await teamExpertOf(m, actor, session.id);
          if (!me || me.id !== expertId) throw new AppError(403, 'training.feedback.rateAsSelf');
        }
        if (session.status === 'cancelled') throw problems.conflict('training.feedback.sessionCancelled');
        if (compareDates(this.clock.today(), lesson.givenOn) < 0) throw problems.conflict('training.feedback.notGivenYet', { givenOn: lesson.givenOn });
        const now = this.clock.now();
        const comment = dto.comment?.trim() || null;
        const before = await m.findOneBy(FeedbackRating, { lessonId, expertId });
        if (before) {
          await m.update(FeedbackRating, { id: before.id }, { score: dto.score, comment, updatedAt: now });
          const after = { ...before, score: dto.score, comment, updatedAt: now };
          await this.audit.record({ action: 'training.feedbackRating.updated', entityType: 'training.feedbackRating', entityId: before.id, before, after }, m);
        } else {
          const row = m.create(FeedbackRating, { id: newId(), lessonId, expertId, score: dto.score, comment, createdAt: now, updatedAt: now });
          await m.insert(FeedbackRating, row);
          await this.audit.record({ action: 'training.feedbackRating.created', entityType: 'training.feedbackRating', entityId: row.id, after: row }, m);
        }
      });
    } catch (err) {
      // two saves of the same rating at once: the second becomes an update
      if (isUniqueViolation(err) && !retried) return this.rate(actor, lessonId, expertId, dto, true);
      throw err;
    }
    return this.one(this.dataSource.manager, lessonId);
  }

  private async one(m: EntityManager, id: string): Promise<FeedbackLessonDto> {
    const [dto] = await this.toDtos(m, [await m.findOneByOrFail(FeedbackLesson, { id })]);
    return dto!;
  }

  private async toDtos(m: EntityManager, lessons: FeedbackLesson[]): Promise<FeedbackLessonDto[]> {
    if (lessons.length === 0) return [];
    const teachers = await m.find(Teacher, { select: { id: true, name: true }, where: { id: In([...new Set(lessons.map((l) => l.teacherId))]) } });
    const teacherName = new Map(teachers.map((t) => [t.id, t.name]));
    const ratings = await m
      .createQueryBuilder(FeedbackRating, 'r')
      .innerJoin(Expert, 'x', 'x.id = r.expert_id')
      .addSelect('x.name', 'expert_name')
      .where('r.lesson_id IN (:...ids)', { ids: lessons.map((l) => l.id) })
      .orderBy('x.name_pinyin', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getRawAndEntities();
    const team = await m.find(SessionExpert, {
      select: { sessionId: true, expertId: true },
      where: { sessionId: In([...new Set(lessons.map((l) => l.sessionId))]) },
    });
    return lessons.map((l) => {
      const mine = ratings.entities
        .map((r, i) => ({ r, name: (ratings.raw[i] as { expert_name: string }).expert_name }))
        .filter(({ r }) => r.lessonId === l.id);
      const rated = new Set(mine.map(({ r }) => r.expertId));
      return {
        id: l.id,
        sessionId: l.sessionId,
        teacherId: l.teacherId,
        teacherName: teacherName.get(l.teacherId) ?? '',
        givenOn: l.givenOn,
        title: l.title,
        subject: (l.subject as FeedbackLessonDto['subject']) ?? null,
        notes: l.notes,
        ratings: mine.map(({ r, name }) => ({
          expertId: r.expertId,
          expertName: name,
          score: r.score,
          comment: r.comment,
          updatedAt: r.updatedAt.toISOString(),
        })),
        average: averageHundredths(
          mine.reduce((n, { r }) => n + r.score, 0),
          mine.length,
        ),
        unratedExpertIds: team.filter((t) => t.sessionId === l.sessionId && !rated.has(t.expertId)).map((t) => t.expertId),
        version: l.version,
        createdAt: l.createdAt.toISOString(),
      };
    });
  }
}
