import { describe, expect, it } from 'vitest';
import {
  averageHundredths,
  checkAnswers,
  checkQuestions,
  ratioRounded,
  respondentStatuses,
  responseRate,
  satisfactionOf,
  summariseRatings,
  summariseResponses,
  windowOn,
  type AnswerValue,
  type QuestionSpec,
} from '../../src/training/rules/evaluation.js';
import { OVERALL_QUESTION_CODE, SHIPPED_TEMPLATES, shippedQuestions, shippedTemplate } from '../../src/training/rules/question-templates.js';
import { MODULE_KIND_NAMES } from '../../src/training/rules/vocab.js';

const codes = (errors: { field: string; code: string }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe('checkQuestions', () => {
  it('accepts good questions and normalises them', () => {
    const { questions, errors } = checkQuestions([
      { code: 'overall', type: 'rating', text: ' 总体满意度 ', required: true },
      { code: 'likes', type: 'multiple', text: '喜欢的方式', options: [' 讲座 ', '磨课'] },
      { code: 'note2', type: 'text', text: '建议', options: [] },
    ]);
    expect(errors).toEqual([]);
    expect(questions).toEqual([
      { code: 'overall', type: 'rating', text: '总体满意度', required: true },
      { code: 'likes', type: 'multiple', text: '喜欢的方式', options: ['讲座', '磨课'], required: false },
      { code: 'note2', type: 'text', text: '建议', required: false },
    ]);
  });

  it('names each fault by its field', () => {
    const { questions, errors } = checkQuestions([
      { code: 'Overall', type: 'rating', text: 'a' },
      { code: 'x_y', type: 'rating', text: 'b' },
      { code: 'same', type: 'rating', text: 'c' },
      { code: 'same', type: 'stars', text: 'd' },
      { code: 'pick', type: 'single', text: 'e', options: ['only one'] },
      { code: 'pick2', type: 'single', text: 'f', options: ['a', 'a', ''] },
      { code: 'rate', type: 'rating', text: 'g', options: ['1', '2'] },
      { code: 'long', type: 'text', text: '长'.repeat(201) },
      { type: 'text' },
      'not an object',
    ]);
    expect(questions).toEqual([]);
    expect(codes(errors)).toEqual([
      'questions.0.code:training.question.codeFormat',
      'questions.1.code:training.question.codeFormat',
      'questions.3.code:training.question.codeTaken',
      'questions.3.type:validation.isIn',
      'questions.4.options:training.question.optionsRequired',
      'questions.5.options.1:training.question.optionTaken',
      'questions.5.options.2:validation.required',
      'questions.6.options:training.question.optionsNotAllowed',
      'questions.7.text:validation.maxLength',
      'questions.8.code:validation.required',
      'questions.8.text:validation.required',
      'questions.9:validation.isObject',
    ]);
    expect(errors.find((e) => e.code === 'training.question.codeTaken')?.params).toEqual({ code: 'same', position: 3 });
  });

  it('refuses an empty list and a text of exactly 200 characters passes', () => {
    expect(codes(checkQuestions([]).errors)).toEqual(['questions:training.question.none']);
    expect(codes(checkQuestions('x').errors)).toEqual(['questions:validation.isArray']);
    expect(checkQuestions([{ code: 'a', type: 'text', text: '长'.repeat(200) }]).errors).toEqual([]);
  });
});

describe('the shipped templates', () => {
  it('pass their own rules in both languages, with stable codes', () => {
    for (const t of SHIPPED_TEMPLATES) {
      for (const locale of ['zh-CN', 'en'] as const) expect(checkQuestions(shippedQuestions(t, locale)).errors).toEqual([]);
    }
    expect(shippedTemplate('shipped-needs-survey')!.questions.map((q) => q.code)).toEqual(['difficulties', 'modules', 'formats', 'suggestions']);
    expect(shippedTemplate('shipped-questionnaire')!.questions.map((q) => [q.code, q.type])).toEqual([
      [OVERALL_QUESTION_CODE, 'rating'],
      ['content', 'rating'],
      ['experts', 'rating'],
      ['organisation', 'rating'],
      ['usefulness', 'rating'],
      ['improve', 'text'],
    ]);
  });

  it('offer the timetable module kinds as wanted modules', () => {
    const modules = shippedQuestions(shippedTemplate('shipped-needs-survey')!, 'zh-CN').find((q) => q.code === 'modules')!;
    expect(modules.type).toBe('multiple');
    expect(modules.options).toContain(MODULE_KIND_NAMES.ethics['zh-CN']);
    expect(modules.options).toContain(MODULE_KIND_NAMES.polishing['zh-CN']);
    expect(modules.options).not.toContain(MODULE_KIND_NAMES.arrival['zh-CN']);
  });
});

const QUESTIONS: QuestionSpec[] = [
  { code: 'overall', type: 'rating', text: '总体', required: true },
  { code: 'format', type: 'single', text: '方式', options: ['讲座', '磨课'], required: false },
  { code: 'modules', type: 'multiple', text: '内容', options: ['师德', '高效课堂', '磨课'], required: false },
  { code: 'improve', type: 'text', text: '建议', required: false },
];

describe('checkAnswers', () => {
  it('accepts valid answers, keeps choices in option order and drops blanks', () => {
    expect(checkAnswers(QUESTIONS, { overall: 5, format: '磨课', modules: ['磨课', '师德'], improve: '  多些示范课 ' })).toEqual({
      answers: { overall: 5, format: '磨课', modules: ['师德', '磨课'], improve: '多些示范课' },
      errors: [],
    });
    expect(checkAnswers(QUESTIONS, { overall: 1, improve: '   ', modules: [] }).answers).toEqual({ overall: 1 });
  });

  it('refuses each bad answer under answers.<code>', () => {
    expect(codes(checkAnswers(QUESTIONS, { format: '讲课', modules: ['师德', '师德'], improve: 'x'.repeat(2001), extra: 1 }).errors)).toEqual([
      'answers.extra:training.answer.unknownQuestion',
      'answers.overall:validation.required',
      'answers.format:training.answer.notAnOption',
      'answers.modules:training.answer.repeatedOption',
      'answers.improve:validation.maxLength',
    ]);
    for (const bad of [0, 6, 4.5, '5']) expect(codes(checkAnswers(QUESTIONS, { overall: bad }).errors)).toEqual(['answers.overall:training.answer.rating']);
    expect(codes(checkAnswers(QUESTIONS, { overall: 3, modules: '师德' }).errors)).toEqual(['answers.modules:training.answer.notAnOption']);
    expect(codes(checkAnswers(QUESTIONS, [1]).errors)).toEqual(['answers:validation.isObject']);
    expect(checkAnswers(QUESTIONS, { overall: 3, improve: 'x'.repeat(2000) }).errors).toEqual([]);
  });
});

describe('windows and respondents', () => {
  it('open on the first day and close after the last', () => {
    expect(windowOn('2026-12-11', '2026-12-25', '2026-12-10')).toBe('notYetOpen');
    expect(windowOn('2026-12-11', '2026-12-25', '2026-12-11')).toBe('open');
    expect(windowOn('2026-12-11', '2026-12-25', '2026-12-25')).toBe('open');
    expect(windowOn('2026-12-11', '2026-12-25', '2026-12-26')).toBe('closed');
    expect(windowOn(null, null, '2030-01-01')).toBe('open');
  });

  it('ask the waiting teachers in a needs survey only', () => {
    expect(respondentStatuses('needsSurvey')).toEqual(['enrolled', 'pending', 'waitlisted']);
    expect(respondentStatuses('questionnaire')).toEqual(['enrolled']);
  });
});

describe('figures', () => {
  it('round half up in integers', () => {
    expect(averageHundredths(17, 4)).toBe(425);
    expect(averageHundredths(13, 3)).toBe(433); // 4.333…
    expect(averageHundredths(14, 3)).toBe(467); // 4.666…
    expect(averageHundredths(1, 8)).toBe(13); // 0.125 → 0.13
    expect(averageHundredths(0, 0)).toBeNull();
    expect(ratioRounded(1, 3, 100)).toBe(33);
    expect(ratioRounded(2, 3, 100)).toBe(67);
    expect(() => ratioRounded(1.5, 3)).toThrow(RangeError);
  });

  it('give the response rate as a whole percent, at most 100', () => {
    expect(responseRate(2, 3)).toBe(67);
    expect(responseRate(0, 0)).toBe(0);
    expect(responseRate(4, 3)).toBe(100);
  });

  it('summarise ratings with their distribution', () => {
    expect(summariseRatings([5, 4, 4, 3, 5, 1])).toEqual({ count: 6, sum: 22, average: 367, distribution: [1, 0, 1, 2, 2] });
    expect(summariseRatings([])).toEqual({ count: 0, sum: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(() => summariseRatings([6])).toThrow(RangeError);
  });

  it('summarise responses per question, without names when anonymous', () => {
    const responses: { answers: Record<string, AnswerValue>; teacherName: string }[] = [
      { answers: { overall: 5, format: '磨课', modules: ['师德', '磨课'], improve: '乙' }, teacherName: '张三' },
      { answers: { overall: 4, modules: ['磨课'], improve: '甲' }, teacherName: '李四' },
      { answers: { overall: 4 }, teacherName: '王五' },
    ];
    const named = summariseResponses(QUESTIONS, responses, false);
    expect(named[0]).toMatchObject({ code: 'overall', answered: 3, rating: { average: 433, distribution: [0, 0, 0, 2, 1] } });
    expect(named[1]!.choices).toEqual([
      { option: '讲座', count: 0 },
      { option: '磨课', count: 1 },
    ]);
    expect(named[2]!.choices).toEqual([
      { option: '师德', count: 1 },
      { option: '高效课堂', count: 0 },
      { option: '磨课', count: 2 },
    ]);
    expect(named[3]!.texts).toEqual([
      { text: '乙', teacherName: '张三' },
      { text: '甲', teacherName: '李四' },
    ]);
    const anonymous = summariseResponses(QUESTIONS, responses, true);
    expect(anonymous[3]!.texts!.every((t) => t.teacherName === null)).toBe(true);
  });

  it('weigh satisfaction by ratings, not by session', () => {
    // 10 ratings averaging 4.00 and 2 averaging 5.00: 4.17, not (4 + 5) / 2
    expect(
      satisfactionOf([
        { sum: 40, count: 10 },
        { sum: 10, count: 2 },
      ]),
    ).toEqual({ count: 12, average: 417 });
    expect(satisfactionOf([])).toEqual({ count: 0, average: null });
    expect(
      satisfactionOf([
        { sum: 0, count: 0 },
        { sum: 9, count: 2 },
      ]),
    ).toEqual({ count: 2, average: 450 });
  });
});
