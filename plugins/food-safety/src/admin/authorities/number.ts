/**
 * Letter numbers as the server prints them (src/server/inspections/vocab.ts `letterNumber`):
 * 〈prefix〉〔year〕第NNN号, the serial padded to three digits — 某监餐意〔2026〕第015号.
 */
export function letterNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕第${String(serial).padStart(3, '0')}号`;
}

/** The year and serial of a printed number (the API's `nextNumber`), or null. */
export function parseLetterNumber(printed: string): { year: number; serial: number } | null {
  const m = /〔(\d{4})〕第(\d+)号$/.exec(printed);
  return m ? { year: Number(m[1]), serial: Number(m[2]) } : null;
}

/** The server's rule for a prefix (CreateAuthorityDto): 1–50 characters, no spaces or brackets. */
export const NUMBER_PREFIX_PATTERN = /^[^\s〔〕[\]()（）]{1,50}$/;
