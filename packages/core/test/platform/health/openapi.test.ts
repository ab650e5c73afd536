import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../src/testing/index.js';

describe('OpenAPI', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('serves the document at /api/docs-json with the core routes and problem+json errors', async () => {
    const res = await app.request().get('/api/docs-json').expect(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/meta', '/api/files', '/api/files/{id}', '/api/files/{id}/content', '/api/auth/login']));
    expect(doc.components.schemas.Problem.properties).toHaveProperty('code');
    const login = doc.paths['/api/auth/login'].post;
    expect(login.responses.default.content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    expect(doc.paths['/api/files'].post.requestBody.content).toHaveProperty('multipart/form-data');
  });

  it('serves Swagger UI whose scripts and styles load under the page’s CSP', async () => {
    const page = await app.request().get('/api/docs').redirects(2).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    const html = page.text;
    // script-src 'self' allows no inline script: every script must be a file of ours.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    const assets = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    const base = new URL(page.request.url);
    for (const asset of assets) {
      const url = new URL(asset, base);
      expect(url.origin, asset).toBe(base.origin);
      const res = await app.request().get(url.pathname).expect(200);
      expect(res.headers['content-type'], asset).toMatch(/javascript|css|image/);
    }
    const init = await app.request().get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.text).toContain('"title": "SchoolBridge API"');
  });
});
