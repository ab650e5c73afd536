import { normalizeMobile, validateMobile } from '@schoolbridge/shared';
import type { PersonFieldError } from './person.js';

export interface StaffFieldsInput {
  name?: string | undefined;
  position?: string | null | undefined;
  title?: string | null | undefined;
  mobile?: string | null | undefined;
  email?: string | null | undefined;
}

export interface StaffFieldsValues {
  name?: string;
  position?: string | null;
  title?: string | null;
  mobile?: string | null;
  email?: string | null;
}

/** Blank free text is no value: '' and '  ' are stored as null. */
function text(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const t = value?.trim() ?? '';
  return t === '' ? null : t;
}

/**
 * Checks and normalises the fields of a staff member that were given (pure; an absent field stays
 * absent, so an edit changes only what it sends): the name must have a character that is not a
 * space; a mobile is an 11-digit mainland number (+86 and separators dropped); an email is kept in
 * lower case; blank position, title, mobile and email become null.
 */
export function checkStaffFields(input: StaffFieldsInput): { errors: PersonFieldError[]; values: StaffFieldsValues } {
  const errors: PersonFieldError[] = [];
  const values: StaffFieldsValues = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (name === '') errors.push({ field: 'name', code: 'validation.required' });
    values.name = name;
  }
  for (const field of ['position', 'title'] as const) {
    const v = text(input[field]);
    if (v !== undefined) values[field] = v;
  }
  const mobile = text(input.mobile);
  if (mobile !== undefined) {
    if (mobile !== null) {
      const err = validateMobile(mobile);
      if (err) errors.push({ field: 'mobile', code: err });
    }
    values.mobile = mobile === null ? null : normalizeMobile(mobile);
  }
  const email = text(input.email);
  if (email !== undefined) values.email = email === null ? null : email.toLowerCase();
  return { errors, values };
}
