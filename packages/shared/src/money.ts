/**
 * Money is always an integer number of fen (分). Never a float: 19.08125万元 is 190,812.50 元,
 * which is 19,081,250 fen, exactly.
 */
export type Fen = number;

const YUAN_RE = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Parses a yuan amount written as text ("1234.5", "-0.05") into fen, exactly. */
export function yuanToFen(yuan: string | number): Fen {
  const text = typeof yuan === 'number' ? yuan.toFixed(2) : yuan.trim().replace(/,/g, '');
  const m = YUAN_RE.exec(text);
  if (!m) throw new RangeError(`not a yuan amount: ${JSON.stringify(yuan)}`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount too large: ${text}`);
  return m[1] ? -fen : fen;
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
  let frac = String(abs % 1_000_000).padStart(6, '0').replace(/0+$/, '');
  const min = opts.minDecimals ?? 0;
  if (frac.length < min) frac = frac.padEnd(min, '0');
  const w = opts.grouping === false ? whole : groupThousands(whole);
  return `${sign}${w}${frac ? `.${frac}` : ''}`;
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const v of values) total += assertFen(v);
  return assertFen(total);
}
