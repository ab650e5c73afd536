import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_WINDOW_SECONDS,
  checkInCode,
  checkInUrl,
  currentCheckInCode,
  dynamicTruncation,
  parseCheckInUrl,
  verifyCheckInCode,
  windowOf,
  windowStartMs,
} from '../../../src/training/rules/index.js';

const SECRET = 'test-secret';
const SESSION = '0190a5f0-0000-7000-8000-000000000001';
const SLOT = '2026-11-09.am';
/** 2026-11-09 08:30 in Asia/Shanghai, the first slot of a 送培到校 week. */
const NOW = Date.UTC(2026, 10, 9, 0, 30);

describe('windows', () => {
  it('are 30-second steps of the epoch', () => {
    expect(CHECK_IN_WINDOW_SECONDS).toBe(30);
    expect(windowOf(0)).toBe(0);
    expect(windowOf(29_999)).toBe(0);
    expect(windowOf(30_000)).toBe(1);
    expect(windowOf(NOW)).toBe(59_806_140);
    expect(windowOf(NOW, 60)).toBe(29_903_070);
    expect(windowStartMs(windowOf(NOW))).toBe(NOW);
  });

  it('refuse a window length that is not a whole number of seconds', () => {
    expect(() => windowOf(NOW, 0)).toThrow(RangeError);
    expect(() => windowOf(NOW, 0.5)).toThrow(RangeError);
  });
});

describe('checkInCode', () => {
  it('truncates dynamically as RFC 4226 §5.3 does (its Appendix D, count 0)', () => {
    const mac = createHmac('sha1', '12345678901234567890').update(Buffer.alloc(8)).digest();
    expect(mac.toString('hex')).toBe('cc93cf18508d94934c64b65d8ba7667fb7cde4b0');
    expect(dynamicTruncation(mac)).toBe(0x4c93cf18);
    expect(dynamicTruncation(mac) % 1_000_000).toBe(755224);
  });

  it('is six digits, the same on every instance and in every version', () => {
    // Computed independently (Python hmac) from the documented input; instances in a rolling
    // deployment must agree, so these values must never change.
    expect(checkInCode(SECRET, SESSION, SLOT, 0)).toBe('703988');
    expect(checkInCode(SECRET, SESSION, SLOT, windowOf(NOW))).toBe('823865');
    expect(checkInCode(Buffer.from(SECRET), SESSION, SLOT, 0)).toBe('703988');
  });

  it('differs by secret, session, slot and window', () => {
    const base = checkInCode(SECRET, SESSION, SLOT, 100);
    const variants = [
      checkInCode('other-secret', SESSION, SLOT, 100),
      checkInCode(SECRET, 'another-session', SLOT, 100),
      checkInCode(SECRET, SESSION, '2026-11-09.pm', 100),
      checkInCode(SECRET, SESSION, SLOT, 101),
    ];
    for (const v of variants) expect(v).not.toBe(base);
  });

  it('keeps leading zeros', () => {
    const codes = Array.from({ length: 2000 }, (_, w) => checkInCode(SECRET, SESSION, SLOT, w));
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(codes.some((c) => c.startsWith('0'))).toBe(true);
  });

  it('refuses a negative or fractional window and a NUL in its input', () => {
    expect(() => checkInCode(SECRET, SESSION, SLOT, -1)).toThrow(RangeError);
    expect(() => checkInCode(SECRET, SESSION, SLOT, 1.5)).toThrow(RangeError);
    expect(() => checkInCode(SECRET, `${SESSION}\0x`, SLOT, 1)).toThrow(RangeError);
  });

  it('tells the trainer’s screen the code and when it rotates', () => {
    expect(currentCheckInCode(SECRET, SESSION, SLOT, NOW + 12_345)).toEqual({ code: '823865', windowIndex: windowOf(NOW), rotatesAtMs: NOW + 30_000 });
  });
});

