/**
 * The question templates shipped with SchoolBridge (pure data): a needs survey (训前调研, DOMAIN.md §4:
 * about a month ahead, it shapes the timetable) and a post-training questionnaire (训后问卷). Their
 * question codes are stable: results and the reports' "satisfaction" (the `overall` rating of the
 * questionnaire) are grouped by them. Texts are in both interface languages; a questionnaire made
 * from a shipped template copies them in the language of whoever makes it.
 */
import type { Locale, LocalizedText } from '@schoolbridge/shared';
import { MODULE_KIND_NAMES, MODULE_KINDS, type QuestionnaireKind, type QuestionType } from './vocab.js';

export interface ShippedQuestion {
  code: string;
  type: QuestionType;
  text: LocalizedText;
  options?: LocalizedText[];
  required: boolean;
}

export interface ShippedTemplate {
  /** Not a UUID, so it can never clash with a stored template's id. */
  id: string;
  kind: QuestionnaireKind;
  name: LocalizedText;
  questions: ShippedQuestion[];
}

/** The rating every satisfaction figure is computed from (programme evaluation, report section). */
export const OVERALL_QUESTION_CODE = 'overall';

/** Modules a teacher may ask for: the timetable's module kinds, except the team's arrival day. */
const WANTED_MODULES = MODULE_KINDS.filter((k) => k !== 'arrival').map((k) => MODULE_KIND_NAMES[k]);

const FORMATS: LocalizedText[] = [
  { 'zh-CN': '示范课观摩', en: 'Watching demonstration lessons' },
  { 'zh-CN': '专题讲座', en: 'Lectures' },
  { 'zh-CN': '磨课研讨', en: 'Polishing lessons together' },
  { 'zh-CN': '同课异构', en: 'One topic, different lessons' },
  { 'zh-CN': '集体备课', en: 'Joint lesson planning' },
  { 'zh-CN': '案例分析', en: 'Case studies' },
  { 'zh-CN': '跟岗研修', en: 'Shadowing' },
];

const rating = (code: string, zh: string, en: string): ShippedQuestion => ({ code, type: 'rating', text: { 'zh-CN': zh, en }, required: true });

export const SHIPPED_TEMPLATES: readonly ShippedTemplate[] = [
  {
    id: 'shipped-needs-survey',
    kind: 'needsSurvey',
    name: { 'zh-CN': '送培到校训前调研', en: 'Send-training-to-school needs survey' },
    questions: [
      {
        code: 'difficulties',
        type: 'text',
        text: { 'zh-CN': '您在课堂教学中遇到的主要困难是什么？', en: 'What are the main difficulties you meet in your teaching?' },
        required: true,
      },
      {
        code: 'modules',
        type: 'multiple',
        text: { 'zh-CN': '您希望本次培训安排哪些内容？（可多选）', en: 'Which modules would you like the training to include? (choose any)' },
        options: WANTED_MODULES,
        required: true,
      },
      {
        code: 'formats',
        type: 'multiple',
        text: { 'zh-CN': '您喜欢哪些培训方式？（可多选）', en: 'Which formats do you prefer? (choose any)' },
        options: FORMATS,
        required: false,
      },
      { code: 'suggestions', type: 'text', text: { 'zh-CN': '对本次培训的其他建议', en: 'Anything else the team should know' }, required: false },
    ],
  },
  {
    id: 'shipped-questionnaire',
    kind: 'questionnaire',
    name: { 'zh-CN': '送培到校训后问卷', en: 'Send-training-to-school post-training questionnaire' },
    questions: [
      rating(OVERALL_QUESTION_CODE, '您对本次培训的总体满意度', 'Overall, how satisfied are you with this training?'),
      rating('content', '培训内容的针对性', 'How well did the content fit your needs?'),
      rating('experts', '专家的指导水平', 'How good was the experts’ guidance?'),
      rating('organisation', '培训的组织与安排', 'How well was the training organised?'),
      rating('usefulness', '培训对您改进教学的帮助', 'How useful is the training for your teaching?'),
      { code: 'improve', type: 'text', text: { 'zh-CN': '您认为本次培训还有哪些需要改进的地方？', en: 'What should be improved?' }, required: false },
    ],
  },
];

export function shippedTemplate(id: string): ShippedTemplate | undefined {
  return SHIPPED_TEMPLATES.find((t) => t.id === id);
}

/** A shipped template's questions in one language, as a questionnaire stores them. */
export function shippedQuestions(
  template: ShippedTemplate,
  locale: Locale,
): { code: string; type: QuestionType; text: string; options?: string[]; required: boolean }[] {
  return template.questions.map((q) => ({
    code: q.code,
    type: q.type,
    text: q.text[locale],
    ...(q.options ? { options: q.options.map((o) => o[locale]) } : {}),
    required: q.required,
  }));
}
