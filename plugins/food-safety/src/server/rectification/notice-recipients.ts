import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PermissionRegistry, ROLE_CODES, type RoleCode } from '@schoolbridge/core';
import { FS_INSPECT, FS_RECTIFY } from '../permissions.js';

/**
 * Who is told about a notice: at the school, the people holding food-safety.rectify through an
 * assignment on the canteen's school (or, for a meal supplier, on any school it serves); on the
 * inspectors' side, the inspectors who follow the notice, or failing those, whoever holds
 * food-safety.inspect over the notice's place.
 */
@Injectable()
export class NoticeRecipients {
  constructor(private readonly registry: PermissionRegistry) {}

  private rolesWith(permission: string): RoleCode[] {
    return ROLE_CODES.filter((r) => this.registry.rolePermissions(r).has(permission));
  }

  async schoolUsers(manager: EntityManager, notice: { canteenId: string; scopePath: string }): Promise<string[]> {
    const roles = this.rolesWith(FS_RECTIFY);
    if (roles.length === 0) return [];
    const rows: { user_id: string }[] = await manager
      .createQueryBuilder()
      .select('DISTINCT ra.user_id', 'user_id')
      .from('platform_role_assignment', 'ra')
      .innerJoin('platform_organisation', 'o', 'o.id = ra.organisation_id')
      .innerJoin('platform_user', 'u', 'u.id = ra.user_id')
      .where('ra.role IN (:...roles)', { roles })
      .andWhere('(o.path = :scopePath OR EXISTS (SELECT 1 FROM food_safety_supplier_school fss WHERE fss.supplier_id = :canteenId AND fss.school_id = o.id))', {
        scopePath: notice.scopePath,
        canteenId: notice.canteenId,
      })
      .andWhere("u.status = 'active'")
      .getRawMany();
    return rows.map((r) => r.user_id);
  }

  async inspectorUsers(manager: EntityManager, notice: { scopePath: string; inspectorUserIds: string[] | null }): Promise<string[]> {
    if (notice.inspectorUserIds && notice.inspectorUserIds.length > 0) return notice.inspectorUserIds;
    const roles = this.rolesWith(FS_INSPECT);
    if (roles.length === 0) return [];
    const rows: { user_id: string; path: string | null; scope_kind: string }[] = await manager
      .createQueryBuilder()
      .select(['ra.user_id AS user_id', 'ra.scope_kind AS scope_kind', 'COALESCE(r.path, o.path) AS path'])
      .from('platform_role_assignment', 'ra')
      .leftJoin('platform_region', 'r', 'r.id = ra.region_id')
      .leftJoin('platform_organisation', 'o', 'o.id = ra.organisation_id')
      .where('ra.role IN (:...roles)', { roles })
      .andWhere("ra.scope_kind IN ('region', 'organisation')")
      .getRawMany();
    return [...new Set(rows.filter((r) => r.path && notice.scopePath.startsWith(r.path)).map((r) => r.user_id))];
  }
}
