import { idChecksum } from '@schoolbridge/shared';

/** A valid 18-character ID number of the fictional demo county: 439901 + birth date + sequence + check. */
export function idNumber(birth = '19850312', seq = '123'): string {
  const first17 = `439901${birth}${seq}`;
  return first17 + idChecksum(first17);
}