describe('verifyCheckInCode', () => {
  const codeAt = (instant: number) => checkInCode(SECRET, SESSION, SLOT, windowOf(instant));

  it('accepts the current window’s code', () => {
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(NOW), NOW + 10_000)).toEqual({ ok: true, windowIndex: windowOf(NOW) });
  });

  it('accepts a code read just before rotation, in the next window', () => {
    const read = NOW + 29_999;
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(read), NOW + 30_000)).toEqual({ ok: true, windowIndex: windowOf(NOW) });
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(read), NOW + 59_999)).toEqual({ ok: true, windowIndex: windowOf(NOW) });
  });

  it('refuses a code two windows old as expired, right at the boundary', () => {
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(NOW), NOW + 60_000)).toEqual({ ok: false, reason: 'checkIn.codeExpired' });
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(NOW), NOW + 5 * 60_000)).toEqual({ ok: false, reason: 'checkIn.codeExpired' });
  });

  it('calls a code older than the look-back simply invalid', () => {
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(NOW), NOW + 60 * 60_000)).toEqual({ ok: false, reason: 'checkIn.codeInvalid' });
  });

  it('refuses a code of the next window (not yet shown)', () => {
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(NOW + 30_000), NOW)).toEqual({ ok: false, reason: 'checkIn.codeInvalid' });
  });

  it('refuses a code of another session or slot', () => {
    const otherSession = checkInCode(SECRET, 'another-session', SLOT, windowOf(NOW));
    const otherSlot = checkInCode(SECRET, SESSION, '2026-11-09.pm', windowOf(NOW));
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, otherSession, NOW)).toEqual({ ok: false, reason: 'checkIn.codeInvalid' });
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, otherSlot, NOW)).toEqual({ ok: false, reason: 'checkIn.codeInvalid' });
  });

  it('refuses a code made with another secret', () => {
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, checkInCode('other-secret', SESSION, SLOT, windowOf(NOW)), NOW)).toEqual({
      ok: false,
      reason: 'checkIn.codeInvalid',
    });
  });

  it('refuses what is not six digits, and ignores spaces typed between digits', () => {
    const code = codeAt(NOW);
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code.slice(0, 5)}x`])
      expect(verifyCheckInCode(SECRET, SESSION, SLOT, bad, NOW)).toEqual({ ok: false, reason: 'checkIn.codeInvalid' });
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, ` ${code.slice(0, 3)} ${code.slice(3)} `, NOW)).toMatchObject({ ok: true });
  });

  it('takes the window length and how many previous windows count as options', () => {
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(NOW), NOW + 30_000, { acceptPrevious: 0 })).toEqual({ ok: false, reason: 'checkIn.codeExpired' });
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, codeAt(NOW), NOW + 60_000, { acceptPrevious: 2 })).toMatchObject({ ok: true });
    const minute = checkInCode(SECRET, SESSION, SLOT, windowOf(NOW, 60));
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, minute, NOW + 59_000, { windowSeconds: 60 })).toEqual({ ok: true, windowIndex: windowOf(NOW, 60) });
    expect(() => verifyCheckInCode(SECRET, SESSION, SLOT, minute, NOW, { acceptPrevious: -1 })).toThrow(RangeError);
  });

  it('works near the epoch without negative windows', () => {
    expect(verifyCheckInCode(SECRET, SESSION, SLOT, checkInCode(SECRET, SESSION, SLOT, 0), 1_000)).toEqual({ ok: true, windowIndex: 0 });
  });
});

describe('checkInUrl', () => {
  it('puts the session, slot and code in the check-in page’s query', () => {
    expect(checkInUrl('https://sb.example.cn/', SESSION, SLOT, '012345')).toBe(
      `https://sb.example.cn/check-in?session=${SESSION}&slot=2026-11-09.am&code=012345`,
    );
    expect(checkInUrl('https://sb.example.cn/admin', SESSION, SLOT, '012345')).toMatch(/^https:\/\/sb\.example\.cn\/admin\/check-in\?/);
  });

  it('reads back what it wrote, and nothing else', () => {
    expect(parseCheckInUrl(checkInUrl('https://sb.example.cn', SESSION, SLOT, '012345'))).toEqual({ sessionId: SESSION, slotKey: SLOT, code: '012345' });
    expect(parseCheckInUrl('https://sb.example.cn/check-in?session=x&slot=y')).toBeNull();
    expect(parseCheckInUrl('https://sb.example.cn/other?session=x&slot=y&code=1')).toBeNull();
    expect(parseCheckInUrl('not a url')).toBeNull();
  });
});
