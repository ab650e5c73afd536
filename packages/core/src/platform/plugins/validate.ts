import semver from 'semver';
import { getMetadataArgsStorage } from 'typeorm';
import { isRoleCode } from '../access/roles.js';
import type { ModuleDefinition, PluginDefinition } from './plugin.js';

/** Top-level route names that core owns now or will own; no plugin id may take one. */
export const CORE_ROUTE_NAMES = [
  'auth', 'users', 'roles', 'audit', 'notifications', 'reminders', 'reports', 'files', 'health', 'meta', 'docs', 'docs-json',
  'imports', 'exports', 'regions', 'organisations', 'directory', 'schools', 'teachers', 'students', 'twinning',
  'training', 'credits', 'grants', 'settings', 'plugins', 'platform', 'admin', 'api',
] as const;

const ID_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class PluginBootError extends Error {
  constructor(
    readonly pluginId: string,
    readonly fault: string,
  ) {
    super(`Plugin "${pluginId}": ${fault}`);
    this.name = 'PluginBootError';
  }
}

/** The table prefix of a module id: 'food-safety' → 'food_safety_'. */
export function tablePrefix(id: string): string {
  return `${id.replace(/-/g, '_')}_`;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function tableNameOf(entity: Function): string | undefined {
  const t = getMetadataArgsStorage().tables.find((x) => x.target === entity);
  return t?.name;
}

/**
 * Checks the installed plugins against core and each other, and resolves which are enabled.
 * `enabled` null means every installed plugin is on (SCHOOLBRIDGE_PLUGINS unset); otherwise it is
 * the exact list of enabled ids. Throws a PluginBootError that names the plugin and the fault.
 */
export function validatePlugins(
  core: ModuleDefinition[],
  installed: PluginDefinition[],
  enabled: string[] | null,
  coreVersion: string,
): PluginDefinition[] {
  const entityNames = new Map<string, string>();
  const tableNames = new Map<string, string>();
  const migrationNames = new Map<string, string>();
  const permissionCodes = new Map<string, string>();
  const register = (owner: string, def: ModuleDefinition, fail: (fault: string) => never) => {
    for (const entity of def.entities ?? []) {
      const table = tableNameOf(entity);
      if (!table) fail(`entity ${entity.name} has no @Entity table name`);
      if (entityNames.has(entity.name)) fail(`entity name ${entity.name} is already used by "${entityNames.get(entity.name)}"`);
      if (tableNames.has(table!)) fail(`table ${table} is already used by "${tableNames.get(table!)}"`);
      entityNames.set(entity.name, owner);
      tableNames.set(table!, owner);
    }
    for (const m of def.migrations ?? []) {
      if (!/\d{13}$/.test(m.name)) fail(`migration ${m.name} must end with a 13-digit timestamp`);
      if (migrationNames.has(m.name)) fail(`migration ${m.name} is already used by "${migrationNames.get(m.name)}"`);
      migrationNames.set(m.name, owner);
    }
    for (const p of def.permissions ?? []) {
      if (permissionCodes.has(p.code)) fail(`permission ${p.code} is already defined by "${permissionCodes.get(p.code)}"`);
      for (const r of p.grantedTo) if (!isRoleCode(r)) fail(`permission ${p.code} is granted to unknown role "${String(r)}"`);
      permissionCodes.set(p.code, owner);
    }
  };
  for (const c of core) {
    register(c.id, c, (fault) => {
      throw new Error(`Core module "${c.id}": ${fault}`);
    });
  }
  const ids = new Set<string>();
  for (const p of installed) {
    const id = typeof p?.id === 'string' ? p.id : '(no id)';
    const fail = (fault: string): never => {
      throw new PluginBootError(id, fault);
    };
    if (!ID_RE.test(id)) fail('id must be kebab-case (lower-case letters, digits and single hyphens, starting with a letter)');
    if (ids.has(id)) fail('another installed plugin has the same id');
    if ((CORE_ROUTE_NAMES as readonly string[]).includes(id) || core.some((c) => c.id === id)) fail(`id clashes with the core route /api/${id}`);
    ids.add(id);
    if (typeof p.module !== 'function') fail('module must be a Nest module class');
    if (!p.coreCompatibility || !semver.validRange(p.coreCompatibility)) fail(`coreCompatibility "${String(p.coreCompatibility)}" is not a semver range`);
    if (!semver.satisfies(coreVersion, p.coreCompatibility)) fail(`needs core ${p.coreCompatibility}, but this core is ${coreVersion}`);
    for (const entity of p.entities ?? []) {
      const table = tableNameOf(entity);
      if (table && !table.startsWith(tablePrefix(id))) fail(`table ${table} of entity ${entity.name} must start with ${tablePrefix(id)}`);
    }
    for (const perm of p.permissions ?? []) {
      if (!perm.code.startsWith(`${id}.`)) fail(`permission ${perm.code} must start with "${id}."`);
    }
    register(id, p, fail);
  }
  if (enabled === null) return [...installed];
  const out: PluginDefinition[] = [];
  for (const id of enabled) {
    const p = installed.find((x) => x.id === id);
    if (!p) {
      throw new PluginBootError(id, `SCHOOLBRIDGE_PLUGINS names it, but it is not installed (installed: ${installed.map((x) => x.id).join(', ') || 'none'})`);
    }
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
