import type { PluginDefinition } from '@schoolbridge/core';
import { foodSafetyPlugin } from '@schoolbridge/plugin-food-safety/server';

/**
 * The plugins installed in this API, in boot order. SCHOOLBRIDGE_PLUGINS picks which of them are
 * enabled (unset: all of them); the host checks the list at boot and stops with a message naming
 * the plugin when one is wrong.
 *
 * To install a plugin (docs/plugin-authoring.md): add its workspace package under plugins/ to the
 * dependencies in apps/api/package.json (`"@schoolbridge/plugin-food-safety": "0.1.0"`), import its
 * definition from the package's `./server` entry and list it here:
 *
 *   import { foodSafetyPlugin } from '@schoolbridge/plugin-food-safety/server';
 *   export const installedPlugins: PluginDefinition[] = [foodSafetyPlugin];
 *
 * Tables of an installed plugin are migrated even while SCHOOLBRIDGE_PLUGINS leaves it disabled.
 */
export const installedPlugins: PluginDefinition[] = [foodSafetyPlugin];
