import { Injectable } from '@nestjs/common';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import { problems } from '../errors/problem.js';
import type { Actor, ActorAssignment } from './actor.js';
import { PermissionRegistry } from './permission-registry.js';

/** A SQL condition with its named parameters, built by the module that knows its tables. */
export interface SqlFragment {
  sql: string;
  params?: ObjectLiteral;
}

/**
 * How a kind of row relates to scopes. A row joining several parties (a pair of schools in two
 * counties, a session run by a centre at a school) lists every party's path: it is visible to
 * anyone whose scope holds any of them.
 */
export interface ScopeSpec {
  /** SQL expressions of the row's party paths (materialised region or organisation paths). */
  paths?: string[];
  /** Own-records scope (a teacher): the condition that the row is the user's own. */
  own?: (userId: string) => SqlFragment;
  /** Assignments scope (an expert's sessions, a donor's funds): the condition that the row is assigned to the user. */
  assignments?: (userId: string) => SqlFragment;
  /**
   * Party paths held in related rows, any number per row (the schools a meal supplier serves):
   * the row is visible when at least one related row's path is in scope. Each entry becomes
   * `EXISTS (SELECT 1 FROM <from> WHERE <on> AND <path in a prefix>)`; `from` is a table with its
   * alias ('food_safety_supplier_school fss'), `on` ties it to the row ('fss.supplier_id = c.id'),
   * `path` is the related row's path expression ('fss.school_path').
   */
  related?: { from: string; on: string; path: string }[];
}

let paramCounter = 0;

/**
 * The exclusive upper bound of the strings that start with `prefix`: the prefix with its last
 * character moved one code point on ('/43/4399/' → '/43/43990'). Paths are ASCII.
 */
