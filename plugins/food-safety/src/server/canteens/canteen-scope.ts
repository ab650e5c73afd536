/**
 * CanteenScope: which canteens and meal suppliers an actor reaches, for every part of the plugin.
 *
 * A school canteen is in scope when the actor's scope holds its school (`scope_path` is the
 * school's organisation path: the school's coordinator and principal, the county's inspectors and
 * officers). A meal supplier is in scope when the scope holds its region (`scope_path` is the
 * region path) OR any school it serves (`food_safety_supplier_school.school_path`).
 *
 * Signatures (inject `CanteenScope`, a provider of FoodSafetyModule; or use the pure spec):
 *
 *   canteenScopeSpec(alias = 'c'): ScopeSpec
 *       The ScopeSpec of a `food_safety_canteen` row aliased `alias`, for ScopeService.where/restrict.
 *   scope.where(actor, permission, alias = 'c'): Brackets
 *       The condition; `qb.andWhere(scope.where(actor, FS_READ, 'c'))`.
 *   scope.restrict(qb, actor, permission, alias = 'c'): qb
 *       Restricts in place a query that has the canteen as `alias` (its root or a join).
 *   scope.joinRestricted(qb, actor, permission, canteenIdExpr, alias = 'c'): qb
 *       Inner-joins the canteen as `alias` on `alias.id = <canteenIdExpr>` ('i.canteenId') and restricts.
 *   scope.findOne(actor, permission, canteenId, manager?): Promise<Canteen>
 *       Loads one canteen in scope (archived ones included); outside scope or absent → 404
 *       problem 'notFound' for 'canteen', exactly as if it did not exist. Pass the transaction's
 *       manager to read inside it.
 *   scope.covers(actor, permission, canteen, manager?): Promise<boolean>
 *       Whether an already-loaded canteen is in scope (its path or a served school's path).
 *
 * A missing permission is refused with 403 by `@RequirePermission` on the route before any of this.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type Brackets, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ScopeService, type Actor, type ScopeSpec } from '@schoolbridge/core';
import { Canteen } from './entities/canteen.entity.js';
import { SupplierSchool } from './entities/supplier-school.entity.js';

/** The scope of a canteen row aliased `alias`: its own path, or a served school's path. */
export function canteenScopeSpec(alias = 'c'): ScopeSpec {
  const served = `fsss_${alias}`;
  return {
    paths: [`${alias}.scope_path`],
    related: [{ from: `food_safety_supplier_school ${served}`, on: `${served}.supplier_id = ${alias}.id`, path: `${served}.school_path` }],
  };
}

@Injectable()
export class CanteenScope {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  where(actor: Actor, permission: string, alias = 'c'): Brackets {
    return this.scope.where(actor, permission, canteenScopeSpec(alias));
  }

  restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, permission: string, alias = 'c'): SelectQueryBuilder<T> {
    return qb.andWhere(this.where(actor, permission, alias));
  }

  joinRestricted<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    actor: Actor,
    permission: string,
    canteenIdExpr: string,
    alias = 'c',
  ): SelectQueryBuilder<T> {
    return this.restrict(qb.innerJoin(Canteen, alias, `${alias}.id = ${canteenIdExpr}`), actor, permission, alias);
  }

  async findOne(actor: Actor, permission: string, canteenId: string, manager?: EntityManager): Promise<Canteen> {
    const m = manager ?? this.dataSource.manager;
    const qb = m.getRepository(Canteen).createQueryBuilder('c').where('c.id = :scopeCanteenId', { scopeCanteenId: canteenId });
    return this.scope.findOneInScope(qb, actor, permission, canteenScopeSpec('c'), 'canteen');
  }

  async covers(actor: Actor, permission: string, canteen: Canteen, manager?: EntityManager): Promise<boolean> {
    if (this.scope.coversPath(actor, permission, canteen.scopePath)) return true;
    if (canteen.kind !== 'supplier') return false;
    const m = manager ?? this.dataSource.manager;
    const served = await m.find(SupplierSchool, { where: { supplierId: canteen.id }, select: { schoolPath: true, schoolId: true, supplierId: true } });
    return this.scope.coversPath(actor, permission, ...served.map((s) => s.schoolPath));
  }
}
