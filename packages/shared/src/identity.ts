/**
 * Personal identifiers (DOMAIN.md §2): ID documents, student-registry numbers (学籍号) and
 * mainland mobile numbers — validation and the masks every response and export shows.
 */

/** ID document types a teacher or student may hold; the mainland resident ID card is the default. */
export const ID_DOCUMENT_TYPES = [
  'resident_id', // 居民身份证
  'hmt_residence_permit', // 港澳台居民居住证
  'hk_macao_permit', // 港澳居民来往内地通行证
  'taiwan_permit', // 台湾居民来往大陆通行证
  'passport', // 护照
  'foreign_permanent_residence', // 外国人永久居留身份证
] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

export function isIdDocumentType(value: unknown): value is IdDocumentType {
  return typeof value === 'string' && (ID_DOCUMENT_TYPES as readonly string[]).includes(value);
}

export const ID_DOCUMENT_TYPE_NAMES: Record<IdDocumentType, { 'zh-CN': string; en: string }> = {
  resident_id: { 'zh-CN': '居民身份证', en: 'Resident ID card' },
  hmt_residence_permit: { 'zh-CN': '港澳台居民居住证', en: 'HK/Macao/Taiwan residence permit' },
  hk_macao_permit: { 'zh-CN': '港澳居民来往内地通行证', en: 'HK/Macao travel permit' },
  taiwan_permit: { 'zh-CN': '台湾居民来往大陆通行证', en: 'Taiwan travel permit' },
  passport: { 'zh-CN': '护照', en: 'Passport' },
  foreign_permanent_residence: { 'zh-CN': '外国人永久居留身份证', en: 'Foreign permanent residence ID' },
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The GB 11643 check character of the first 17 characters of an 18-character number. */
export function idChecksum(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Upper-cases a trailing x and drops spaces people paste in. */
export function normalizeIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Why an identifier is not valid; null when it is. Codes are stable and translated by the API. */
export type IdentifierError =
  | 'identity.idNumber.length'
  | 'identity.idNumber.format'
  | 'identity.idNumber.birthDate'
  | 'identity.idNumber.checksum'
  | 'identity.idNumber.prefix'
  | 'identity.registryNumber.format'
  | 'identity.mobile.format';

function validBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** An 18-character number of the GB 11643 shape: 17 digits, a checksum digit or X, a real birth date. */
function check18(value: string): IdentifierError | null {
  if (value.length !== 18) return 'identity.idNumber.length';
  if (!/^\d{17}[\dX]$/.test(value)) return 'identity.idNumber.format';
  if (!validBirthDate(value.slice(6, 14))) return 'identity.idNumber.birthDate';
  if (idChecksum(value.slice(0, 17)) !== value[17]) return 'identity.idNumber.checksum';
  return null;
}

/** Validates a (normalised) document number by its type; null when valid. */
export function validateIdNumber(type: IdDocumentType, raw: string): IdentifierError | null {
  const value = normalizeIdNumber(raw);
  switch (type) {
    case 'resident_id': {
      const err = check18(value);
      if (err) return err;
      // 81/82/83 are the residence permits of HK, Macao and Taiwan residents; 9 is a foreigner's card.
      if (/^(8[123]|9)/.test(value)) return 'identity.idNumber.prefix';
      return null;
    }
    case 'hmt_residence_permit': {
      const err = check18(value);
      if (err) return err;
      return /^8[123]0000/.test(value) ? null : 'identity.idNumber.prefix';
    }
    case 'foreign_permanent_residence': {
      const err = check18(value);
      if (err) return err;
      return value.startsWith('9') ? null : 'identity.idNumber.prefix';
    }
    case 'hk_macao_permit':
      return /^[HM]\d{8}(\d{2})?$/.test(value) ? null : 'identity.idNumber.format';
    case 'taiwan_permit':
      return /^\d{8}(\d{2})?$/.test(value) ? null : 'identity.idNumber.format';
    case 'passport':
      return /^[A-Z0-9]{5,17}$/.test(value) ? null : 'identity.idNumber.format';
  }
}

/** The gender an 18-character resident ID states: the 17th digit is odd for men. */
export function genderFromIdNumber(value: string): 'male' | 'female' | null {
  if (!/^\d{17}[\dX]$/.test(value)) return null;
  return Number(value[16]) % 2 === 1 ? 'male' : 'female';
}

/** The birth date (YYYY-MM-DD) an 18-character number states. */
export function birthDateFromIdNumber(value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return null;
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/**
 * 学籍号: "G" + the student's 18-character ID number (checksum included), or, for a student
 * without one, a temporary number "L"/"J" + 10–20 letters or digits issued by the registry.
 */
export function validateRegistryNumber(raw: string): IdentifierError | null {
  const value = normalizeIdNumber(raw);
  if (/^G/.test(value)) return check18(value.slice(1)) === null ? null : 'identity.registryNumber.format';
  return /^[LJ][0-9A-Z]{10,20}$/.test(value) ? null : 'identity.registryNumber.format';
}

/** Mainland mobile numbers: 11 digits starting 13–19 (a +86 / 86 prefix and separators are dropped). */
export function normalizeMobile(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
}

export function validateMobile(raw: string): IdentifierError | null {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(raw)) ? null : 'identity.mobile.format';
}

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd);
}

/** `439***********1234`: the first 3 and last 4 characters of a document number. */
export function maskIdNumber(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  return value.length >= 10 ? maskMiddle(value, 3, 4) : maskMiddle(value, 1, 2);
}

/** `G439***********1234`: the registry number carries the ID number, so it is masked like it. */
export function maskRegistryNumber(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  return maskMiddle(value, 4, 4);
}

/** `138****5678`. */
export function maskMobile(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  return maskMiddle(value, 3, 4);
}

/** `张*三` / `李*`: names on public notices (公示). */
export function maskName(value: string): string {
  const chars = [...value];
  if (chars.length <= 1) return value;
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
