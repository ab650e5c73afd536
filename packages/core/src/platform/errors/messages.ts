import type { Locale } from '@schoolbridge/shared';

/**
 * Messages for the platform's stable problem and field-error codes, in every interface language.
 * `{name}` placeholders are filled from the error's params. Modules add their own with
 * `registerProblemMessages`.
 */
type Catalogue = Record<string, Record<Locale, string>>;

const catalogue: Catalogue = {
  'validation.failed': { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields are not valid; see the field errors' },
  'validation.unknownField': { 'zh-CN': '不认识的字段“{field}”', en: 'Unknown field "{field}"' },
  'validation.required': { 'zh-CN': '必填', en: 'Required' },
  'validation.isString': { 'zh-CN': '应为文本', en: 'Must be text' },
  'validation.isInt': { 'zh-CN': '应为整数', en: 'Must be a whole number' },
  'validation.isNumber': { 'zh-CN': '应为数字', en: 'Must be a number' },
  'validation.isBoolean': { 'zh-CN': '应为是或否', en: 'Must be true or false' },
  'validation.isEnum': { 'zh-CN': '不是允许的取值', en: 'Is not one of the allowed values' },
  'validation.isIn': { 'zh-CN': '不是允许的取值', en: 'Is not one of the allowed values' },
  'validation.min': { 'zh-CN': '数值太小', en: 'Is too small' },
  'validation.max': { 'zh-CN': '数值太大', en: 'Is too large' },
  'validation.minLength': { 'zh-CN': '太短', en: 'Is too short' },
  'validation.maxLength': { 'zh-CN': '太长', en: 'Is too long' },
  'validation.isUuid': { 'zh-CN': '应为编号（UUID）', en: 'Must be an id (UUID)' },
  'validation.isDateString': { 'zh-CN': '应为日期', en: 'Must be a date' },
  'validation.isCalendarDate': { 'zh-CN': '应为日期（YYYY-MM-DD）', en: 'Must be a date (YYYY-MM-DD)' },
  'validation.matches': { 'zh-CN': '格式不对', en: 'Has the wrong format' },
  'validation.isEmail': { 'zh-CN': '电子邮箱格式不对，例如 name@example.cn', en: 'Must be an email address, e.g. name@example.cn' },
  'validation.isArray': { 'zh-CN': '应为列表', en: 'Must be a list' },
  'validation.isObject': { 'zh-CN': '应为对象', en: 'Must be an object' },
  'validation.invalid': { 'zh-CN': '取值无效', en: 'Is not valid' },
  'validation.sortField': { 'zh-CN': '不能按“{field}”排序', en: 'Cannot sort by "{field}"' },
  'validation.period': { 'zh-CN': '期间格式不对，例如 2026、sy2026、2026-autumn 或 2026-03-01..2026-06-30', en: 'Period must look like 2026, sy2026, 2026-autumn or 2026-03-01..2026-06-30' },
  'http.badRequest': { 'zh-CN': '请求有误', en: 'Bad request' },
  'http.notFound': { 'zh-CN': '找不到该地址', en: 'No such address' },
  'http.methodNotAllowed': { 'zh-CN': '不支持该操作', en: 'Method not allowed' },
  'http.payloadTooLarge': { 'zh-CN': '提交的内容太大', en: 'Payload too large' },
  'http.unsupportedMediaType': { 'zh-CN': '不支持该内容类型', en: 'Unsupported media type' },
  'http.tooManyRequests': { 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  'notFound': { 'zh-CN': '找不到该记录，或您无权查看', en: 'Not found, or not visible to you' },
  'conflict.staleVersion': { 'zh-CN': '该记录已被他人修改，请刷新后再编辑', en: 'Someone else changed this record; reload it and edit again' },
  'conflict.duplicate': { 'zh-CN': '{field}“{value}”已存在', en: '{field} "{value}" already exists' },
  'conflict.referenced': { 'zh-CN': '不能删除：仍被{by}引用', en: 'Cannot delete: still referenced by {by}' },
  'conflict.state': { 'zh-CN': '当前状态不允许此操作', en: 'Not allowed in the current state' },
  'auth.unauthenticated': { 'zh-CN': '请先登录', en: 'Please sign in' },
  'auth.forbidden': { 'zh-CN': '您没有执行此操作的权限（{permission}）', en: 'You do not have the permission for this ({permission})' },
  'internal': { 'zh-CN': '服务器出错了，请稍后再试；如果问题持续，请把请求编号 {requestId} 告诉管理员', en: 'Something went wrong on the server; if it persists, give the administrator request id {requestId}' },
};

export function registerProblemMessages(messages: Catalogue): void {
  for (const [code, texts] of Object.entries(messages)) catalogue[code] = texts;
}

export function hasProblemMessage(code: string): boolean {
  return code in catalogue;
}

export function problemMessage(code: string, locale: Locale, params: Record<string, unknown> = {}): string {
  const texts = catalogue[code];
  const template = texts ? texts[locale] : code;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}
