import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/index.js';
import { SIGNING_SECRET } from '../../src/platform/auth/auth.tokens.js';
import { createTestApp, type TestApp, type TestClient } from '../../src/testing/index.js';
import { QuestionnaireResponse } from '../../src/training/entities/evaluation.entity.js';
import { createTrainingWorld, insertSession, type TrainingWorld } from './world.js';
import { enrol } from './evaluation-helpers.js';

const ZH_OVERALL = '您对本次培训的总体满意度';

describe('evaluation: templates, questionnaires, answers and results', () => {
  let app: TestApp;
  let world: TrainingWorld;
  let s1: string;
  let s2: string;
  let cancelled: string;
  let noQuestionnaire: string;
  let centre: TestClient;
  let bureau: TestClient;
  let coordinatorA: TestClient;
  let coordinatorB: TestClient;
  let farOfficer: TestClient;
  const teacher: Record<string, TestClient> = {};
  let expert0: TestClient;
  let farOfficerUser: TestClient['user'];
  let needsId: string;
  let postId: string;
  let storedTemplateId: string;

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
    world = await createTrainingWorld(app, { teachersPerSchool: 5 });
    farOfficerUser = (await app.signInAs([{ role: 'bureau_officer', regionId: world.otherCounty.id }])).user;
    s1 = (await insertSession(app, world)).id;
    // the next week, taught by the second and third experts: the first expert is not on its team
    s2 = (
      await insertSession(app, world, {
        sunday: '2026-12-13',
        title: '送培到校·青山中学',
        venueId: world.schoolB.id,
        expertIds: [world.experts[1]!.id, world.experts[2]!.id],
      })
    ).id;
    cancelled = (await insertSession(app, world, { sunday: '2026-12-20', status: 'cancelled', title: '已取消班次' })).id;
    noQuestionnaire = (await insertSession(app, world, { sunday: '2027-01-03', title: '没有问卷的班次', expertIds: [world.experts[2]!.id] })).id;
    const [a0, a1, a2, a3, a4] = world.teachersA;
    const [, b1, b2, b3] = world.teachersB;
    await enrol(app, s1, a0!.id);
    await enrol(app, s1, a1!.id, 'waitlisted');
    await enrol(app, s1, a2!.id, 'pending', 'self');
    await enrol(app, s1, a3!.id, 'withdrawn');
    await enrol(app, s1, a4!.id);
    await enrol(app, s1, b1!.id, 'enrolled', 'walkIn');
    await enrol(app, s1, b2!.id);
    await enrol(app, s2, b3!.id);
    await signInAll();
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Everyone signs in again: a move of the clock by days ends their sessions. */
  async function signInAll(): Promise<void> {
    centre = await app.signIn(world.centreCoordinator.user);
    bureau = await app.signIn(world.bureauOfficer.user);
    coordinatorA = await app.signIn(world.coordinatorA.user);
    coordinatorB = await app.signIn(world.coordinatorB.user);
    farOfficer = await app.signIn(farOfficerUser);
    const [a0, a1, a2, a3, a4] = world.teachersA;
    const [b0, b1, b2, b3] = world.teachersB;
    for (const [key, t] of Object.entries({ a0, a1, a2, a3, a4, b0, b1, b2, b3 })) teacher[key] = await app.signIn(t!.user);
    expert0 = await app.signIn(world.experts[0]!.user!);
  }

  async function at(instant: string): Promise<void> {
    app.clock.set(instant);
    await signInAll();
  }

  describe('question templates', () => {
    it('lists the shipped templates first, in the caller’s language', async () => {
      const res = await centre.get('/api/training/question-templates?kind=questionnaire').expect(200);
      expect(res.body.items[0]).toMatchObject({ id: 'shipped-questionnaire', shipped: true, kind: 'questionnaire', version: null, ownerOrganisationId: null });
      expect(res.body.items[0].questions[0]).toEqual({ code: 'overall', type: 'rating', text: ZH_OVERALL, required: true });
      expect(res.body.items.every((t: { kind: string }) => t.kind === 'questionnaire')).toBe(true);
      await teacher.a0!.get('/api/training/question-templates').expect(403);
    });

    it('validates the questions of a stored template, naming each field', async () => {
      const res = await centre
        .post('/api/training/question-templates', {
          kind: 'questionnaire',
          name: '县级问卷',
          questions: [
            { code: 'overall', type: 'rating', text: '总体' },
            { code: 'overall', type: 'rating', text: '重复' },
            { code: '2nd', type: 'single', text: '方式', options: ['只有一个'] },
            { code: 'rate', type: 'stars', text: '星级' },
            { code: 'words', type: 'text', text: '长'.repeat(201) },
          ],
        })
        .expect(400);
      expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
        'questions.1.code:training.question.codeTaken',
        'questions.2.code:training.question.codeFormat',
        'questions.2.options:training.question.optionsRequired',
        'questions.3.type:validation.isIn',
        'questions.4.text:validation.maxLength',
      ]);
      expect(res.body.errors[0].message).toBe('题目代码“overall”与第 1 题重复');
      const unknown = await centre
        .post('/api/training/question-templates', { kind: 'questionnaire', name: 'x', questions: [{ code: 'a', type: 'text', text: 'b', colour: 'red' }] })
        .expect(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'questions.0.colour', code: 'validation.unknownField' })]);
    });

    it('stores, edits with the version and archives a centre’s template, visible in scope only', async () => {
      const created = await centre
        .post('/api/training/question-templates', {
          kind: 'questionnaire',
          name: '县级训后问卷',
          questions: [
            { code: 'overall', type: 'rating', text: '总体满意度', required: true },
            { code: 'best', type: 'single', text: '收获最大的环节', options: ['示范课', '磨课', '反馈课'] },
          ],
        })
        .expect(201);
      storedTemplateId = created.body.id;
      expect(created.body).toMatchObject({
        shipped: false,
        ownerOrganisationId: world.centre.id,
        ownerOrganisationName: world.centre.name,
        version: 1,
        archivedAt: null,
      });
      expect(created.body.questions[1]).toEqual({
        code: 'best',
        type: 'single',
        text: '收获最大的环节',
        options: ['示范课', '磨课', '反馈课'],
        required: false,
      });
      // the bureau of the county sees it, the neighbouring county does not
      const listed = await bureau.get('/api/training/question-templates?kind=questionnaire').expect(200);
      expect(listed.body.items.map((t: { id: string }) => t.id)).toEqual(['shipped-questionnaire', storedTemplateId]);
      expect(listed.body.total).toBe(2);
      const page2 = await bureau.get('/api/training/question-templates?kind=questionnaire&pageSize=1&page=2').expect(200);
      expect(page2.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: storedTemplateId }] });
      expect((await farOfficer.get('/api/training/question-templates?kind=questionnaire').expect(200)).body.items.map((t: { id: string }) => t.id)).toEqual([
        'shipped-questionnaire',
      ]);
      await farOfficer.get(`/api/training/question-templates/${storedTemplateId}`).expect(404);
      // a bureau officer holds a region: they must say which organisation owns a new template
      const noOwner = await bureau
        .post('/api/training/question-templates', { kind: 'needsSurvey', name: 'x', questions: [{ code: 'a', type: 'text', text: 'b' }] })
        .expect(400);
      expect(noOwner.body.errors[0]).toMatchObject({ field: 'ownerOrganisationId', code: 'training.template.ownerRequired' });

      const edited = await centre.patch(`/api/training/question-templates/${storedTemplateId}`, { version: 1, name: '县级训后问卷（2026）' }).expect(200);
      expect(edited.body).toMatchObject({ name: '县级训后问卷（2026）', version: 2 });
      expect((await centre.patch(`/api/training/question-templates/${storedTemplateId}`, { version: 1, name: '旧' }).expect(409)).body.code).toBe(
        'conflict.staleVersion',
      );
      expect((await centre.patch('/api/training/question-templates/shipped-questionnaire', { version: 1, name: '改' }).expect(409)).body.code).toBe(
        'training.template.shipped',
      );
      const audit = await app.dataSource.manager.findOneByOrFail(AuditEntry, { entityId: storedTemplateId, action: 'training.questionTemplate.updated' });
      expect(JSON.stringify(audit.before)).toContain('县级训后问卷');
    });

    it('keeps an archived template out of new questionnaires', async () => {
      const copy = await centre
        .post('/api/training/question-templates', { kind: 'needsSurvey', name: '旧调研', questions: [{ code: 'a', type: 'text', text: 'b' }] })
        .expect(201);
      const archived = await centre.post(`/api/training/question-templates/${copy.body.id}/archive`, { version: 1 }).expect(200);
      expect(archived.body.archivedAt).not.toBeNull();
      expect((await centre.get('/api/training/question-templates?kind=needsSurvey').expect(200)).body.items.map((t: { id: string }) => t.id)).toEqual([
        'shipped-needs-survey',
      ]);
      expect((await centre.get('/api/training/question-templates?archived=true').expect(200)).body.items.map((t: { id: string }) => t.id)).toEqual([
        copy.body.id,
      ]);
      const refused = await centre
        .post(`/api/training/sessions/${noQuestionnaire}/questionnaires`, { kind: 'needsSurvey', templateId: copy.body.id })
        .expect(400);
      expect(refused.body.errors[0]).toMatchObject({ field: 'templateId', code: 'training.template.archived' });
    });
  });

  describe('a session’s questionnaires', () => {
    it('are made from a template, one per kind', async () => {
      const needs = await centre.post(`/api/training/sessions/${s1}/questionnaires`, { kind: 'needsSurvey', templateId: 'shipped-needs-survey' }).expect(201);
      needsId = needs.body.id;
      // a needs survey is named and closes the day before the session
      expect(needs.body).toMatchObject({
        sessionId: s1,
        kind: 'needsSurvey',
        title: '送培到校训前调研',
        anonymous: false,
        opensOn: null,
        closesOn: '2026-12-05',
        window: 'open',
        responseCount: 0,
        version: 1,
      });
      expect(needs.body.questions.map((q: { code: string }) => q.code)).toEqual(['difficulties', 'modules', 'formats', 'suggestions']);
      const again = await centre
        .post(`/api/training/sessions/${s1}/questionnaires`, { kind: 'needsSurvey', questions: [{ code: 'a', type: 'text', text: 'b' }], title: '第二份' })
        .expect(409);
      expect(again.body).toMatchObject({ code: 'training.questionnaire.exists', detail: '本班次已有训前调研，每个班次只能设一份' });

      const post = await centre.post(`/api/training/sessions/${s1}/questionnaires`, { kind: 'questionnaire', templateId: 'shipped-questionnaire' }).expect(201);
      postId = post.body.id;
      // a questionnaire is anonymous and open from the last day for two weeks
      expect(post.body).toMatchObject({ kind: 'questionnaire', anonymous: true, opensOn: '2026-12-11', closesOn: '2026-12-25', window: 'notYetOpen' });

      const list = await teacher.a0!.get(`/api/training/sessions/${s1}/questionnaires`).expect(200);
      expect(list.body.items.map((q: { kind: string }) => q.kind)).toEqual(['needsSurvey', 'questionnaire']);
    });

    it('refuse a wrong template, a missing title, a bad window and the wrong people', async () => {
      const url = `/api/training/sessions/${s2}/questionnaires`;
      const both = await centre
        .post(url, { kind: 'questionnaire', templateId: 'shipped-questionnaire', questions: [{ code: 'a', type: 'text', text: 'b' }] })
        .expect(400);
      expect(both.body.errors[0]).toMatchObject({ field: 'templateId', code: 'training.questionnaire.templateOrQuestions' });
      expect((await centre.post(url, { kind: 'questionnaire', templateId: 'shipped-needs-survey' }).expect(400)).body.errors[0]).toMatchObject({
        field: 'templateId',
        code: 'training.template.kindMismatch',
      });
      expect((await centre.post(url, { kind: 'questionnaire', templateId: 'nonsense' }).expect(400)).body.errors[0].code).toBe('training.template.notFound');
      expect((await centre.post(url, { kind: 'questionnaire', questions: [{ code: 'a', type: 'text', text: 'b' }] }).expect(400)).body.errors[0]).toMatchObject(
        { field: 'title', code: 'training.questionnaire.titleRequired' },
      );
      expect(
        (await centre.post(url, { kind: 'questionnaire', templateId: 'shipped-questionnaire', opensOn: '2026-12-20', closesOn: '2026-12-19' }).expect(400)).body
          .errors[0],
      ).toMatchObject({ field: 'closesOn', code: 'training.questionnaire.window' });
      expect(
        (await centre.post(`/api/training/sessions/${cancelled}/questionnaires`, { kind: 'questionnaire', templateId: 'shipped-questionnaire' }).expect(409))
          .body.code,
      ).toBe('training.questionnaire.sessionCancelled');
      // the venue school's coordinator does not manage evaluation; another county does not see the session
      await coordinatorB.post(url, { kind: 'questionnaire', templateId: 'shipped-questionnaire' }).expect(403);
      await farOfficer.post(url, { kind: 'questionnaire', templateId: 'shipped-questionnaire' }).expect(404);
      // from the centre's stored template, named by the caller
      const made = await bureau.post(url, { kind: 'questionnaire', templateId: storedTemplateId, title: '青山中学训后问卷', anonymous: false }).expect(201);
      expect(made.body).toMatchObject({ title: '青山中学训后问卷', anonymous: false, opensOn: '2026-12-18', closesOn: '2027-01-01' });
      expect(made.body.questions.map((q: { code: string }) => q.code)).toEqual(['overall', 'best']);
    });
  });

  describe('answers', () => {
    const needsAnswers = { difficulties: '学生课堂参与度低', modules: ['高效课堂', '磨课'], formats: ['示范课观摩'] };

    it('are taken from enrolled, waitlisted and pending teachers for a needs survey, once each', async () => {
      const res = await teacher.a0!.post(`/api/training/questionnaires/${needsId}/responses`, { answers: needsAnswers }).expect(201);
      expect(res.body).toMatchObject({
        id: needsId,
        state: 'answered',
        answeredOn: '2026-11-23',
        sessionTitle: '送培到校·城关小学语文数学',
        kind: 'needsSurvey',
      });
      const stored = await app.dataSource.manager.findOneByOrFail(QuestionnaireResponse, { questionnaireId: needsId });
      expect(stored.teacherId).toBe(world.teachersA[0]!.id);
      expect(stored.answers).toEqual({ difficulties: '学生课堂参与度低', modules: ['高效课堂', '磨课'], formats: ['示范课观摩'] });
      const secret = app.app.get<string>(SIGNING_SECRET);
      expect(stored.respondentKey).toBe(createHmac('sha256', secret).update(`questionnaire\0${needsId}\0${world.teachersA[0]!.id}`).digest('hex'));

      expect((await teacher.a0!.post(`/api/training/questionnaires/${needsId}/responses`, { answers: needsAnswers }).expect(409)).body.code).toBe(
        'training.questionnaire.alreadyAnswered',
      );
      await teacher.a1!.post(`/api/training/questionnaires/${needsId}/responses`, { answers: { difficulties: '作业设计', modules: ['师德'] } }).expect(201);
      expect((await teacher.a2!.get('/api/training/my/questionnaires').expect(200)).body.items).toEqual([
        expect.objectContaining({ id: needsId, state: 'open', answeredOn: null }),
      ]);
    });

    it('refuse teachers who are not participants: 403 when they see the session, 404 when they do not', async () => {
      const withdrawn = await teacher.a3!.post(`/api/training/questionnaires/${needsId}/responses`, { answers: needsAnswers }).expect(403);
      expect(withdrawn.body).toMatchObject({ code: 'training.questionnaire.notParticipant', detail: '您不是本班次的参训教师，不能作答' });
      const stranger = await teacher.b0!.post(`/api/training/questionnaires/${needsId}/responses`, { answers: needsAnswers }).expect(404);
      expect(stranger.body.code).toBe('notFound');
      // a coordinator holds no answering permission
      await centre.post(`/api/training/questionnaires/${needsId}/responses`, { answers: needsAnswers }).expect(403);
    });

    it('validate each answer against its question', async () => {
      const res = await teacher
        .a4!.post(`/api/training/questionnaires/${needsId}/responses`, { answers: { modules: ['游泳'], formats: '示范课观摩', colour: 'red' } })
        .expect(400);
      expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
        'answers.colour:training.answer.unknownQuestion',
        'answers.difficulties:validation.required',
        'answers.modules:training.answer.notAnOption',
        'answers.formats:training.answer.notAnOption',
      ]);
      expect((await teacher.a4!.post(`/api/training/questionnaires/${needsId}/responses`, { answers: 'all good' }).expect(400)).body.errors[0].field).toBe(
        'answers',
      );
    });

    it('are refused before a questionnaire opens and after it closes', async () => {
      const early = await teacher.a0!.post(`/api/training/questionnaires/${postId}/responses`, { answers: { overall: 5 } }).expect(409);
      expect(early.body).toMatchObject({ code: 'training.questionnaire.notYetOpen', detail: '问卷 2026-12-11 开放，请届时再填写' });
      await at('2026-12-06T02:00:00Z');
      const late = await teacher.a4!.post(`/api/training/questionnaires/${needsId}/responses`, { answers: needsAnswers }).expect(409);
      expect(late.body.code).toBe('training.questionnaire.closed');
    });

    it('keep no teacher on an anonymous questionnaire, yet take one answer per teacher', async () => {
      await at('2026-12-11T09:30:00Z'); // 17:30 in Shanghai, the last afternoon
      const url = `/api/training/questionnaires/${postId}/responses`;
      const full = (overall: number, rest: number, improve = '') => ({ overall, content: rest, experts: rest, organisation: rest, usefulness: rest, improve });
      const res = await teacher.a0!.post(url, { answers: full(5, 4, '多安排磨课') }).expect(201);
      expect(res.body).toMatchObject({ state: 'answered', anonymous: true, answeredOn: '2026-12-11' });
      // five answers from one teacher at the same moment: one is taken
      const burst = await Promise.all(Array.from({ length: 5 }, () => teacher.a4!.post(url, { answers: full(4, 3) })));
      expect(burst.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect(burst.filter((r) => r.status === 409).every((r) => r.body.code === 'training.questionnaire.alreadyAnswered')).toBe(true);
      await teacher.b1!.post(url, { answers: full(4, 5, '希望延长时间') }).expect(201); // a walk-in is a participant
      expect((await teacher.a0!.post(url, { answers: full(1, 1) }).expect(409)).body.code).toBe('training.questionnaire.alreadyAnswered');
      // waiting for a seat is enough for a needs survey, not for the questionnaire after
      expect((await teacher.a1!.post(url, { answers: full(3, 3) }).expect(403)).body.code).toBe('training.questionnaire.notParticipant');

      const rows = await app.dataSource.manager.findBy(QuestionnaireResponse, { questionnaireId: postId });
      expect(rows).toHaveLength(3);
      for (const r of rows) {
        expect(r.teacherId).toBeNull();
        expect(r.id[14]).toBe('4'); // a random id, not a time-ordered one
        expect(r.submittedAt.toISOString()).toBe('2026-12-10T16:00:00.000Z'); // the day's midnight in Shanghai
      }
      const audits = await app.dataSource.manager.findBy(AuditEntry, { entityId: postId, action: 'training.questionnaire.answered' });
      expect(audits).toHaveLength(3);
      expect(JSON.stringify(audits)).not.toContain('多安排磨课');

      const mine = await teacher.a0!.get('/api/training/my/questionnaires').expect(200);
      expect(mine.body.items.map((q: { id: string; state: string; answeredOn: string }) => [q.id, q.state, q.answeredOn])).toEqual([
        [postId, 'answered', '2026-12-11'],
        [needsId, 'answered', '2026-11-23'],
      ]);
      expect((await teacher.b2!.get('/api/training/my/questionnaires').expect(200)).body.items).toEqual([
        expect.objectContaining({ id: postId, state: 'open', sessionTitle: '送培到校·城关小学语文数学' }),
      ]);
    });

    it('lock the questions and the anonymity once answered', async () => {
      const current = (await centre.get(`/api/training/questionnaires/${postId}`).expect(200)).body;
      expect(current).toMatchObject({ responseCount: 3, answered: true });
      const questions = [{ code: 'overall', type: 'rating', text: '总体', required: true }];
      expect((await centre.patch(`/api/training/questionnaires/${postId}`, { version: current.version, questions }).expect(409)).body.code).toBe(
        'training.questionnaire.answered',
      );
      expect((await centre.patch(`/api/training/questionnaires/${postId}`, { version: current.version, anonymous: false }).expect(409)).body.code).toBe(
        'training.questionnaire.answered',
      );
      const edited = await centre
        .patch(`/api/training/questionnaires/${postId}`, { version: current.version, title: '训后问卷（城关小学）', closesOn: '2026-12-31' })
        .expect(200);
      expect(edited.body).toMatchObject({ title: '训后问卷（城关小学）', closesOn: '2026-12-31', version: current.version + 1 });
      // a questionnaire nobody answered yet can still change its questions
      const other = (await centre.get(`/api/training/sessions/${s2}/questionnaires`).expect(200)).body.items[0];
      const changed = await centre.patch(`/api/training/questionnaires/${other.id}`, { version: other.version, questions }).expect(200);
      expect(changed.body.questions).toEqual([{ code: 'overall', type: 'rating', text: '总体', required: true }]);
      await farOfficer.patch(`/api/training/questionnaires/${other.id}`, { version: changed.body.version, title: 'x' }).expect(404);
    });
  });

  describe('results', () => {
    it('give exact figures: rate, averages in hundredths, distributions, anonymous texts', async () => {
      const res = await centre.get(`/api/training/questionnaires/${postId}/results`).expect(200);
      // four enrolled (a walk-in among them), three answered
      expect(res.body).toMatchObject({
        questionnaireId: postId,
        sessionId: s1,
        kind: 'questionnaire',
        anonymous: true,
        responses: 3,
        enrolled: 4,
        responseRate: 75,
      });
      const byCode = Object.fromEntries(res.body.questions.map((q: { code: string }) => [q.code, q]));
      expect(byCode.overall).toMatchObject({ text: ZH_OVERALL, answered: 3, rating: { count: 3, sum: 13, average: 433, distribution: [0, 0, 0, 2, 1] } });
      expect(byCode.content.rating).toEqual({ count: 3, sum: 12, average: 400, distribution: [0, 0, 1, 1, 1] });
      expect(byCode.improve).toMatchObject({
        answered: 2,
        texts: [
          { text: '多安排磨课', teacherName: null },
          { text: '希望延长时间', teacherName: null },
        ],
      });
      expect(JSON.stringify(res.body)).not.toContain(world.teachersA[0]!.name);
    });

    it('name the teachers of a named needs survey and count those waiting among its respondents', async () => {
      const res = await centre.get(`/api/training/questionnaires/${needsId}/results`).expect(200);
      // enrolled 4 + waitlisted 1 + pending 1 = 6 may answer; 2 did
      expect(res.body).toMatchObject({ responses: 2, enrolled: 6, responseRate: 33, anonymous: false });
      const byCode = Object.fromEntries(res.body.questions.map((q: { code: string }) => [q.code, q]));
      expect(byCode.modules.choices.filter((c: { count: number }) => c.count > 0)).toEqual([
        { option: '师德', count: 1 },
        { option: '高效课堂', count: 1 },
        { option: '磨课', count: 1 },
      ]);
      expect(byCode.formats.choices.find((c: { option: string }) => c.option === '示范课观摩').count).toBe(1);
      expect(byCode.difficulties.texts).toEqual(
        expect.arrayContaining([
          { text: '学生课堂参与度低', teacherName: world.teachersA[0]!.name },
          { text: '作业设计', teacherName: world.teachersA[1]!.name },
        ]),
      );
    });

    it('are for evaluation managers and the session’s team only', async () => {
      await expert0.get(`/api/training/questionnaires/${postId}/results`).expect(200);
      // the first expert is not on the second session's team: it does not exist for them
      const other = (await centre.get(`/api/training/sessions/${s2}/questionnaires`).expect(200)).body.items[0];
      await expert0.get(`/api/training/questionnaires/${other.id}/results`).expect(404);
      // participants and the venue school see the session but not the results
      expect((await teacher.a0!.get(`/api/training/questionnaires/${postId}/results`).expect(403)).body.code).toBe('auth.forbidden');
      await coordinatorA.get(`/api/training/questionnaires/${postId}/results`).expect(403);
      await farOfficer.get(`/api/training/questionnaires/${postId}/results`).expect(404);
    });

    it('weigh the programme’s satisfaction by responses', async () => {
      await at('2026-12-18T04:00:00Z');
      const other = (await centre.get(`/api/training/sessions/${s2}/questionnaires`).expect(200)).body.items[0];
      await teacher.b3!.post(`/api/training/questionnaires/${other.id}/responses`, { answers: { overall: 2 } }).expect(201);
      const res = await centre.get(`/api/training/programmes/${world.programmeId}/evaluation`).expect(200);
      // (5 + 4 + 4 + 2) / 4 = 3.75, where the mean of the two sessions' averages would be 3.17
      expect(res.body).toMatchObject({ programmeId: world.programmeId, responses: 4, overallCount: 4, overallAverage: 375 });
      expect(
        res.body.sessions.map((s: { sessionId: string; responses: number; overallAverage: number | null; questionnaireId: string | null }) => [
          s.sessionId,
          s.responses,
          s.overallAverage,
          s.questionnaireId,
        ]),
      ).toEqual([
        [s1, 3, 433, postId],
        [s2, 1, 200, other.id],
        [noQuestionnaire, 0, null, null],
      ]);
      await farOfficer.get(`/api/training/programmes/${world.programmeId}/evaluation`).expect(404);
      await coordinatorA.get(`/api/training/programmes/${world.programmeId}/evaluation`).expect(403);
    });
  });

  it('documents its routes', async () => {
    const doc = (await app.request().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/training/question-templates',
        '/api/training/question-templates/{id}/archive',
        '/api/training/sessions/{id}/questionnaires',
        '/api/training/questionnaires/{id}/responses',
        '/api/training/questionnaires/{id}/results',
        '/api/training/my/questionnaires',
        '/api/training/programmes/{id}/evaluation',
        '/api/training/sessions/{id}/feedback-lessons',
        '/api/training/feedback-lessons/{id}/ratings/{expertId}',
      ]),
    );
    expect(doc.components.schemas.QuestionnaireResultsDto.properties).toHaveProperty('responseRate');
  });

  it('runs on the database it was asked for', () => {
    expect(app.databaseKind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  });
});
