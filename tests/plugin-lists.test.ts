import { describe, expect, it } from 'vitest';
import { installedPlugins } from '../apps/api/src/plugins.js';
import { comparePluginLists, describeDifference } from './support/plugin-lists.js';

/**
 * The admin's list is browser code (React, Bundler resolution): imported at run time by its path,
 * so this workspace's type-check (Node resolution) does not follow it into the admin's sources.
 * vitest.config.ts runs this file the way the admin's own tests run (jsdom).
 */
const ADMIN_PLUGINS = '../apps/admin/src/plugins.ts';

describe('installed plugins', () => {
  it('the API and the admin list the same plugin ids', async () => {
    const { adminPlugins } = (await import(/* @vite-ignore */ ADMIN_PLUGINS)) as { adminPlugins: { id: string }[] };
    expect(Array.isArray(adminPlugins)).toBe(true);
    expect(adminPlugins.every((p) => typeof p.id === 'string' && p.id !== '')).toBe(true);
    const difference = describeDifference(comparePluginLists(installedPlugins, adminPlugins));
    expect(difference, 'the two plugin lists must name the same ids').toBe('');
  });

  it('names each difference between two lists', () => {
    const same = comparePluginLists([{ id: 'food-safety' }, { id: 'nutrition' }], [{ id: 'nutrition' }, { id: 'food-safety' }]);
    expect(describeDifference(same)).toBe('');
    const apart = comparePluginLists(
      [{ id: 'food-safety' }, { id: 'nutrition' }, { id: 'nutrition' }],
      [{ id: 'food-safety' }, { id: 'library' }, { id: 'library' }],
    );
    expect(apart).toEqual({ onlyInApi: ['nutrition'], onlyInAdmin: ['library'], repeatedInApi: ['nutrition'], repeatedInAdmin: ['library'] });
    expect(describeDifference(apart)).toBe(
      'installed in the API (apps/api/src/plugins.ts) but not in the admin (apps/admin/src/plugins.ts): nutrition; ' +
        'installed in the admin (apps/admin/src/plugins.ts) but not in the API (apps/api/src/plugins.ts): library; ' +
        'listed twice in apps/api/src/plugins.ts: nutrition; listed twice in apps/admin/src/plugins.ts: library',
    );
  });
});
