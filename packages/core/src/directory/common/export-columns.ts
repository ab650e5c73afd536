import { ID_DOCUMENT_TYPE_NAMES, type IdDocumentType, type Locale, type LocalizedText } from '@schoolbridge/shared';

/** A vocabulary code as its word in the caller's language (exports, sheets). */
export function wordOf<T extends string>(names: Record<T, LocalizedText>, code: T | null | undefined, locale: Locale): string {
  return code ? (names[code]?.[locale] ?? code) : '';
}

export function wordsOf<T extends string>(names: Record<T, LocalizedText>, codes: readonly T[], locale: Locale): string {
  return codes.map((c) => wordOf(names, c, locale)).join(locale === 'zh-CN' ? '、' : ', ');
}

export function idTypeWord(code: IdDocumentType, locale: Locale): string {
  return ID_DOCUMENT_TYPE_NAMES[code]?.[locale] ?? code;
}

export function yesNo(value: boolean | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  return locale === 'zh-CN' ? (value ? '是' : '否') : value ? 'Yes' : 'No';
}