export function prefixUpperBound(prefix: string): string {
  if (prefix.length === 0) throw new RangeError('an empty path prefix has no upper bound');
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** Drops prefixes that another prefix in the list already covers ('/43/4399/' under '/43/'). */
export function outermostPrefixes(prefixes: string[]): string[] {
  const unique = [...new Set(prefixes)].sort();
  return unique.filter((p) => !unique.some((q) => q !== p && p.startsWith(q)));
}

/**
 * The one helper every service uses to restrict what a caller reaches. A permission is held
 * through role assignments; each assignment's scope bounds the rows the permission reaches:
 * everything (global), a region or an organisation with what it manages (prefix match on
 * materialised paths, so an index serves it), the user's own rows, or rows assigned to them.
 * Assignments whose role does not grant the permission widen nothing.
 */
@Injectable()
export class ScopeService {
  constructor(private readonly registry: PermissionRegistry) {}

  /** The assignments through which the actor holds the permission. */
  grants(actor: Actor, permission: string): ActorAssignment[] {
    return actor.assignments.filter((a) => this.registry.rolePermissions(a.role).has(permission));
  }

  isGlobal(actor: Actor, permission: string): boolean {
    return this.grants(actor, permission).some((a) => a.scopeKind === 'global');
  }

  /** Whether a row with these party paths is within the actor's scope for the permission. */
  coversPath(actor: Actor, permission: string, ...paths: (string | null | undefined)[]): boolean {
    if (this.isGlobal(actor, permission)) return true;
    const prefixes = this.pathPrefixes(actor, permission);
    return paths.some((p) => !!p && prefixes.some((prefix) => p.startsWith(prefix)));
  }

  /** The path prefixes through which the actor holds the permission (empty for global). */
  pathPrefixes(actor: Actor, permission: string): string[] {
    return this.grants(actor, permission)
      .filter((a) => (a.scopeKind === 'region' || a.scopeKind === 'organisation') && a.path)
      .map((a) => a.path!);
  }

  /**
   * A condition restricting rows to the actor's scope for the permission; add it with
   * `qb.andWhere(scope.where(...))`. Nothing in scope gives a condition that is always false.
   * A path prefix is matched as a range (`path >= prefix AND path < upper`) rather than with
   * LIKE: SQLite's LIKE is case-insensitive and never uses the index, and a range needs no
   * escaping of `_` or `%`; with collation "C" on PostgreSQL both databases order bytewise.
   */
  where(actor: Actor, permission: string, spec: ScopeSpec): Brackets {
    return this.whereGranted(actor, this.grants(actor, permission), spec);
  }

  /**
   * Like `where`, through every assignment the actor holds whatever its role: the places a caller
   * may pick from (region pickers), where no single permission decides.
   */
  whereAnyRole(actor: Actor, spec: ScopeSpec): Brackets {
    return this.whereGranted(actor, actor.assignments, spec);
  }

  /** Like `coversPath`, through every assignment the actor holds whatever its role. */
  coversPathAnyRole(actor: Actor, ...paths: (string | null | undefined)[]): boolean {
    if (actor.assignments.some((a) => a.scopeKind === 'global')) return true;
    const prefixes = actor.assignments.filter((a) => (a.scopeKind === 'region' || a.scopeKind === 'organisation') && a.path).map((a) => a.path!);
    return paths.some((p) => !!p && prefixes.some((prefix) => p.startsWith(prefix)));
  }

  private whereGranted(actor: Actor, grants: ActorAssignment[], spec: ScopeSpec): Brackets {
    const global = grants.some((a) => a.scopeKind === 'global');
    return new Brackets((qb: WhereExpressionBuilder) => {
      if (global) {
        qb.where('1 = 1');
        return;
      }
      const parts: { sql: string; params: ObjectLiteral }[] = [];
      const prefixes = outermostPrefixes(grants.filter((a) => (a.scopeKind === 'region' || a.scopeKind === 'organisation') && a.path).map((a) => a.path!));
      for (const expr of spec.paths ?? []) {
        for (const prefix of prefixes) {
          const n = ++paramCounter;
          parts.push({ sql: `${expr} >= :scope_lo${n} AND ${expr} < :scope_hi${n}`, params: { [`scope_lo${n}`]: prefix, [`scope_hi${n}`]: prefixUpperBound(prefix) } });
        }
      }
      for (const rel of spec.related ?? []) {
        if (prefixes.length === 0) break;
        const ranges: string[] = [];
        const params: ObjectLiteral = {};
        for (const prefix of prefixes) {
          const n = ++paramCounter;
          ranges.push(`(${rel.path} >= :scope_lo${n} AND ${rel.path} < :scope_hi${n})`);
          Object.assign(params, { [`scope_lo${n}`]: prefix, [`scope_hi${n}`]: prefixUpperBound(prefix) });
        }
        parts.push({ sql: `EXISTS (SELECT 1 FROM ${rel.from} WHERE ${rel.on} AND (${ranges.join(' OR ')}))`, params });
      }
      if (spec.own && grants.some((a) => a.scopeKind === 'own')) {
        const f = spec.own(actor.userId);
        parts.push({ sql: f.sql, params: f.params ?? {} });
      }
      if (spec.assignments && grants.some((a) => a.scopeKind === 'assignments')) {
        const f = spec.assignments(actor.userId);
        parts.push({ sql: f.sql, params: f.params ?? {} });
      }
      if (parts.length === 0) {
        qb.where('1 = 0');
        return;
      }
      parts.forEach((p, i) => (i === 0 ? qb.where(`(${p.sql})`, p.params) : qb.orWhere(`(${p.sql})`, p.params)));
    });
  }

  /** Restricts a query builder in place and returns it. */
  restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, permission: string, spec: ScopeSpec): SelectQueryBuilder<T> {
    return qb.andWhere(this.where(actor, permission, spec));
  }

  /** Loads one row through a restricted query; a row outside the scope answers 404 as if absent. */
  async findOneInScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, permission: string, spec: ScopeSpec, entity: string): Promise<T> {
    const row = await this.restrict(qb, actor, permission, spec).getOne();
    if (!row) throw problems.notFound(entity);
    return row;
  }
}
