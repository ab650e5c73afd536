import { normalizeMobile, validateMobile } from '@schoolbridge/shared';

/**
 * A contact phone as stored: a mainland mobile normalised to its 11 digits (answers mask it), or a
 * landline as written ('0735-1234567': digits and '-', 7–13 characters). Anything else is an error.
 */
export function normaliseContactPhone(raw: string): { value: string } | { error: 'directory.contactPhone.format' } {
  const text = raw.trim();
  if (validateMobile(text) === null) return { value: normalizeMobile(text) };
  if (/^[0-9-]{7,13}$/.test(text) && /\d{7}/.test(text.replace(/-/g, ''))) return { value: text };
  return { error: 'directory.contactPhone.format' };
}
