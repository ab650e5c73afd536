import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';

const INDEX =
  '<!doctype html><html lang="zh-CN"><head><script type="module" src="/assets/index-Bx7a9Q.js"></script></head><body><div id="root"></div></body></html>';
const ASSET = 'console.log("admin");';

/** Sends a request line exactly as written (clients tidy `..` away before sending). */
async function rawGet(app: TestApp, target: string): Promise<{ status: number; head: string; body: string }> {
  const { port } = app.app.getHttpServer().address() as net.AddressInfo;
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
  const [head, body = ''] = text.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head!)?.[1]), head: head!, body };
}

describe('the admin build served at /', () => {
  let app: TestApp;
  let folder: string;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'schoolbridge-admin-'));
    const dist = path.join(folder, 'dist');
    await fs.mkdir(path.join(dist, 'assets'), { recursive: true });
    await fs.writeFile(path.join(dist, 'index.html'), INDEX);
    await fs.writeFile(path.join(dist, 'assets', 'index-Bx7a9Q.js'), ASSET);
    await fs.writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await fs.writeFile(path.join(dist, '.env'), 'SECRET=1');
    // Beside the build, where a path that climbs out of it would land.
    await fs.writeFile(path.join(folder, 'secret.txt'), 'not for the web');
    app = await createTestApp({ plugins: [], adminDist: dist });
    await app.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    if (folder) await fs.rm(folder, { recursive: true, force: true });
  });

  it('answers / with index.html, revalidated on every load, under a CSP that lets the build run', async () => {
    const res = await app.request().get('/').expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toBe(INDEX);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    // Served over plain HTTP (COOKIE_SECURE off), requests must not be upgraded to HTTPS.
    expect(csp).not.toContain('upgrade-insecure-requests');
    await app.request().get('/index.html').expect(200, INDEX);
  });

  it('answers deep links with index.html, so the admin opens the page they name', async () => {
    for (const url of ['/figures?period=2026', '/figures/', '/users/0190abcd/edit', '/%E7%BB%9F%E8%AE%A1']) {
      const res = await app.request().get(url).expect(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toBe(INDEX);
    }
    const head = await app.request().head('/figures').expect(200);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('serves hashed assets with a year-long immutable cache, and other files revalidated', async () => {
    const asset = await app.request().get('/assets/index-Bx7a9Q.js').expect(200);
    expect(asset.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.text).toBe(ASSET);
    expect(asset.headers.etag).toBeTruthy();
    await app
      .request()
      .get('/assets/index-Bx7a9Q.js')
      .set('If-None-Match', asset.headers.etag as string)
      .expect(304);
    const icon = await app.request().get('/favicon.svg').expect(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing asset with a 404, not with the page', async () => {
    const res = await app.request().get('/assets/index-OLD.js').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('keeps answering unknown /api paths with a problem+json 404, and API routes as before', async () => {
    for (const url of ['/api/nope', '/api', '/api/regions/roots/extra/deep', '/%61pi/nope']) {
      const res = await app.request().get(url).expect(404);
      expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(res.body).toMatchObject({ status: 404, code: 'http.notFound' });
    }
    await app.request().get('/api/health').expect(200);
    await app.request().get('/api/docs-json').expect(200);
    // Only reads fall back to the page.
    const post = await app.request().post('/figures').send({}).expect(404);
    expect(post.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses paths that climb out of the build or name dotfiles', async () => {
    for (const target of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/.env',
      '/assets/%00.js',
    ]) {
      const res = await rawGet(app, target);
      expect(res.status, target).toBe(404);
      expect(res.head.toLowerCase()).toContain('content-type: application/problem+json');
      expect(res.body).not.toContain('not for the web');
      expect(res.body).not.toContain('SECRET');
    }
  });
});

describe('the admin not built yet', () => {
  let app: TestApp;
  let folder: string;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'schoolbridge-admin-'));
    app = await createTestApp({ plugins: [], adminDist: path.join(folder, 'dist') });
  });
  afterAll(async () => {
    await app?.close();
    if (folder) await fs.rm(folder, { recursive: true, force: true });
  });

  it('answers / and deep links with a short page in Chinese and English on how to build it', async () => {
    for (const url of ['/', '/figures?period=2026']) {
      const res = await app.request().get(url).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain('管理界面尚未构建');
      expect(res.text).toContain('The admin is not built');
      expect(res.text).toContain('npm start');
      expect(res.text).toContain('ADMIN_DIST');
      expect(res.text).not.toContain('<script');
    }
    await app.request().get('/api/nope').expect(404);
    await app.request().get('/api/health').expect(200);
  });

  it('serves the build as soon as it appears, without a restart', async () => {
    await fs.mkdir(path.join(folder, 'dist'), { recursive: true });
    await fs.writeFile(path.join(folder, 'dist', 'index.html'), INDEX);
    await app.request().get('/figures').expect(200, INDEX);
  });
});

describe('an API without the admin (adminDist unset)', () => {
  it('answers / with a problem+json 404 and sends upgrade-insecure-requests only behind TLS', async () => {
    const app = await createTestApp({ plugins: [], config: { auth: { secureCookies: true } } });
    try {
      const res = await app.request().get('/').expect(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await app.close();
    }
  });
});
