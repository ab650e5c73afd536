import {
  genderFromIdNumber,
  normalizeIdNumber,
  normalizeMobile,
  validateIdNumber,
  validateMobile,
  validateRegistryNumber,
  type IdDocumentType,
} from '@schoolbridge/shared';
import type { Gender } from './vocab.js';

export interface PersonFieldError {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

export interface PersonInput {
  idType: IdDocumentType;
  idNumber: string;
  gender?: Gender | null | undefined;
  /** Field name → raw mobile number ('mobile', 'guardianMobile'). */
  mobiles?: Record<string, string | null | undefined>;
  registryNumber?: string | null | undefined;
}

export interface PersonValues {
  idNumber: string;
  gender: Gender | null;
  mobiles: Record<string, string | null>;
  registryNumber: string | null;
}

/**
 * Checks and normalises a person's identifiers (pure; the API and the importers share it): the ID
 * number by its document type (18 characters with checksum and X for ID cards), the gender against
 * the ID card's 17th digit (defaulting from it), mobiles, and the 学籍号.
 */
export function checkPerson(input: PersonInput): { errors: PersonFieldError[]; values: PersonValues } {
  const errors: PersonFieldError[] = [];
  const idNumber = normalizeIdNumber(input.idNumber ?? '');
  if (idNumber === '') errors.push({ field: 'idNumber', code: 'validation.required' });
  else {
    const err = validateIdNumber(input.idType, idNumber);
    if (err) errors.push({ field: 'idNumber', code: err });
  }
  let gender: Gender | null = input.gender ?? null;
  const fromId = input.idType === 'resident_id' || input.idType === 'hmt_residence_permit' || input.idType === 'foreign_permanent_residence' ? genderFromIdNumber(idNumber) : null;
  if (fromId && errors.length === 0) {
    if (gender && gender !== fromId) errors.push({ field: 'gender', code: 'directory.genderMismatch' });
    gender = gender ?? fromId;
  }
  const mobiles: Record<string, string | null> = {};
  for (const [field, raw] of Object.entries(input.mobiles ?? {})) {
    const text = raw?.trim() ?? '';
    if (text === '') {
      mobiles[field] = null;
      continue;
    }
    const err = validateMobile(text);
    if (err) errors.push({ field, code: err });
    mobiles[field] = normalizeMobile(text);
  }
  let registryNumber: string | null = null;
  if (input.registryNumber !== undefined && input.registryNumber !== null && input.registryNumber.trim() !== '') {
    registryNumber = normalizeIdNumber(input.registryNumber);
    const err = validateRegistryNumber(registryNumber);
    if (err) errors.push({ field: 'registryNumber', code: err });
  }
  return { errors, values: { idNumber, gender, mobiles, registryNumber } };
}
