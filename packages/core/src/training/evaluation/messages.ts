import { registerProblemMessages } from '../../platform/errors/messages.js';

/** Evaluation's problem and field-error codes: surveys, questionnaires, answers, feedback lessons. */
registerProblemMessages({
  'training.question.none': { 'zh-CN': '请至少设置一道题目', en: 'Add at least one question' },
  'training.question.tooMany': { 'zh-CN': '题目最多 {max} 道', en: 'At most {max} questions' },
  'training.question.codeFormat': {
    'zh-CN': '题目代码“{code}”格式不对：以小写字母开头，只含字母和数字',
    en: 'Question code "{code}" must start with a lower-case letter and contain only letters and digits',
  },
  'training.question.codeTaken': { 'zh-CN': '题目代码“{code}”与第 {position} 题重复', en: 'Question code "{code}" is already used by question {position}' },
  'training.question.optionsRequired': { 'zh-CN': '选择题至少要有两个选项', en: 'A choice question needs at least two options' },
  'training.question.tooManyOptions': { 'zh-CN': '选项最多 {max} 个', en: 'At most {max} options' },
  'training.question.optionTaken': { 'zh-CN': '选项“{option}”重复', en: 'Option "{option}" appears twice' },
  'training.question.optionsNotAllowed': { 'zh-CN': '评分题和文字题不设选项', en: 'Rating and text questions take no options' },
  'training.template.notFound': { 'zh-CN': '找不到该题库模板，或不在您的管理范围内', en: 'No such question template within your scope' },
  'training.template.archived': { 'zh-CN': '该题库模板已归档，不能再使用', en: 'This question template is archived and can no longer be used' },
  'training.template.kindMismatch': {
    'zh-CN': '所选模板是“{templateKind}”，与问卷类型不符',
    en: 'The template chosen is for "{templateKind}", not this kind of questionnaire',
  },
  'training.template.shipped': { 'zh-CN': '系统内置模板不能修改，可复制后另存', en: 'Shipped templates cannot be changed; save a copy instead' },
  'training.template.alreadyArchived': { 'zh-CN': '该题库模板已归档', en: 'This question template is already archived' },
  'training.template.ownerNotFound': { 'zh-CN': '找不到该单位，或不在您的管理范围内', en: 'No such organisation within your scope' },
  'training.template.ownerRequired': { 'zh-CN': '请选择模板所属单位', en: 'Choose the organisation the template belongs to' },
  'training.questionnaire.templateOrQuestions': { 'zh-CN': '请选择模板，或直接填写题目（二者选一）', en: 'Give either a template or the questions, not both' },
  'training.questionnaire.titleRequired': { 'zh-CN': '直接填写题目时请填写问卷标题', en: 'Give a title when you write the questions yourself' },
  'training.questionnaire.exists': {
    'zh-CN': '本班次已有{kindName}，每个班次只能设一份',
    en: 'This session already has a {kindName}; there is one per session',
  },
  'training.questionnaire.answered': {
    'zh-CN': '已有教师作答，题目和匿名设置不能再修改',
    en: 'Teachers have answered; the questions and the anonymity can no longer change',
  },
  'training.questionnaire.window': { 'zh-CN': '结束日期不能早于开始日期', en: 'The closing date cannot be before the opening date' },
  'training.questionnaire.sessionCancelled': { 'zh-CN': '该班次已取消', en: 'This session is cancelled' },
  'training.questionnaire.notParticipant': {
    'zh-CN': '您不是本班次的参训教师，不能作答',
    en: 'You are not a participant of this session, so you cannot answer',
  },
  'training.questionnaire.notYetOpen': { 'zh-CN': '问卷 {opensOn} 开放，请届时再填写', en: 'The questionnaire opens on {opensOn}' },
  'training.questionnaire.closed': { 'zh-CN': '问卷已于 {closesOn} 截止', en: 'The questionnaire closed on {closesOn}' },
  'training.questionnaire.alreadyAnswered': {
    'zh-CN': '您已填写过该问卷，每人只能填写一次',
    en: 'You have already answered this questionnaire; one answer per teacher',
  },
  'training.answer.unknownQuestion': { 'zh-CN': '问卷中没有代码为“{code}”的题目', en: 'The questionnaire has no question "{code}"' },
  'training.answer.rating': { 'zh-CN': '请打 {min}–{max} 分（整数）', en: 'Give a whole number from {min} to {max}' },
  'training.answer.notAnOption': { 'zh-CN': '请从给定选项中选择', en: 'Choose from the options given' },
  'training.answer.repeatedOption': { 'zh-CN': '同一选项只能选一次', en: 'Each option can be chosen once' },
  'training.feedback.notVenueTeacher': {
    'zh-CN': '反馈课应由送培学校（{venue}）的教师执教',
    en: 'A feedback lesson is given by a teacher of the venue school ({venue})',
  },
  'training.feedback.notSessionDay': { 'zh-CN': '{date} 不是本班次的培训日', en: '{date} is not a day of this session' },
  'training.feedback.notTeamExpert': { 'zh-CN': '该专家不在本班次的送培团队中', en: 'This expert is not on the session’s team' },
  'training.feedback.rateAsSelf': { 'zh-CN': '专家只能以本人名义评分', en: 'An expert can only give their own rating' },
  'training.feedback.notGivenYet': { 'zh-CN': '反馈课 {givenOn} 才执教，届时再评分', en: 'The feedback lesson is given on {givenOn}; rate it then' },
  'training.feedback.sessionCancelled': { 'zh-CN': '该班次已取消', en: 'This session is cancelled' },
});
