/**
 * Evaluation rules (issue 5 §5): what a question and an answer may be, when a questionnaire takes
 * answers, and the figures of its results. Pure: the service feeds them rows and maps the field
 * errors to problem documents. Averages are in hundredths and computed in integers (4.25 → 425), so
 * a figure is the same on every database and in every export.
 */
import { compareDates, type CalendarDate } from '@schoolbridge/shared';
import { QUESTION_TYPES, type QuestionnaireKind, type QuestionType, type EnrolmentStatus } from './vocab.js';

/** A question as a template or questionnaire stores it. */
export interface QuestionSpec {
  code: string;
  type: QuestionType;
  text: string;
  options?: string[];
  required?: boolean;
}

export type AnswerValue = number | string | string[];

/** A field error of a rule: the service turns a list of them into a 400 problem document. */
export interface RuleFieldError {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

export const QUESTION_CODE_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
export const QUESTION_CODE_MAX = 40;
export const QUESTION_TEXT_MAX = 200;
export const OPTION_TEXT_MAX = 200;
export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 30;
export const ANSWER_TEXT_MAX = 2000;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple'];

/**
 * Checks a list of questions and returns it normalised (texts and options trimmed, `required`
 * explicit, no options on ratings and texts), or field errors named `<prefix>.<index>.<field>`:
 * codes unique and `[a-z][a-zA-Z0-9]*`, a known type, two or more distinct options for a choice,
 * none for a rating or text, texts of at most 200 characters.
 */
export function checkQuestions(input: unknown, prefix = 'questions'): { questions: QuestionSpec[]; errors: RuleFieldError[] } {
  const errors: RuleFieldError[] = [];
  if (!Array.isArray(input)) return { questions: [], errors: [{ field: prefix, code: 'validation.isArray' }] };
  if (input.length === 0) errors.push({ field: prefix, code: 'training.question.none' });
  if (input.length > MAX_QUESTIONS) errors.push({ field: prefix, code: 'training.question.tooMany', params: { max: MAX_QUESTIONS } });
  const seen = new Map<string, number>();
  const questions: QuestionSpec[] = [];
  input.forEach((raw, i) => {
    const at = `${prefix}.${i}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors.push({ field: at, code: 'validation.isObject' });
      return;
    }
    const q = raw as Record<string, unknown>;
    const code = typeof q.code === 'string' ? q.code.trim() : '';
    if (!code) errors.push({ field: `${at}.code`, code: 'validation.required' });
    else if (code.length > QUESTION_CODE_MAX) errors.push({ field: `${at}.code`, code: 'validation.maxLength', params: { max: QUESTION_CODE_MAX } });
    else if (!QUESTION_CODE_PATTERN.test(code)) errors.push({ field: `${at}.code`, code: 'training.question.codeFormat', params: { code } });
    else if (seen.has(code)) errors.push({ field: `${at}.code`, code: 'training.question.codeTaken', params: { code, position: seen.get(code)! + 1 } });
    else seen.set(code, i);

    const type = q.type as QuestionType;
    const knownType = typeof q.type === 'string' && (QUESTION_TYPES as readonly string[]).includes(q.type);
    if (!knownType) errors.push({ field: `${at}.type`, code: q.type === undefined ? 'validation.required' : 'validation.isIn' });

    const text = typeof q.text === 'string' ? q.text.trim() : '';
    if (!text) errors.push({ field: `${at}.text`, code: 'validation.required' });
    else if (text.length > QUESTION_TEXT_MAX) errors.push({ field: `${at}.text`, code: 'validation.maxLength', params: { max: QUESTION_TEXT_MAX } });

    if (q.required !== undefined && typeof q.required !== 'boolean') errors.push({ field: `${at}.required`, code: 'validation.isBoolean' });

    let options: string[] | undefined;
    if (knownType && CHOICE_TYPES.includes(type)) {
      if (!Array.isArray(q.options) || q.options.length < 2) {
        errors.push({ field: `${at}.options`, code: 'training.question.optionsRequired' });
      } else if (q.options.length > MAX_OPTIONS) {
        errors.push({ field: `${at}.options`, code: 'training.question.tooManyOptions', params: { max: MAX_OPTIONS } });
      } else {
        options = [];
        q.options.forEach((o, j) => {
          const option = typeof o === 'string' ? o.trim() : '';
          if (!option) errors.push({ field: `${at}.options.${j}`, code: 'validation.required' });
          else if (option.length > OPTION_TEXT_MAX)
            errors.push({ field: `${at}.options.${j}`, code: 'validation.maxLength', params: { max: OPTION_TEXT_MAX } });
          else if (options!.includes(option)) errors.push({ field: `${at}.options.${j}`, code: 'training.question.optionTaken', params: { option } });
          else options!.push(option);
        });
      }
    } else if (knownType && q.options !== undefined && q.options !== null && !(Array.isArray(q.options) && q.options.length === 0)) {
      errors.push({ field: `${at}.options`, code: 'training.question.optionsNotAllowed', params: { type } });
    }
    questions.push({ code, type, text, ...(options ? { options } : {}), required: q.required === true });
  });
  return { questions: errors.length ? [] : questions, errors };
}

/**
 * Checks one teacher's answers against the questions: a rating is a whole number 1–5, a single
 * choice one of the options, a multiple choice distinct options, a text at most 2000 characters;
 * every required question answered; no answer to a question that is not there. Empty texts and
 * empty choice lists count as not answered. Field errors are named `answers.<code>`.
 */
export function checkAnswers(questions: readonly QuestionSpec[], input: unknown): { answers: Record<string, AnswerValue>; errors: RuleFieldError[] } {
  const errors: RuleFieldError[] = [];
  const answers: Record<string, AnswerValue> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { answers, errors: [{ field: 'answers', code: 'validation.isObject' }] };
  const given = input as Record<string, unknown>;
  const codes = new Set(questions.map((q) => q.code));
  for (const code of Object.keys(given)) {
    if (!codes.has(code)) errors.push({ field: `answers.${code}`, code: 'training.answer.unknownQuestion', params: { code } });
  }
  for (const q of questions) {
    const field = `answers.${q.code}`;
    const value = Object.hasOwn(given, q.code) ? given[q.code] : undefined;
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (blank) {
      if (q.required) errors.push({ field, code: 'validation.required' });
      continue;
    }
    switch (q.type) {
      case 'rating':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < RATING_MIN || value > RATING_MAX) {
          errors.push({ field, code: 'training.answer.rating', params: { min: RATING_MIN, max: RATING_MAX } });
        } else answers[q.code] = value;
        break;
      case 'single':
        if (typeof value !== 'string' || !(q.options ?? []).includes(value)) errors.push({ field, code: 'training.answer.notAnOption' });
        else answers[q.code] = value;
        break;
      case 'multiple': {
        const options = q.options ?? [];
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !options.includes(v)))
          errors.push({ field, code: 'training.answer.notAnOption' });
        else if (new Set(value).size !== value.length) errors.push({ field, code: 'training.answer.repeatedOption' });
        // kept in the questions' order, so equal choices are stored alike
        else answers[q.code] = options.filter((o) => (value as string[]).includes(o));
        break;
      }
      case 'text':
        if (typeof value !== 'string') errors.push({ field, code: 'validation.isString' });
        else if (value.trim().length > ANSWER_TEXT_MAX) errors.push({ field, code: 'validation.maxLength', params: { max: ANSWER_TEXT_MAX } });
        else answers[q.code] = value.trim();
        break;
    }
  }
  return { answers: errors.length ? {} : answers, errors };
}

export type QuestionnaireWindow = 'notYetOpen' | 'open' | 'closed';

/** Whether a questionnaire takes answers on `today`; a missing bound leaves that side open. */
export function windowOn(opensOn: CalendarDate | null, closesOn: CalendarDate | null, today: CalendarDate): QuestionnaireWindow {
  if (opensOn && compareDates(today, opensOn) < 0) return 'notYetOpen';
  if (closesOn && compareDates(today, closesOn) > 0) return 'closed';
  return 'open';
}

/**
 * Who may answer: an enrolled teacher (walk-ins are enrolled too); a needs survey, made before the
 * seats are settled, also asks those waiting for approval or on the waitlist.
 */
export function respondentStatuses(kind: QuestionnaireKind): readonly EnrolmentStatus[] {
  return kind === 'needsSurvey' ? ['enrolled', 'pending', 'waitlisted'] : ['enrolled'];
}

/** `part / whole` rounded half up in integers, scaled by `scale` (100: percent or hundredths); null when whole is 0. */
export function ratioRounded(part: number, whole: number, scale = 100): number | null {
  for (const n of [part, whole, scale]) if (!Number.isInteger(n) || n < 0) throw new RangeError(`whole numbers ≥ 0 expected, got ${n}`);
  if (whole === 0) return null;
  return Math.floor((2 * part * scale + whole) / (2 * whole));
}

/** An average in hundredths (4.25 → 425) from a sum and a count; null when nothing was rated. */
export function averageHundredths(sum: number, count: number): number | null {
  return ratioRounded(sum, count, 100);
}

/**
 * The response rate as a whole percent. A teacher who answered and withdrew later still counts as a
 * response but no longer as a respondent, so the rate is capped at 100.
 */
export function responseRate(responses: number, respondents: number): number {
  const rate = ratioRounded(responses, respondents, 100);
  return rate === null ? 0 : Math.min(rate, 100);
}

export interface RatingSummary {
  count: number;
  sum: number;
  /** Hundredths; null when nobody rated. */
  average: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
}

export function summariseRatings(values: readonly number[]): RatingSummary {
  const distribution: RatingSummary['distribution'] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const v of values) {
    if (!Number.isInteger(v) || v < RATING_MIN || v > RATING_MAX) throw new RangeError(`a rating is a whole number 1–5, got ${v}`);
    distribution[v - 1]! += 1;
    sum += v;
  }
  return { count: values.length, sum, average: averageHundredths(sum, values.length), distribution };
}

export interface QuestionResult {
  code: string;
  type: QuestionType;
  text: string;
  options?: string[];
  /** Responses that answered this question. */
  answered: number;
  rating?: RatingSummary;
  /** Per option, in the questions' order. */
  choices?: { option: string; count: number }[];
  /** Text answers; `teacherName` only when the questionnaire is not anonymous. */
  texts?: { text: string; teacherName: string | null }[];
}

/**
 * The results of a questionnaire per question. `teacherName` of each response is used only when
 * `anonymous` is false; anonymous texts come sorted by their words, so their order tells nothing
 * about who wrote them or when.
 */
export function summariseResponses(
  questions: readonly QuestionSpec[],
  responses: readonly { answers: Record<string, AnswerValue>; teacherName: string | null }[],
  anonymous: boolean,
): QuestionResult[] {
  return questions.map((q) => {
    const given = responses.filter((r) => Object.hasOwn(r.answers, q.code));
    const base: QuestionResult = { code: q.code, type: q.type, text: q.text, ...(q.options ? { options: q.options } : {}), answered: given.length };
    switch (q.type) {
      case 'rating':
        return { ...base, rating: summariseRatings(given.map((r) => r.answers[q.code]).filter((v): v is number => typeof v === 'number')) };
      case 'single':
      case 'multiple': {
        const counts = new Map((q.options ?? []).map((o) => [o, 0]));
        for (const r of given) {
          const v = r.answers[q.code];
          for (const option of Array.isArray(v) ? v : [v]) if (typeof option === 'string' && counts.has(option)) counts.set(option, counts.get(option)! + 1);
        }
        return { ...base, choices: [...counts].map(([option, count]) => ({ option, count })) };
      }
      case 'text': {
        const texts = given.map((r) => ({ text: String(r.answers[q.code]), teacherName: anonymous ? null : r.teacherName }));
        if (anonymous) texts.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
        return { ...base, texts };
      }
    }
  });
}

/** One session's `overall` ratings, as sum and count. */
export interface RatingTotals {
  sum: number;
  count: number;
}

/**
 * Satisfaction (满意度) over several sessions: the average of every `overall` rating given, so each
 * session weighs by its number of ratings, not one session one vote. In hundredths; null when no
 * session has a rating. This is what "satisfaction" means in the programme evaluation and reports.
 */
export function satisfactionOf(sessions: readonly RatingTotals[]): { count: number; average: number | null } {
  let sum = 0;
  let count = 0;
  for (const s of sessions) {
    if (!Number.isInteger(s.sum) || !Number.isInteger(s.count) || s.count < 0 || s.sum < 0) throw new RangeError('rating totals are whole numbers ≥ 0');
    sum += s.sum;
    count += s.count;
  }
  return { count, average: averageHundredths(sum, count) };
}
