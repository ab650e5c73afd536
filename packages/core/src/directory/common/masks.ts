import { maskIdNumber, maskMobile, maskRegistryNumber, validateMobile } from '@schoolbridge/shared';

/** A phone as answers show it: a mainland mobile masked, a landline as it is. */
export function maskPhone(value: string | null): string | null {
  if (!value) return value;
  return validateMobile(value) === null ? maskMobile(value) : value;
}

/** The personal fields of a row with masks applied, for answers, exports and audit snapshots. */
export function maskPersonal<T extends { idNumber?: string | null; mobile?: string | null; registryNumber?: string | null; guardianMobile?: string | null }>(row: T): T {
  const out = { ...row };
  if ('idNumber' in out) out.idNumber = maskIdNumber(out.idNumber ?? null);
  if ('mobile' in out) out.mobile = maskMobile(out.mobile ?? null);
  if ('registryNumber' in out) out.registryNumber = maskRegistryNumber(out.registryNumber ?? null);
  if ('guardianMobile' in out) out.guardianMobile = maskMobile(out.guardianMobile ?? null);
  return out;
}
