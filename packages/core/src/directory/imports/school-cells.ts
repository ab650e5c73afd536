import type { LocalizedText } from '@schoolbridge/shared';
import { maskMobile, validateMobile } from '@schoolbridge/shared';
import { normaliseContactPhone } from '../organisations/rules/contact-phone.js';
import {
  codeFromWord,
  SCHOOL_KIND_NAMES,
  SCHOOL_SETTING_NAMES,
  SCHOOL_STAGE_NAMES,
  SCHOOL_TIER_NAMES,
  SUBJECT_NAMES,
  type SchoolKind,
  type SchoolSetting,
  type SchoolStage,
  type SchoolTier,
  type Subject,
} from '../rules/vocab.js';

/**
 * The cells of a county bureau's school list as the schools importer reads them: pure functions
 * from cell text to codes, with the other words bureaus write for the same thing.
 */

/** A school code as compared and stored: full-width folded, no spaces, upper case. */
export function schoolCodeKey(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** School codes: letters, digits, '-' and '_', at most 64 (platform_organisation.code). */
export function isSchoolCode(code: string): boolean {
  return /^[0-9A-Z][0-9A-Z_-]{0,63}$/.test(code);
}

/** A name as compared (township names, managers named by name): full-width folded, no spaces. */
export function nameKey(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '');
}

/** Several words in one cell: 小学、初中 / 小学,初中 / 小学 初中 / 小学/初中. */
export function splitWords(value: string): string[] {
  return value
    .normalize('NFKC')
    .split(/[、,，/;；|\s]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

const STAGE_WORDS: Record<string, SchoolStage> = {
  幼儿园: 'preschool',
  学前教育: 'preschool',
  幼教: 'preschool',
  初级中学: 'junior',
  高级中学: 'senior',
  普通高中: 'senior',
  职高: 'vocational',
  中专: 'vocational',
  职业教育: 'vocational',
  特殊教育: 'special',
};

const SCHOOL_KIND_WORDS: Record<string, SchoolKind> = {
  完小: 'complete_primary',
  非完小: 'incomplete_primary',
  村小: 'incomplete_primary',
  初中: 'junior_middle',
  九年一贯制: 'nine_year',
  高中: 'senior_high',
  普通高中: 'senior_high',
  十二年一贯制: 'twelve_year',
  中职: 'vocational',
  职业学校: 'vocational',
  职业中学: 'vocational',
  特教学校: 'special',
  特殊学校: 'special',
};

const SETTING_WORDS: Record<string, SchoolSetting> = {
  城市: 'urban',
  县城: 'urban',
  镇: 'town',
  县镇: 'town',
  农村: 'rural',
  村: 'rural',
};

const TIER_WORDS: Record<string, SchoolTier> = {
  优质: 'strong',
  示范: 'strong',
  优质学校: 'strong',
  示范学校: 'strong',
  普通: 'ordinary',
  薄弱学校: 'weak',
};

const SUBJECT_WORDS: Record<string, Subject> = {
  道法: 'politics',
  政治: 'politics',
  思想品德: 'politics',
  思品: 'politics',
  体育: 'pe',
  信息技术: 'it',
  信息: 'it',
  心理: 'psychology',
  综合实践活动: 'comprehensive',
  劳动教育: 'labour',
};

/** A vocabulary's code for a word: its code, zh-CN or English word, or another word bureaus use. */
function wordCode<T extends string>(names: Record<T, LocalizedText>, extra: Record<string, T>, value: string): T | null {
  const word = value.normalize('NFKC').trim();
  return extra[word] ?? codeFromWord(names, word);
}

export interface UnknownWord {
  value: string;
  /** The words the column takes, as the message lists them. */
  allowed: string;
}

function allowed(names: Record<string, LocalizedText>): string {
  return Object.values(names)
    .map((t) => t['zh-CN'])
    .join('、');
}

export type WordResult<T> = { value: T } | { error: UnknownWord };

export function schoolKindOf(value: string): WordResult<SchoolKind> {
  const code = wordCode(SCHOOL_KIND_NAMES, SCHOOL_KIND_WORDS, value);
  return code ? { value: code } : { error: { value, allowed: allowed(SCHOOL_KIND_NAMES) } };
}

export function settingOf(value: string): WordResult<SchoolSetting> {
  const code = wordCode(SCHOOL_SETTING_NAMES, SETTING_WORDS, value);
  return code ? { value: code } : { error: { value, allowed: allowed(SCHOOL_SETTING_NAMES) } };
}

export function tierOf(value: string): WordResult<SchoolTier> {
  const code = wordCode(SCHOOL_TIER_NAMES, TIER_WORDS, value);
  return code ? { value: code } : { error: { value, allowed: '优质/示范、一般、薄弱' } };
}

/** The stages of a cell, without repeats, in the vocabulary's order; the first unknown word is the error. */
export function stagesOf(value: string): WordResult<SchoolStage[]> {
  const found = new Set<SchoolStage>();
  for (const word of splitWords(value)) {
    const code = wordCode(SCHOOL_STAGE_NAMES, STAGE_WORDS, word);
    if (!code) return { error: { value: word, allowed: allowed(SCHOOL_STAGE_NAMES) } };
    found.add(code);
  }
  return { value: (Object.keys(SCHOOL_STAGE_NAMES) as SchoolStage[]).filter((s) => found.has(s)) };
}

/** Shortage subjects; '无' (none) gives an empty list. */
export function subjectsOf(value: string): WordResult<Subject[]> {
  const words = splitWords(value);
  if (words.length === 1 && ['无', '没有', '/', '-'].includes(words[0]!)) return { value: [] };
  const found = new Set<Subject>();
  for (const word of words) {
    const code = wordCode(SUBJECT_NAMES, SUBJECT_WORDS, word);
    if (!code) return { error: { value: word, allowed: allowed(SUBJECT_NAMES) } };
    found.add(code);
  }
  return { value: (Object.keys(SUBJECT_NAMES) as Subject[]).filter((s) => found.has(s)) };
}

const YES = new Set(['是', '有', 'Y', 'YES', 'TRUE', '1', '√']);
const NO = new Set(['否', '无', '不是', 'N', 'NO', 'FALSE', '0', '×', 'X']);

/** 是/否 (and Y/N, TRUE/FALSE, 1/0, √/×); null when it is neither. */
export function yesNoOf(value: string): boolean | null {
  const word = value.normalize('NFKC').trim().toUpperCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}

/** The most a count column takes (a school's students, classes, staff). */
export const MAX_COUNT = 1_000_000;

/** A count: a whole number ≥ 0 ('1,200' and '1200人' read as 1200); null when it is not one. */
export function countOf(value: string): number | null {
  const text = value
    .normalize('NFKC')
    .replace(/[,\s]/g, '')
    .replace(/[人个名班所]$/, '');
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_COUNT ? n : null;
}

/** The contact phone column shown back in the preview: a mobile masked, a landline as written. */
export function maskContactPhone(value: string): string {
  const result = normaliseContactPhone(value);
  if ('value' in result) return validateMobile(result.value) === null ? (maskMobile(result.value) ?? '') : result.value;
  // not a valid phone: still hide the middle digits of whatever was written
  const chars = [...value];
  return chars.map((c, i) => (i >= 3 && i < chars.length - 2 && /\d/.test(c) ? '*' : c)).join('');
}
