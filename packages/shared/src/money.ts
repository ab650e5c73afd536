/**
 * Money is always an integer number of fen (分). Never a float: 19.08125万元 is 190,812.50 元,
 * which is 19,081,250 fen, exactly.
 */
export type Fen = number;

/** Digits, optionally grouped by thousands ("1,234,567"), and at most two decimals. */
const YUAN_RE = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a yuan amount into fen, exactly. Text ("1234.5", "-0.05", "1,234.56") is the normal
 * input; a number is taken at its shortest decimal form, so 0.1 is 10 fen, and a number with
 * more than two decimals (1.234) is refused rather than rounded.
 */
export function yuanToFen(yuan: string | number): Fen {
  if (typeof yuan === 'number' && !Number.isFinite(yuan)) throw new RangeError(`not a yuan amount: ${yuan}`);
  const text = typeof yuan === 'number' ? String(yuan) : yuan.trim();
  const m = YUAN_RE.exec(text);
  if (!m) throw new RangeError(`not a yuan amount: ${JSON.stringify(yuan)}`);
  const fen = Number(m[2]!.replace(/,/g, '')) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${text}`);
  return m[1] && fen !== 0 ? -fen : fen;
}

export function assertFen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`fen must be a safe integer, got ${value}`);
  return value;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 123456 fen → "1,234.56" (元, two decimals, thousands separators). */
export function formatYuan(fen: Fen, opts: { grouping?: boolean } = {}): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${opts.grouping === false ? whole : groupThousands(whole)}.${cents}`;
}

/**
 * Fen → 万元 with full precision and no trailing zeros: 19081250 → "19.08125".
 * One 万元 is 1,000,000 fen, so at most six decimals are ever needed.
 */
export function formatWanYuan(fen: Fen, opts: { grouping?: boolean; minDecimals?: number } = {}): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 1_000_000));
  let frac = String(abs % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  const min = opts.minDecimals ?? 0;
  if (frac.length < min) frac = frac.padEnd(min, '0');
  const w = opts.grouping === false ? whole : groupThousands(whole);
  return `${sign}${w}${frac ? `.${frac}` : ''}`;
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  // checked at every step: a sum that passes 2^53 on the way loses fen even if it comes back
  for (const v of values) total = assertFen(total + assertFen(v));
  return total;
}
