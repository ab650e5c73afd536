import { describe, expect, it } from 'vitest';
import { Clock } from '../../src/platform/clock.js';

describe('Clock', () => {
  it('tells today in the deployment time zone, not in UTC', () => {
    const at = new Date('2026-11-22T16:30:00Z');
    expect(Clock.fixed(at, 'Asia/Shanghai').today()).toBe('2026-11-23');
    expect(Clock.fixed(at, 'UTC').today()).toBe('2026-11-22');
    expect(Clock.fixed(new Date('2026-11-22T15:59:59.999Z'), 'Asia/Shanghai').today()).toBe('2026-11-22');
  });

  it('a fixed clock stands still until set or advanced', () => {
    const clock = Clock.fixed(new Date('2026-11-23T02:00:00Z'), 'Asia/Shanghai');
    expect(clock.now().toISOString()).toBe('2026-11-23T02:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-11-23T02:00:00.000Z');
    clock.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2026-11-23T03:30:00.000Z');
    clock.set('2027-01-31T16:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-31T16:00:00.000Z');
    expect(clock.today()).toBe('2027-02-01');
    clock.set(new Date('2026-09-01T00:00:00Z'));
    expect(clock.today()).toBe('2026-09-01');
  });

  it('hands out copies, so a caller cannot move it', () => {
    const clock = Clock.fixed(new Date('2026-11-23T02:00:00Z'), 'UTC');
    clock.now().setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-11-23T02:00:00.000Z');
    const start = new Date('2026-11-23T02:00:00Z');
    const other = Clock.fixed(start, 'UTC');
    start.setUTCFullYear(1999);
    expect(other.now().getUTCFullYear()).toBe(2026);
  });

  it('startingAt starts at the given instant and runs on from there', async () => {
    const start = new Date('2030-01-15T04:00:00Z');
    const clock = Clock.startingAt(start, 'Asia/Shanghai');
    const first = clock.now().getTime();
    expect(first).toBeGreaterThanOrEqual(start.getTime());
    expect(first - start.getTime()).toBeLessThan(60_000);
    expect(clock.today()).toBe('2030-01-15');
    await new Promise((r) => setTimeout(r, 5));
    expect(clock.now().getTime()).toBeGreaterThan(first);
    clock.advance(24 * 3_600_000);
    expect(clock.today()).toBe('2030-01-16');
  });

  it('a real clock follows the system time', () => {
    const before = Date.now();
    const now = new Clock('Asia/Shanghai').now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
