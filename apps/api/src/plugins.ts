import type { PluginDefinition } from '@schoolbridge/core';

/**
 * The plugins installed in this API, in boot order. SCHOOLBRIDGE_PLUGINS picks which of them are
 * enabled (unset: all of them); the host checks the list at boot and stops with a message naming
 * the plugin when one is wrong.
 *
 * To install a plugin: add its workspace package to apps/api/package.json dependencies
 * (`"@schoolbridge/plugin-food-safety": "0.1.0"`), import its definition from the package's public
 * entry and list it here:
 *
 *   import { foodSafetyPlugin } from '@schoolbridge/plugin-food-safety';
 *   export const installedPlugins: PluginDefinition[] = [foodSafetyPlugin];
 */
export const installedPlugins: PluginDefinition[] = [];
