import { Inject, Injectable } from '@nestjs/common';
import { ROLE_CODES, type PermissionDefinition, type RoleCode } from './roles.js';

export const PERMISSION_DEFINITIONS = Symbol('PERMISSION_DEFINITIONS');

/**
 * Every permission the running system knows (platform, contexts, enabled plugins) and the
 * default grants of each role. Administrators hold every permission.
 */
@Injectable()
export class PermissionRegistry {
  private readonly byCode = new Map<string, PermissionDefinition>();
  private readonly byRole = new Map<RoleCode, Set<string>>();

  constructor(@Inject(PERMISSION_DEFINITIONS) definitions: PermissionDefinition[]) {
    for (const role of ROLE_CODES) this.byRole.set(role, new Set());
    for (const def of definitions) {
      if (this.byCode.has(def.code)) throw new Error(`permission ${def.code} is defined twice`);
      this.byCode.set(def.code, def);
      for (const role of def.grantedTo) this.byRole.get(role)?.add(def.code);
    }
    this.byRole.set('admin', new Set(this.byCode.keys()));
  }

  all(): PermissionDefinition[] {
    return [...this.byCode.values()];
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  rolePermissions(role: RoleCode): ReadonlySet<string> {
    return this.byRole.get(role) ?? new Set();
  }

  permissionsOf(roles: Iterable<RoleCode>): Set<string> {
    const out = new Set<string>();
    for (const r of roles) for (const p of this.rolePermissions(r)) out.add(p);
    return out;
  }
}
