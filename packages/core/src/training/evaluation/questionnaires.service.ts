import { createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { addDays, compareDates, dateInZone, newId } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { startOfDayInZone } from '../../platform/audit/rules/time-range.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { SIGNING_SECRET } from '../../platform/auth/auth.tokens.js';
import { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Teacher } from '../../directory/entities/teacher.entity.js';
import { joinProgrammeParties, programmeScope } from '../common/scope.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { Questionnaire, QuestionnaireResponse, type Question } from '../entities/evaluation.entity.js';
import { TrainingProgramme } from '../entities/programme.entity.js';
import { TrainingSession } from '../entities/session.entity.js';
import { TRAINING_EVALUATION_MANAGE, TRAINING_EVALUATION_RESPOND, TRAINING_READ } from '../permissions.js';
import {
  checkAnswers,
  checkQuestions,
  respondentStatuses,
  responseRate,
  satisfactionOf,
  summariseResponses,
  windowOn,
  averageHundredths,
  type QuestionSpec,
} from '../rules/evaluation.js';
import { QUESTIONNAIRE_KIND_NAMES, type QuestionnaireKind } from '../rules/vocab.js';
import type {
  AnswerQuestionnaireDto,
  CreateQuestionnaireDto,
  MyQuestionnaireDto,
  MyQuestionnairePageDto,
  ProgrammeEvaluationDto,
  QuestionnaireDto,
  QuestionnairePageDto,
  QuestionnaireResultsDto,
  UpdateQuestionnaireDto,
} from './dto/evaluation.dto.js';
import { QuestionTemplatesService } from './question-templates.service.js';
import { overallRatingsBySession } from './satisfaction.js';
import { sessionWithin, teamExpertOf } from './session-access.js';
import './messages.js';

/** Days a post-training questionnaire stays open after the session's last day, unless set. */
const QUESTIONNAIRE_OPEN_DAYS = 14;

/**
 * A session's needs survey (训前调研) and post-training questionnaire (训后问卷), one of each, with
 * the teachers' answers and the results. One answer per teacher holds through `respondentKey`, an
 * HMAC of the questionnaire and the teacher under the deployment's secret, so it holds for
 * anonymous questionnaires too, whose answers keep no teacher id: not even a time-ordered id or
 * the minute of submission (the id is random, `submittedAt` is the day's midnight).
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly templates: QuestionTemplatesService,
    @Inject(SIGNING_SECRET) private readonly secret: string,
  ) {}

  respondentKey(questionnaireId: string, teacherId: string): string {
    return createHmac('sha256', this.secret).update(`questionnaire\0${questionnaireId}\0${teacherId}`).digest('hex');
  }

  // ---- a session's questionnaires --------------------------------------------------------------

  async create(actor: Actor, sessionId: string, dto: CreateQuestionnaireDto): Promise<QuestionnaireDto> {
    try {
      const id = await this.dataSource.transaction(async (m) => {
        const session = await sessionWithin(m, this.scope, actor, TRAINING_EVALUATION_MANAGE, sessionId);
        if (!session) throw problems.notFound('session');
        if (session.status === 'cancelled') throw problems.conflict('training.questionnaire.sessionCancelled');
        if ((dto.templateId === undefined) === (dto.questions === undefined)) throw problems.field('templateId', 'training.questionnaire.templateOrQuestions');
        let questions: QuestionSpec[];
        let title = dto.title?.trim();
        if (dto.templateId !== undefined) {
          const template = await this.templates.resolve(m, actor, dto.templateId, dto.kind);
          questions = template.questions;
          title ||= template.name;
        } else {
          const checked = checkQuestions(dto.questions);
          if (checked.errors.length) throw problems.validation(checked.errors);
          questions = checked.questions;
          if (!title) throw problems.field('title', 'training.questionnaire.titleRequired');
        }
        const opensOn = dto.opensOn !== undefined ? dto.opensOn : dto.kind === 'questionnaire' ? session.endsOn : null;
        const closesOn =
          dto.closesOn !== undefined
            ? dto.closesOn
            : dto.kind === 'questionnaire'
              ? addDays(session.endsOn, QUESTIONNAIRE_OPEN_DAYS)
              : addDays(session.startsOn, -1);
        this.checkWindow(opensOn, closesOn);
        if (await m.existsBy(Questionnaire, { sessionId, kind: dto.kind })) throw this.exists(actor, dto.kind);
        const now = this.clock.now();
        const row = m.create(Questionnaire, {
          id: newId(),
          sessionId,
          kind: dto.kind,
          title,
          anonymous: dto.anonymous ?? dto.kind === 'questionnaire',
          questions: questions as Question[],
          opensOn,
          closesOn,
          createdAt: now,
          updatedAt: now,
        });
        await m.insert(Questionnaire, row);
        await this.audit.record(
          {
            action: 'training.questionnaire.created',
            entityType: 'training.questionnaire',
            entityId: row.id,
            after: { ...row, templateId: dto.templateId ?? null },
          },
          m,
        );
        return row.id;
      });
      return this.get(actor, id);
    } catch (err) {
      if (isUniqueViolation(err)) throw this.exists(actor, dto.kind);
      throw err;
    }
  }

  async listForSession(actor: Actor, sessionId: string, page: PageRequest): Promise<QuestionnairePageDto> {
    const session = await sessionWithin(this.dataSource.manager, this.scope, actor, TRAINING_READ, sessionId);
    if (!session) throw problems.notFound('session');
    const rows = await this.dataSource.manager.find(Questionnaire, { where: { sessionId }, order: { kind: 'ASC' } });
    const items = await this.toDtos(rows);
    return { items: items.slice(page.skip, page.skip + page.pageSize), total: items.length, page: page.page, pageSize: page.pageSize };
  }

  /** One questionnaire, for anyone who sees its session (its teachers read the questions here). */
  async get(actor: Actor, id: string): Promise<QuestionnaireDto> {
    const m = this.dataSource.manager;
    const row = await m.findOneBy(Questionnaire, { id });
    if (!row || !(await sessionWithin(m, this.scope, actor, TRAINING_READ, row.sessionId))) throw problems.notFound('questionnaire');
    const [dto] = await this.toDtos([row]);
    return dto!;
  }

  async update(actor: Actor, id: string, dto: UpdateQuestionnaireDto): Promise<QuestionnaireDto> {
    let questions: QuestionSpec[] | undefined;
    if (dto.questions !== undefined) {
      const checked = checkQuestions(dto.questions);
      if (checked.errors.length) throw problems.validation(checked.errors);
      questions = checked.questions;
    }
    await this.dataSource.transaction(async (m) => {
      // the row lock orders this edit against an answer being given (which reads the row FOR SHARE)
      const before = await this.lockQuestionnaire(m, id, 'pessimistic_write');
      if (!before || !(await sessionWithin(m, this.scope, actor, TRAINING_EVALUATION_MANAGE, before.sessionId))) throw problems.notFound('questionnaire');
      const locking = questions !== undefined || (dto.anonymous !== undefined && dto.anonymous !== before.anonymous);
      if (locking && (await m.existsBy(QuestionnaireResponse, { questionnaireId: id }))) throw problems.conflict('training.questionnaire.answered');
      const opensOn = dto.opensOn !== undefined ? dto.opensOn : before.opensOn;
      const closesOn = dto.closesOn !== undefined ? dto.closesOn : before.closesOn;
      this.checkWindow(opensOn, closesOn);
      const changes: Partial<Questionnaire> = { updatedAt: this.clock.now(), opensOn, closesOn };
      if (dto.title !== undefined) changes.title = dto.title.trim();
      if (dto.anonymous !== undefined) changes.anonymous = dto.anonymous;
      if (questions !== undefined) changes.questions = questions as Question[];
      const after = await updateVersioned(m, Questionnaire, id, dto.version, changes, 'questionnaire');
      await this.audit.record({ action: 'training.questionnaire.updated', entityType: 'training.questionnaire', entityId: id, before, after }, m);
    });
    return this.get(actor, id);
  }

  // ---- answers ---------------------------------------------------------------------------------

  /**
   * One teacher's answers. A questionnaire whose session the caller cannot see answers 404; one
   * they see (through any enrolment of theirs) but may not answer — withdrawn, rejected, or still
   * pending or waitlisted for a post-training questionnaire — answers 403 notParticipant.
   */
  async answer(actor: Actor, id: string, dto: AnswerQuestionnaireDto): Promise<MyQuestionnaireDto> {
    try {
      await this.dataSource.transaction(async (m) => {
        const q = await this.lockQuestionnaire(m, id, 'pessimistic_read');
        const session = q ? await sessionWithin(m, this.scope, actor, TRAINING_EVALUATION_RESPOND, q.sessionId) : null;
        if (!q || !session) throw problems.notFound('questionnaire');
        if (session.status === 'cancelled') throw problems.conflict('training.questionnaire.sessionCancelled');
        const teacher = await m.findOneBy(Teacher, { userId: actor.userId });
        const enrolment = teacher ? await m.findOneBy(Enrolment, { sessionId: session.id, teacherId: teacher.id }) : null;
        if (!teacher || !enrolment || !respondentStatuses(q.kind).includes(enrolment.status)) throw new AppError(403, 'training.questionnaire.notParticipant');
        const today = this.clock.today();
        const window = windowOn(q.opensOn, q.closesOn, today);
        if (window === 'notYetOpen') throw problems.conflict('training.questionnaire.notYetOpen', { opensOn: q.opensOn });
        if (window === 'closed') throw problems.conflict('training.questionnaire.closed', { closesOn: q.closesOn });
        const checked = checkAnswers(q.questions, dto.answers);
        if (checked.errors.length) throw problems.validation(checked.errors);
        const respondentKey = this.respondentKey(q.id, teacher.id);
        if (await m.existsBy(QuestionnaireResponse, { questionnaireId: q.id, respondentKey }))
          throw problems.conflict('training.questionnaire.alreadyAnswered');
        const row = m.create(QuestionnaireResponse, {
          id: q.anonymous ? randomUUID() : newId(),
          questionnaireId: q.id,
          respondentKey,
          teacherId: q.anonymous ? null : teacher.id,
          answers: checked.answers,
          submittedAt: q.anonymous ? startOfDayInZone(today, this.clock.timeZone) : this.clock.now(),
        });
        await m.insert(QuestionnaireResponse, row);
        // an anonymous answer is audited as given, without the answers or the row they are in
        await this.audit.record(
          q.anonymous
            ? { action: 'training.questionnaire.answered', entityType: 'training.questionnaire', entityId: q.id, after: { anonymous: true } }
            : { action: 'training.questionnaire.answered', entityType: 'training.questionnaireResponse', entityId: row.id, after: row },
          m,
        );
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw problems.conflict('training.questionnaire.alreadyAnswered');
      throw err;
    }
    const mine = await this.myQuestionnaires(actor, id);
    return mine[0]!;
  }

  /** The caller's questionnaires: open ones they may answer, and the ones they answered. */
  async mine(actor: Actor, page: PageRequest): Promise<MyQuestionnairePageDto> {
    const items = await this.myQuestionnaires(actor);
    return { items: items.slice(page.skip, page.skip + page.pageSize), total: items.length, page: page.page, pageSize: page.pageSize };
  }

  private async myQuestionnaires(actor: Actor, onlyId?: string): Promise<MyQuestionnaireDto[]> {
    const m = this.dataSource.manager;
    const teacher = await m.findOneBy(Teacher, { userId: actor.userId });
    if (!teacher) return [];
    const qb = m
      .createQueryBuilder(Questionnaire, 'q')
      .innerJoin(TrainingSession, 's', 's.id = q.session_id')
      .innerJoin(Enrolment, 'e', 'e.session_id = s.id AND e.teacher_id = :teacherId', { teacherId: teacher.id })
      .addSelect('s.title', 's_title')
      .addSelect('s.starts_on', 's_starts')
      .addSelect('s.ends_on', 's_ends')
      .addSelect('s.status', 's_status')
      .addSelect('e.status', 'e_status')
      .orderBy('s.starts_on', 'ASC')
      .addOrderBy('q.kind', 'ASC');
    if (onlyId) qb.andWhere('q.id = :onlyId', { onlyId });
    const { entities, raw } = await qb.getRawAndEntities();
    const keys = entities.map((q) => this.respondentKey(q.id, teacher.id));
    const answered = new Map<string, Date>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await m.find(QuestionnaireResponse, {
        select: { questionnaireId: true, submittedAt: true },
        where: { respondentKey: In(keys.slice(i, i + 500)) },
      });
      for (const r of rows) answered.set(r.questionnaireId, r.submittedAt);
    }
    const today = this.clock.today();
    const items: MyQuestionnaireDto[] = [];
    entities.forEach((q, i) => {
      const r = raw[i] as { s_title: string; s_starts: string | Date; s_ends: string | Date; s_status: string; e_status: Enrolment['status'] };
      const answeredAt = answered.get(q.id);
      const open = r.s_status !== 'cancelled' && respondentStatuses(q.kind).includes(r.e_status) && windowOn(q.opensOn, q.closesOn, today) === 'open';
      if (!answeredAt && !open) return;
      items.push({
        id: q.id,
        sessionId: q.sessionId,
        sessionTitle: r.s_title,
        sessionStartsOn: this.rawDate(r.s_starts),
        sessionEndsOn: this.rawDate(r.s_ends),
        kind: q.kind,
        title: q.title,
        anonymous: q.anonymous,
        questions: q.questions,
        opensOn: q.opensOn,
        closesOn: q.closesOn,
        state: answeredAt ? 'answered' : 'open',
        answeredOn: answeredAt ? dateInZone(answeredAt, this.clock.timeZone) : null,
      });
    });
    // open ones first, soonest closing first; then the answered ones, latest first
    const closing = (d: string | null) => d ?? '9999-12-31';
    return items.sort((a, b) =>
      a.state !== b.state
        ? a.state === 'open'
          ? -1
          : 1
        : a.state === 'open'
          ? compareDates(closing(a.closesOn), closing(b.closesOn))
          : compareDates(b.answeredOn!, a.answeredOn!),
    );
  }

  // ---- results ---------------------------------------------------------------------------------

  /** Results, for whoever manages evaluation of the session or is on its team; never names on an anonymous one. */
  async results(actor: Actor, id: string): Promise<QuestionnaireResultsDto> {
    const m = this.dataSource.manager;
    const q = await m.findOneBy(Questionnaire, { id });
    if (!q) throw problems.notFound('questionnaire');
    let session = await sessionWithin(m, this.scope, actor, TRAINING_EVALUATION_MANAGE, q.sessionId);
    if (!session) {
      const visible = await sessionWithin(m, this.scope, actor, TRAINING_READ, q.sessionId);
      if (!visible) throw problems.notFound('questionnaire');
      if (!(await teamExpertOf(m, actor, q.sessionId))) throw problems.forbidden(TRAINING_EVALUATION_MANAGE);
      session = visible;
    }
    const qb = m.createQueryBuilder(QuestionnaireResponse, 'r').where('r.questionnaire_id = :id', { id });
    if (!q.anonymous)
      qb.leftJoin(Teacher, 't', 't.id = r.teacher_id').addSelect('t.name', 'teacher_name').orderBy('t.name_pinyin', 'ASC').addOrderBy('r.id', 'ASC');
    const { entities, raw } = await qb.getRawAndEntities();
    const responses = entities.map((r, i) => ({
      answers: r.answers,
      teacherName: q.anonymous ? null : ((raw[i] as { teacher_name: string | null }).teacher_name ?? null),
    }));
    const enrolled = await m.countBy(Enrolment, { sessionId: q.sessionId, status: In([...respondentStatuses(q.kind)]) });
    return {
      questionnaireId: q.id,
      sessionId: session.id,
      sessionTitle: session.title,
      kind: q.kind,
      title: q.title,
      anonymous: q.anonymous,
      responses: responses.length,
      enrolled,
      responseRate: responseRate(responses.length, enrolled),
      questions: summariseResponses(q.questions, responses, q.anonymous),
    };
  }

  /** Satisfaction of a programme: each session's `overall` average, and all of them weighted by ratings. */
  async programmeEvaluation(actor: Actor, programmeId: string): Promise<ProgrammeEvaluationDto> {
    const m = this.dataSource.manager;
    const programme = await joinProgrammeParties(m.createQueryBuilder(TrainingProgramme, 'p'), 'p')
      .where('p.id = :programmeId', { programmeId })
      .andWhere(this.scope.where(actor, TRAINING_EVALUATION_MANAGE, programmeScope()))
      .getOne();
    if (!programme) throw problems.notFound('programme');
    const sessions = await m
      .createQueryBuilder(TrainingSession, 's')
      .where('s.programme_id = :programmeId', { programmeId })
      .andWhere("s.status <> 'cancelled'")
      .orderBy('s.starts_on', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const totals = await overallRatingsBySession(
      m,
      sessions.map((s) => s.id),
    );
    const rows = sessions.map((s) => {
      const t = totals.get(s.id);
      return {
        sessionId: s.id,
        title: s.title,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        status: s.status,
        questionnaireId: t?.questionnaireId ?? null,
        responses: t?.responses ?? 0,
        overallCount: t?.count ?? 0,
        overallAverage: t ? averageHundredths(t.sum, t.count) : null,
      };
    });
    const all = satisfactionOf([...totals.values()]);
    return {
      programmeId: programme.id,
      programmeName: programme.name,
      responses: rows.reduce((n, r) => n + r.responses, 0),
      overallCount: all.count,
      overallAverage: all.average,
      sessions: rows,
    };
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private async lockQuestionnaire(m: EntityManager, id: string, lock: 'pessimistic_write' | 'pessimistic_read'): Promise<Questionnaire | null> {
    const qb = m.createQueryBuilder(Questionnaire, 'q').where('q.id = :id', { id });
    if (m.connection.options.type === 'postgres') qb.setLock(lock);
    return qb.getOne();
  }

  private checkWindow(opensOn: string | null, closesOn: string | null): void {
    if (opensOn && closesOn && compareDates(closesOn, opensOn) < 0) throw problems.field('closesOn', 'training.questionnaire.window');
  }

  private exists(actor: Actor, kind: QuestionnaireKind): AppError {
    return problems.conflict('training.questionnaire.exists', { kind, kindName: QUESTIONNAIRE_KIND_NAMES[kind][actor.locale] });
  }

  private rawDate(v: string | Date): string {
    // raw PostgreSQL dates come back as local-midnight Dates (TOOLCHAIN.md)
    if (typeof v === 'string') return v.slice(0, 10);
    return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  }

  private async toDtos(rows: Questionnaire[]): Promise<QuestionnaireDto[]> {
    if (rows.length === 0) return [];
    const counts = await this.dataSource.manager
      .createQueryBuilder(QuestionnaireResponse, 'r')
      .select('r.questionnaire_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where('r.questionnaire_id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .groupBy('r.questionnaire_id')
      .getRawMany<{ id: string; n: string | number }>();
    const byId = new Map(counts.map((c) => [c.id, Number(c.n)]));
    const today = this.clock.today();
    return rows.map((q) => ({
      id: q.id,
      sessionId: q.sessionId,
      kind: q.kind,
      title: q.title,
      anonymous: q.anonymous,
      questions: q.questions,
      opensOn: q.opensOn,
      closesOn: q.closesOn,
      window: windowOn(q.opensOn, q.closesOn, today),
      responseCount: byId.get(q.id) ?? 0,
      answered: (byId.get(q.id) ?? 0) > 0,
      version: q.version,
      createdAt: q.createdAt.toISOString(),
      updatedAt: q.updatedAt.toISOString(),
    }));
  }
}
