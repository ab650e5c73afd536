import { Controller, Get, Injectable, Logger, Module } from '@nestjs/common';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Public } from '../../../src/platform/access/decorators.js';
import { createLogger } from '../../../src/platform/logging.js';
import { definePlugin } from '../../../src/platform/plugins/plugin.js';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';

/** Service code that logs through Nest's Logger after awaiting the database, as real services do. */
@Injectable()
class EchoService {
  private readonly logger = new Logger(EchoService.name);
  constructor(private readonly dataSource: DataSource) {}

  async echo(): Promise<{ ok: true }> {
    await this.dataSource.manager.query('SELECT 1');
    await new Promise((resolve) => setTimeout(resolve, 1));
    this.logger.log('echo served');
    this.logger.warn({ msg: 'echo warning', detail: 42 });
    return { ok: true };
  }
}

@Controller('echo')
class EchoController {
  constructor(private readonly service: EchoService) {}

  @Public()
  @Get()
  echo() {
    return this.service.echo();
  }

  @Public()
  @Get('boom')
  async boom(): Promise<never> {
    await Promise.resolve();
    throw new Error('kaboom: internal detail');
  }
}

@Module({ controllers: [EchoController], providers: [EchoService] })
class EchoModule {}

const echoPlugin = definePlugin({ id: 'log-echo', coreCompatibility: '^0.1.0', module: EchoModule });

describe('structured logs', () => {
  let app: TestApp;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((l) => l.length > 0));
      done();
    },
  });
  const records = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    app = await createTestApp({ plugins: [echoPlugin], logger: createLogger('info', sink) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('writes one JSON object a line, from boot on', () => {
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const record = JSON.parse(line);
      expect(record).toMatchObject({ level: expect.any(String), time: expect.any(String), service: 'schoolbridge' });
    }
  });

  it('puts the request id of the x-request-id header on the request line and on service lines', async () => {
    const before = lines.length;
    const res = await app.request().get('/api/log-echo/echo').expect(200);
    const requestId = res.headers['x-request-id'];
    expect(requestId).toMatch(/^[\w.-]{8,64}$/);
    const mine = records().slice(before);
    expect(mine.find((r) => r.msg === 'echo served')).toMatchObject({ requestId, context: 'EchoService', level: 'info' });
    expect(mine.find((r) => r.msg === 'echo warning')).toMatchObject({ requestId, level: 'warn', detail: 42 });
    expect(mine.find((r) => r.msg === 'request')).toMatchObject({ requestId, method: 'GET', url: '/api/log-echo/echo', status: 200 });
  });

  it('keeps each of several concurrent requests’ lines apart, with a caller-given id honoured', async () => {
    const before = lines.length;
    const ids = ['req-aaaa-0001', 'req-bbbb-0002', 'req-cccc-0003', 'req-dddd-0004'];
    const responses = await Promise.all(ids.map((id) => app.request().get('/api/log-echo/echo').set('x-request-id', id).expect(200)));
    expect(responses.map((r) => r.headers['x-request-id'])).toEqual(ids);
    const served = records()
      .slice(before)
      .filter((r) => r.msg === 'echo served')
      .map((r) => r.requestId)
      .sort();
    expect(served).toEqual(ids);
  });

  it('tags the lines of a signed-in request with the user, and service lines of an upload with its id', async () => {
    const client = await app.signInAs(['teacher']);
    const before = lines.length;
    const res = await client.post('/api/files').attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: 'a.pdf' }).expect(201);
    const requestId = res.headers['x-request-id'];
    const mine = records().slice(before);
    expect(mine.find((r) => r.msg === 'file stored')).toMatchObject({ requestId, userId: client.user.id, fileId: res.body.id, context: 'FilesService' });
    expect(mine.find((r) => r.msg === 'request')).toMatchObject({ requestId, method: 'POST', status: 201 });
  });

  it('logs a server error with the request id the problem document names, and tells the client nothing more', async () => {
    const before = lines.length;
    const res = await app.request().get('/api/log-echo/echo/boom').set('x-request-id', 'req-boom-0001').expect(500);
    expect(res.body).toMatchObject({ code: 'internal', requestId: 'req-boom-0001' });
    expect(JSON.stringify(res.body)).not.toContain('kaboom');
    const mine = records().slice(before);
    expect(mine.find((r) => r.msg === 'request failed')).toMatchObject({ requestId: 'req-boom-0001', level: 'error', err: { message: 'kaboom: internal detail' } });
    expect(mine.find((r) => r.msg === 'request')).toMatchObject({ requestId: 'req-boom-0001', status: 500 });
  });
});
