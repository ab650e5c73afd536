import { Injectable } from '@nestjs/common';
import { addDays } from '@schoolbridge/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { prefixUpperBound } from '../access/scope.service.js';
import { RoleAssignment } from '../access/role-assignment.entity.js';
import { ROLE_CODES, ROLES, type RoleCode } from '../access/roles.js';
import { startOfDayInZone } from '../audit/rules/time-range.js';
import { User } from '../auth/user.entity.js';
import { Clock } from '../clock.js';
import type { Figure, ReportContext, ReportSection, ReportSectionResult, ReportTable } from '../plugins/extension-points.js';
import { Organisation } from '../regions/organisation.entity.js';
import { Region } from '../regions/region.entity.js';

/**
 * 系统使用情况: the accounts of the report's region and how many of them signed in during the
 * period. An account belongs to the region when one of its role assignments is scoped to a region
 * or organisation whose path lies within the region's path; a global administrator belongs to no
 * region, and own-records or assignments scopes (teachers, experts, donors) name no place.
 */
@Injectable()
export class PlatformUsageSection implements ReportSection {
  readonly id = 'platform.usage';
  readonly title = 'platform.usage.title';
  /** Last: how the system is used closes the report, after the figures of the work itself. */
  readonly order = 9000;

  constructor(private readonly clock: Clock) {}

  async compute(ctx: ReportContext): Promise<ReportSectionResult> {
    const inRegion = () => assignmentsWithin(ctx);
    const rows = await inRegion()
      .select('a.userId', 'userId')
      .addSelect('a.role', 'role')
      .addSelect('u.status', 'status')
      .getRawMany<{ userId: string; role: RoleCode; status: string }>();
    // The period's dates in the deployment's time zone: from the first day's midnight to the midnight after the last.
    const from = startOfDayInZone(ctx.range.from, this.clock.timeZone);
    const to = startOfDayInZone(addDays(ctx.range.to, 1), this.clock.timeZone);
    const signedIn = await inRegion()
      .select('a.userId', 'userId')
      .distinct(true)
      .andWhere('u.lastLoginAt >= :from AND u.lastLoginAt < :to', { from, to })
      .getRawMany<{ userId: string }>();

    const statusOf = new Map(rows.map((r) => [r.userId, r.status]));
    const count = (status: string) => [...statusOf.values()].filter((s) => s === status).length;
    const base = { unit: 'persons' as const, measure: 'platform.usage.measure.persons', source: 'computed' as const };
    const figures: Figure[] = [
      { ...base, key: 'platform.usage.accounts', label: 'platform.usage.accounts', value: statusOf.size },
      {
        ...base,
        key: 'platform.usage.accountsActive',
        label: 'platform.usage.accountsActive',
        value: count('active'),
        partsOf: 'platform.usage.accounts',
        partition: 'byStatus',
      },
      {
        ...base,
        key: 'platform.usage.accountsDisabled',
        label: 'platform.usage.accountsDisabled',
        value: count('disabled'),
        partsOf: 'platform.usage.accounts',
        partition: 'byStatus',
      },
      {
        ...base,
        key: 'platform.usage.signedInInPeriod',
        label: 'platform.usage.signedInInPeriod',
        value: signedIn.length,
        subsetOf: 'platform.usage.accounts',
      },
    ];

    const usersByRole = new Map<RoleCode, Set<string>>();
    for (const r of rows) usersByRole.set(r.role, (usersByRole.get(r.role) ?? new Set()).add(r.userId));
    const byRole: ReportTable = {
      key: 'platform.usage.byRole',
      title: 'platform.usage.byRole',
      columns: [
        { key: 'role', label: 'platform.usage.role' },
        { key: 'roleName', label: 'platform.usage.roleName' },
        { key: 'accounts', label: 'platform.usage.accounts', unit: 'persons' },
      ],
      rows: ROLE_CODES.filter((role) => usersByRole.has(role)).map((role) => ({
        role,
        roleName: ROLES[role].name[ctx.locale],
        accounts: usersByRole.get(role)!.size,
      })),
    };
    return { figures, tables: [byRole] };
  }
}

/** Role assignments (with their users) scoped to a region or organisation within the report's place. */
function assignmentsWithin(ctx: ReportContext): SelectQueryBuilder<RoleAssignment> {
  const lo = ctx.region.path;
  const hi = prefixUpperBound(lo);
  // Path prefixes as ranges, as the scope helper matches them (an index serves them; no LIKE escaping).
  return ctx.dataSource
    .getRepository(RoleAssignment)
    .createQueryBuilder('a')
    .innerJoin(User, 'u', 'u.id = a.userId')
    .leftJoin(Region, 'r', 'r.id = a.regionId')
    .leftJoin(Organisation, 'o', 'o.id = a.organisationId')
    .where("((a.scopeKind = 'region' AND r.path >= :lo AND r.path < :hi) OR (a.scopeKind = 'organisation' AND o.path >= :lo AND o.path < :hi))", { lo, hi });
}
