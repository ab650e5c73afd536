import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverNow, serverToday, setServerClock } from '../../src/app/server-clock';

afterEach(() => {
  vi.useRealTimers();
  setServerClock(new Date().toISOString(), 'Asia/Shanghai');
});

describe('the server’s clock in the browser', () => {
  it('keeps the server’s time as the device’s clock moves on, and says today in the deployment’s zone', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T18:00:00Z'));
    // the server runs a week behind (a journey's fixed date, or a device set wrong)
    setServerClock('2026-11-23T01:00:00Z', 'Asia/Shanghai');
    expect(new Date(serverNow()).toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(serverToday()).toBe('2026-11-23');
    vi.advanceTimersByTime(16 * 3_600_000);
    // 17:00 UTC is already the next day in Shanghai
    expect(serverToday()).toBe('2026-11-24');
    // a meta without a time leaves the offset as it was
    setServerClock(undefined);
    expect(serverToday()).toBe('2026-11-24');
  });
});
