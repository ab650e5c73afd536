import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminDistFrom } from '../apps/api/src/server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('the admin build the API serves', () => {
  it('is apps/admin/dist beside the API app by default', () => {
    expect(adminDistFrom({})).toBe(path.join(ROOT, 'apps', 'admin', 'dist'));
    expect(adminDistFrom({ ADMIN_DIST: '  ' })).toBe(path.join(ROOT, 'apps', 'admin', 'dist'));
  });

  it('is ADMIN_DIST when set, relative to the working folder', () => {
    expect(adminDistFrom({ ADMIN_DIST: '/srv/schoolbridge/admin' })).toBe('/srv/schoolbridge/admin');
    expect(adminDistFrom({ ADMIN_DIST: 'build/admin' })).toBe(path.resolve(process.cwd(), 'build/admin'));
  });
});
