import { Controller, Get, Module } from '@nestjs/common';
import { afterEach, describe, expect, it } from 'vitest';
import { Public } from '../../../src/platform/access/decorators.js';
import { definePlugin } from '../../../src/platform/plugins/plugin.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';
import { CORE_VERSION } from '../../../src/version.js';

@Controller('ping')
class ProbePingController {
  @Public()
  @Get()
  ping() {
    return { pong: true };
  }
}

@Module({ controllers: [ProbePingController] })
class ProbeModule {}

const probePlugin = definePlugin({ id: 'meta-probe', coreCompatibility: '^0.1.0', module: ProbeModule });

describe('health and meta', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers health with the database kind and the clock, without signing in', async () => {
    app = await createTestApp({ now: '2026-09-01T00:30:00Z' });
    const res = await app.request().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: app.databaseKind, time: '2026-09-01T00:30:00.000Z' });
    expect(res.headers['content-type']).toContain('application/json');
  });

  it('answers 503 problem+json when the database is gone', async () => {
    app = await createTestApp();
    await app.dataSource.destroy();
    const res = await app.request().get('/api/health').set('Accept-Language', 'en').expect(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 503, code: 'health.databaseUnavailable', detail: 'The database cannot be reached', requestId: res.headers['x-request-id'] });
    const zh = await app.request().get('/api/health').expect(503);
    expect(zh.body.detail).toBe('数据库暂时无法访问');
  });

  it('lists the enabled plugins in meta, with version, locales and time zone', async () => {
    app = await createTestApp({ plugins: [probePlugin] });
    await app.request().get('/api/meta-probe/ping').expect(200);
    const res = await app.request().get('/api/meta').expect(200);
    expect(res.body).toEqual({ name: 'SchoolBridge', version: CORE_VERSION, plugins: ['meta-probe'], defaultLocale: 'zh-CN', locales: ['zh-CN', 'en'], timeZone: 'Asia/Shanghai', now: app.clock.now().toISOString() });
  });

  it('leaves an installed plugin out of meta when it is not enabled', async () => {
    app = await createTestApp({ plugins: [probePlugin], config: { plugins: [], defaultLocale: 'en', timeZone: 'Asia/Urumqi' } });
    await app.request().get('/api/meta-probe/ping').expect(404);
    const res = await app.request().get('/api/meta').expect(200);
    expect(res.body).toMatchObject({ plugins: [], defaultLocale: 'en', timeZone: 'Asia/Urumqi' });
  });
});
