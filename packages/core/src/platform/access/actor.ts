import type { Locale } from '@schoolbridge/shared';
import type { RoleCode, ScopeKind } from './roles.js';

/** One (role, scope) a user holds, with the scope's materialised path resolved. */
export interface ActorAssignment {
  id: string;
  role: RoleCode;
  scopeKind: ScopeKind;
  regionId: string | null;
  organisationId: string | null;
  /** The region's or organisation's materialised path; null for global / own / assignments. */
  path: string | null;
}

/** Who is calling: resolved once per request by the auth guard. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  locale: Locale;
  via: 'session' | 'token';
  sessionId: string | null;
  mustChangePassword: boolean;
  assignments: ActorAssignment[];
  /** Union of the permissions of every role the user holds. */
  permissions: ReadonlySet<string>;
}

export function hasPermission(actor: Actor, permission: string): boolean {
  return actor.permissions.has(permission);
}

/** The assignments through which the actor holds a permission: their scopes bound what it reaches. */
export function assignmentsGranting(actor: Actor, permission: string, rolePermissions: (role: RoleCode) => ReadonlySet<string>): ActorAssignment[] {
  return actor.assignments.filter((a) => rolePermissions(a.role).has(permission));
}
