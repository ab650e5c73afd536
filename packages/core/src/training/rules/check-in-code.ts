/**
 * Rotating check-in codes (DOMAIN.md §4: check-in that cannot be faked easily). A code is derived
 * from the deployment's secret, the session, the slot and a time window, so every API instance
 * computes and accepts the same code with no shared memory (ARCHITECTURE §4). The derivation is
 * HOTP's (RFC 4226) with HMAC-SHA256 and a time-window counter, as TOTP does.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const CHECK_IN_CODE_DIGITS = 6;
/** The issue asks for a code that rotates at least every 30 seconds. */
export const CHECK_IN_WINDOW_SECONDS = 30;
/** Also accept the window before the current one, so a code read just before it rotated still works. */
export const CHECK_IN_ACCEPT_PREVIOUS = 1;
/** How far back a matching code is told apart as expired rather than wrong (10 minutes at 30 s). */
const EXPIRED_LOOKBACK_WINDOWS = 20;

export type CheckInSecret = string | Uint8Array;

function assertWindowSeconds(windowSeconds: number): void {
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) throw new RangeError(`windowSeconds must be a whole number ≥ 1, got ${windowSeconds}`);
}

/** The index of the time window an instant (milliseconds since the epoch) falls in. */
export function windowOf(instantMs: number, windowSeconds = CHECK_IN_WINDOW_SECONDS): number {
  assertWindowSeconds(windowSeconds);
  return Math.floor(instantMs / (windowSeconds * 1000));
}

/** The instant (ms) a window starts; it ends where the next one starts. */
export function windowStartMs(windowIndex: number, windowSeconds = CHECK_IN_WINDOW_SECONDS): number {
  assertWindowSeconds(windowSeconds);
  return windowIndex * windowSeconds * 1000;
}

/**
 * The 6-digit code of a session's slot in a window. The session and slot are part of the MAC
 * input, NUL-separated, so a code for one slot is worthless for another; the window index is the
 * 8-byte big-endian counter of RFC 4226 §5.2, truncated dynamically as in §5.3.
 */
export function checkInCode(secret: CheckInSecret, sessionId: string, slotKey: string, windowIndex: number): string {
  if (!Number.isSafeInteger(windowIndex) || windowIndex < 0) throw new RangeError(`windowIndex must be a whole number ≥ 0, got ${windowIndex}`);
  if (sessionId.includes('\0') || slotKey.includes('\0')) throw new RangeError('a session id or slot key cannot contain NUL, the separator of the MAC input');
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(windowIndex));
  const mac = createHmac('sha256', secret).update(`schoolbridge.checkIn\0${sessionId}\0${slotKey}\0`, 'utf8').update(counter).digest();
  return String(dynamicTruncation(mac) % 10 ** CHECK_IN_CODE_DIGITS).padStart(CHECK_IN_CODE_DIGITS, '0');
}

/** RFC 4226 §5.3: 31 bits read at the offset the MAC's last nibble gives. */
export function dynamicTruncation(mac: Uint8Array): number {
  const offset = mac[mac.length - 1] & 0x0f;
  return ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
}

/** What the trainer's screen shows now, and when to fetch the next code. */
export function currentCheckInCode(
  secret: CheckInSecret,
  sessionId: string,
  slotKey: string,
  nowMs: number,
  windowSeconds = CHECK_IN_WINDOW_SECONDS,
): { code: string; windowIndex: number; rotatesAtMs: number } {
  const windowIndex = windowOf(nowMs, windowSeconds);
  return { code: checkInCode(secret, sessionId, slotKey, windowIndex), windowIndex, rotatesAtMs: windowStartMs(windowIndex + 1, windowSeconds) };
}

export type CheckInCodeVerdict = { ok: true; windowIndex: number } | { ok: false; reason: 'checkIn.codeExpired' | 'checkIn.codeInvalid' };

/** The digits of a typed code: spaces people type between groups of digits do not matter. */
function normalize(code: string): string {
  return code.replace(/\s+/g, '');
}

function sameCode(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Accepts the code of the current window or of the `acceptPrevious` windows before it (compared in
 * constant time), answering the window it matched. A code of an older window (up to 10 minutes
 * back at 30 s) is `checkIn.codeExpired`, so the teacher is told to read the new one; anything else,
 * including a code of another session or slot, is `checkIn.codeInvalid`. Once per teacher and slot
 * is the database's unique constraint, not this function's.
 */
export function verifyCheckInCode(
  secret: CheckInSecret,
  sessionId: string,
  slotKey: string,
  code: string,
  nowMs: number,
  options: { windowSeconds?: number; acceptPrevious?: number } = {},
): CheckInCodeVerdict {
  const windowSeconds = options.windowSeconds ?? CHECK_IN_WINDOW_SECONDS;
  const acceptPrevious = options.acceptPrevious ?? CHECK_IN_ACCEPT_PREVIOUS;
  if (!Number.isInteger(acceptPrevious) || acceptPrevious < 0) throw new RangeError(`acceptPrevious must be a whole number ≥ 0, got ${acceptPrevious}`);
  const typed = normalize(code);
  if (!/^\d+$/.test(typed) || typed.length !== CHECK_IN_CODE_DIGITS) return { ok: false, reason: 'checkIn.codeInvalid' };
  const current = windowOf(nowMs, windowSeconds);
  let matched: number | null = null;
  for (let w = current; w >= Math.max(0, current - acceptPrevious); w--) {
    // No early exit: every accepted window is compared, whichever matches.
    if (sameCode(checkInCode(secret, sessionId, slotKey, w), typed) && matched === null) matched = w;
  }
  if (matched !== null) return { ok: true, windowIndex: matched };
  for (let w = current - acceptPrevious - 1; w >= Math.max(0, current - acceptPrevious - EXPIRED_LOOKBACK_WINDOWS); w--) {
    if (sameCode(checkInCode(secret, sessionId, slotKey, w), typed)) return { ok: false, reason: 'checkIn.codeExpired' };
  }
  return { ok: false, reason: 'checkIn.codeInvalid' };
}

/** The QR payload: the teacher's check-in page with the session, slot and code in its query. */
export function checkInUrl(baseUrl: string, sessionId: string, slotKey: string, code: string): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/check-in`);
  url.searchParams.set('session', sessionId);
  url.searchParams.set('slot', slotKey);
  url.searchParams.set('code', code);
  return url.toString();
}

/** Reads a scanned check-in URL back; null when it is not one. */
export function parseCheckInUrl(value: string): { sessionId: string; slotKey: string; code: string } | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!url.pathname.endsWith('/check-in')) return null;
  const [sessionId, slotKey, code] = ['session', 'slot', 'code'].map((k) => url.searchParams.get(k));
  if (!sessionId || !slotKey || !code) return null;
  return { sessionId, slotKey, code };
}
