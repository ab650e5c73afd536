import foodSafety from '@schoolbridge/plugin-food-safety/admin';
import type { AdminPlugin } from '@schoolbridge/ui';

/**
 * The plugins installed in this admin, the admin half of `apps/api/src/plugins.ts` (a test checks
 * that both lists name the same ids). The API says which of them are enabled (`GET /api/meta`);
 * the admin shows only those.
 *
 * To add a plugin: add its package to apps/admin/package.json (`"@schoolbridge/plugin-x": "0.1.0"`),
 * import its admin entry and list it here:
 *
 *   import foodSafety from '@schoolbridge/plugin-food-safety/admin';
 *   export const adminPlugins: AdminPlugin[] = [foodSafety];
 *
 * Its nav items, lazy routes, widgets and messages (see `defineAdminPlugin`) then appear for the
 * users holding the permissions they name.
 */
export const adminPlugins: AdminPlugin[] = [foodSafety];
