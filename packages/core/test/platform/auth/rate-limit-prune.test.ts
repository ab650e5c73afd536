import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/platform/auth/rate-limiter.service.js';
import { RateLimitCounter } from '../../../src/platform/auth/rate-limit.entity.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';

describe('rate-limit counters are forgotten after a day', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ now: '2026-11-23T02:00:00Z' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('drops counters untouched for a day when a new window starts, and keeps recent ones', async () => {
    const limiter = app.app.get(RateLimiter);
    await limiter.hit('login:10.0.0.1', 5, 60);
    await limiter.hit('login:10.0.0.1', 5, 60);
    app.clock.advance(23 * 3_600_000);
    await limiter.hit('login:10.0.0.2', 5, 60);
    let keys = (await app.dataSource.getRepository(RateLimitCounter).find()).map((r) => r.key).sort();
    expect(keys).toEqual(['login:10.0.0.1', 'login:10.0.0.2']);

    app.clock.advance(2 * 3_600_000);
    const r = await limiter.hit('login:10.0.0.3', 5, 60);
    expect(r).toMatchObject({ allowed: true, count: 1 });
    keys = (await app.dataSource.getRepository(RateLimitCounter).find()).map((r) => r.key).sort();
    expect(keys).toEqual(['login:10.0.0.2', 'login:10.0.0.3']);
  });
});
