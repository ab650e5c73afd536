import type { FieldError } from '../../errors/problem.js';
import { ROLES, isRoleCode, type RoleCode, type ScopeKind } from '../../access/roles.js';

/** How far a caller's user-management permission reaches: everything, or the paths under some prefixes. */
export interface ManagerReach {
  global: boolean;
  /** Materialised region / organisation paths of the caller's assignments that grant the permission. */
  prefixes: string[];
}

/** An assignment as asked for, before its region or organisation is looked up. */
export interface AssignmentRequest {
  role: string;
  scopeKind?: string | undefined;
  regionId?: string | null | undefined;
  organisationId?: string | null | undefined;
}

/** An assignment whose shape is right: the scope kind fits the role and names what it needs. */
export interface AssignmentShape {
  role: RoleCode;
  scopeKind: ScopeKind;
  regionId: string | null;
  organisationId: string | null;
}

export function within(reach: ManagerReach, path: string | null | undefined): boolean {
  if (reach.global) return true;
  return !!path && reach.prefixes.some((prefix) => path.startsWith(prefix));
}

/**
 * Whether the role's scope kinds allow this assignment and it names the region or organisation its
 * kind needs (ROLES[role].scopeKinds; the first is the default). Ids that the kind does not use are
 * dropped. `field` prefixes the field names (`assignments.0.`).
 */
export function assignmentShape(input: AssignmentRequest, field = ''): { shape: AssignmentShape | null; errors: FieldError[] } {
  if (!isRoleCode(input.role)) return { shape: null, errors: [{ field: `${field}role`, code: 'access.role.unknown' }] };
  const def = ROLES[input.role];
  const scopeKind = (input.scopeKind ?? def.scopeKinds[0]!) as ScopeKind;
  if (!def.scopeKinds.includes(scopeKind)) {
    return { shape: null, errors: [{ field: `${field}scopeKind`, code: 'access.scope.notForRole', params: { role: input.role, scopeKind } }] };
  }
  const regionId = scopeKind === 'region' ? (input.regionId ?? null) : null;
  const organisationId = scopeKind === 'organisation' ? (input.organisationId ?? null) : null;
  if (scopeKind === 'region' && !regionId) return { shape: null, errors: [{ field: `${field}regionId`, code: 'validation.required' }] };
  if (scopeKind === 'organisation' && !organisationId) return { shape: null, errors: [{ field: `${field}organisationId`, code: 'validation.required' }] };
  return { shape: { role: input.role, scopeKind, regionId, organisationId }, errors: [] };
}

/**
 * What a caller may grant: only a global manager grants the administrator role (or any global
 * scope); a region or organisation scope must lie inside the caller's reach, so nobody hands out
 * more than they hold. Own-records and assignments scopes name no place: whether the caller may
 * touch the user at all is decided by `userWithin`.
 */
export function grantProblems(shape: AssignmentShape, scopePath: string | null, reach: ManagerReach, field = ''): FieldError[] {
  if (reach.global) return [];
  if (shape.role === 'admin' || shape.scopeKind === 'global') return [{ field: `${field}role`, code: 'access.assignment.adminOnly', params: { role: shape.role } }];
  if (shape.scopeKind === 'region' && !within(reach, scopePath)) return [{ field: `${field}regionId`, code: 'access.scope.beyondCaller' }];
  if (shape.scopeKind === 'organisation' && !within(reach, scopePath)) return [{ field: `${field}organisationId`, code: 'access.scope.beyondCaller' }];
  return [];
}

/**
 * A user lies within a manager's reach when one of their region or organisation assignments does:
 * a county's manager looks after the accounts placed in the county. A user placed nowhere (a new
 * account, or own-records roles only) is reached by global managers alone.
 */
export function userWithin(reach: ManagerReach, assignmentPaths: (string | null)[]): boolean {
  return reach.global || assignmentPaths.some((p) => within(reach, p));
}
