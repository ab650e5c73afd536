import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { RoleAssignment } from '../../platform/access/role-assignment.entity.js';
import { prefixUpperBound, ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { AppError, problems } from '../../platform/errors/problem.js';
import { pagesOf } from '../../platform/exports/export.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { Region, type RegionKind } from '../../platform/regions/region.entity.js';
import { applyArchived, applySort, likeLiteral } from '../common/list-query.js';
import { describeReferences, nonZero, type ReferenceCounts } from '../organisations/rules/references.js';
import { DIRECTORY_READ, DIRECTORY_REGIONS_MANAGE } from '../permissions.js';
import './messages.js';
import { pathCodes, regionCodeProblem, regionKindProblem, regionPath } from './rules/region-code.js';

export interface RegionListQuery {
  parentId?: string;
  kind?: RegionKind;
  q?: string;
  sort?: string;
  archived?: 'false' | 'true' | 'all';
}

/** A region with what the tree page shows beside it. */
export interface RegionView {
  region: Region;
  childCount: number;
  organisationCount: number;
}

/** A row of the regions export: the region with its parent (null at the top). */
export interface RegionExportRow extends RegionView {
  parent: Region | null;
}

export interface RegionDetailView extends RegionView {
  ancestors: Region[];
}

export interface CreateRegionInput {
  code: string;
  name: string;
  kind: RegionKind;
  parentId?: string;
}

export interface RegionChanges {
  name?: string;
  kind?: RegionKind;
}

/** Regions sort by code (the division codes order them as the statistics do), by name, or by path (the tree read top to bottom). */
const SORTS: Record<string, string> = { code: 'r.code', name: 'r.name', createdAt: 'r.createdAt', path: 'r.path' };

const ENTITY = 'directory.region';

/**
 * Region management (the region tree page): /api/directory/regions. The read-only picker API of
 * the platform (/api/regions) stays as it is.
 *
 * Who sees which regions: a region is visible when its path starts with a region (or
 * organisation) path through which the caller holds directory.read — their region and everything
 * under it. Regions above a caller's region are not listed (a county officer does not manage the
 * city), though a detail names them among its ancestors, as geography. An organisation-scoped
 * caller (a school coordinator) sees no regions here: organisation paths lie below region paths,
 * and region management is a bureau's work; such callers pick places through /api/regions.
 * Writes need directory.regions.manage through an assignment whose path covers the region (for a
 * new region: its parent); anything else answers 404.
 */
@Injectable()
export class DirectoryRegionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly scope: ScopeService,
  ) {}

  async list(actor: Actor, query: RegionListQuery, paging: PageRequest): Promise<{ items: RegionView[]; total: number; page: number; pageSize: number }> {
    const [rows, total] = await (await this.listQuery(actor, query, 'code')).skip(paging.skip).take(paging.pageSize).getManyAndCount();
    return { items: await this.views(actor, rows), total, page: paging.page, pageSize: paging.pageSize };
  }

  /**
   * The list for an export, page by page, with each region's parent. Without a sort the rows come
   * in path order, which is the tree read top to bottom (each region followed by those under it).
   */
  async pagesFor(actor: Actor, query: RegionListQuery): Promise<AsyncIterable<RegionExportRow[]>> {
    const qb = await this.listQuery(actor, query, 'path');
    return pagesOf(async (skip, take) => {
      const rows = await qb.clone().skip(skip).take(take).getMany();
      const parentIds = [...new Set(rows.map((r) => r.parentId).filter((id): id is string => id !== null))];
      const parents = parentIds.length ? await this.dataSource.manager.find(Region, { where: { id: In(parentIds) } }) : [];
      const byId = new Map(parents.map((p) => [p.id, p]));
      return (await this.views(actor, rows)).map((view) => ({ ...view, parent: view.region.parentId ? (byId.get(view.region.parentId) ?? null) : null }));
    }, 500);
  }

  today(): string {
    return this.clock.today();
  }

  private async listQuery(actor: Actor, query: RegionListQuery, fallbackSort: string): Promise<SelectQueryBuilder<Region>> {
    const qb = this.dataSource.getRepository(Region).createQueryBuilder('r').where(this.scope.where(actor, DIRECTORY_READ, { paths: ['r.path'] }));
    if (query.parentId) {
      const parent = await this.dataSource.manager.findOneBy(Region, { id: query.parentId });
      if (!parent) throw problems.notFound(ENTITY);
      qb.andWhere('r.parentId = :parentId', { parentId: parent.id });
    }
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    const q = query.q?.trim();
    if (q) {
      qb.andWhere("(r.name LIKE :qName ESCAPE '\\' OR r.code LIKE :qCode ESCAPE '\\')", { qName: `%${likeLiteral(q)}%`, qCode: `${likeLiteral(q)}%` });
    }
    applyArchived(qb, query.archived, 'r.archivedAt');
    return applySort(qb, query.sort, SORTS, fallbackSort, 'r.id');
  }

  async get(actor: Actor, id: string): Promise<RegionDetailView> {
    const region = await this.visible(actor, id, DIRECTORY_READ);
    const [view] = await this.views(actor, [region]);
    return { ...view!, ancestors: await this.ancestors(this.dataSource.manager, region) };
  }

  async create(actor: Actor, input: CreateRegionInput): Promise<RegionDetailView> {
    let parent: Region | null = null;
    if (input.parentId) {
      parent = await this.visible(actor, input.parentId, DIRECTORY_REGIONS_MANAGE);
    } else if (!this.scope.isGlobal(actor, DIRECTORY_REGIONS_MANAGE)) {
      throw problems.field('parentId', 'directory.region.topLevel');
    }
    this.check([regionCodeProblem(input.code, input.kind, parent), regionKindProblem(input.kind, parent?.kind ?? null)]);
    const now = this.clock.now();
    const id = newId();
    try {
      await this.dataSource.transaction(async (m) => {
        await this.assertCodeFree(m, input.code);
        const row = m.create(Region, {
          id,
          code: input.code,
          name: input.name,
          kind: input.kind,
          parentId: parent?.id ?? null,
          path: regionPath(parent?.path ?? null, input.code),
          archivedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        await m.save(Region, row);
        await this.audit.record({ action: 'directory.region.created', entityType: ENTITY, entityId: id, after: snapshot(row), scopePath: row.path }, m);
      });
    } catch (err) {
      if (isUniqueViolation(err)) await this.assertCodeFree(this.dataSource.manager, input.code);
      throw err;
    }
    return this.get(actor, id);
  }

  /** Name and kind only: the code and the parent make the path, which scopes and organisations hang on. */
  async update(actor: Actor, id: string, changes: RegionChanges, version: number): Promise<RegionDetailView> {
    const before = await this.visible(actor, id, DIRECTORY_REGIONS_MANAGE);
    if (changes.kind !== undefined && changes.kind !== before.kind) {
      const m = this.dataSource.manager;
      const parent = before.parentId ? await m.findOneBy(Region, { id: before.parentId }) : null;
      const children = await m.find(Region, { where: { parentId: id }, select: { id: true, kind: true } });
      this.check([
        regionCodeProblem(before.code, changes.kind, parent),
        regionKindProblem(
          changes.kind,
          parent?.kind ?? null,
          children.map((c) => c.kind),
        ),
      ]);
    }
    await this.dataSource.transaction(async (m) => {
      const after = await updateVersioned(m, Region, id, version, { ...changes, updatedAt: this.clock.now() }, ENTITY);
      await this.audit.record({ action: 'directory.region.updated', entityType: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after), scopePath: after.path }, m);
    });
    return this.get(actor, id);
  }

  async archive(actor: Actor, id: string): Promise<RegionDetailView> {
    return this.setArchived(actor, id, true);
  }

  async restore(actor: Actor, id: string): Promise<RegionDetailView> {
    return this.setArchived(actor, id, false);
  }

  /** Refused (409 directory.referenced, naming the counts) while regions, organisations or role assignments refer to it. */
  async remove(actor: Actor, id: string): Promise<void> {
    const region = await this.visible(actor, id, DIRECTORY_REGIONS_MANAGE);
    await this.dataSource.transaction(async (m) => {
      const counts: ReferenceCounts = {
        childRegions: await m.count(Region, { where: { parentId: id } }),
        organisations: await m
          .getRepository(Organisation)
          .createQueryBuilder('o')
          .where('o.regionId = :id OR o.managerRegionId = :id', { id })
          .getCount(),
        roleAssignments: await m.count(RoleAssignment, { where: { regionId: id } }),
      };
      const refs = nonZero(counts);
      if (Object.keys(refs).length > 0) {
        throw problems.conflict('directory.referenced', { what: describeReferences(refs, actor.locale) }, { references: refs });
      }
      await m.delete(Region, { id });
      await this.audit.record({ action: 'directory.region.deleted', entityType: ENTITY, entityId: id, before: snapshot(region), scopePath: region.path }, m);
    });
  }

  private async setArchived(actor: Actor, id: string, archive: boolean): Promise<RegionDetailView> {
    const before = await this.visible(actor, id, DIRECTORY_REGIONS_MANAGE);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(Region)
        .set({ archivedAt: archive ? now : null, updatedAt: now, version: () => 'version + 1' })
        .where(`id = :id AND archived_at IS ${archive ? 'NULL' : 'NOT NULL'}`, { id })
        .execute();
      if (!result.affected) throw problems.conflict(archive ? 'directory.archived' : 'directory.notArchived');
      const after = await m.findOneByOrFail(Region, { id });
      await this.audit.record(
        { action: archive ? 'directory.region.archived' : 'directory.region.restored', entityType: ENTITY, entityId: id, before: snapshot(before), after: snapshot(after), scopePath: after.path },
        m,
      );
    });
    return this.get(actor, id);
  }

  /** The region, when the caller holds the permission over its path; 404 otherwise. */
  private async visible(actor: Actor, id: string, permission: string): Promise<Region> {
    const region = await this.dataSource.manager.findOneBy(Region, { id });
    if (!region || !this.scope.coversPath(actor, permission, region.path)) throw problems.notFound(ENTITY);
    return region;
  }

  private async assertCodeFree(m: EntityManager, code: string): Promise<void> {
    const holder = await m.findOneBy(Region, { code });
    if (holder) throw problems.conflict('directory.codeTaken', { code, name: holder.name }, { field: 'code', value: code, holder: { id: holder.id, name: holder.name } });
  }

  private check(found: (ReturnType<typeof regionCodeProblem> | null)[]): void {
    const errors = found.filter((p): p is NonNullable<typeof p> => !!p);
    if (errors.length > 0) throw new AppError(400, 'validation.failed', {}, errors.map((e) => ({ field: e.field, code: e.code, params: e.params ?? {} })));
  }

  private async ancestors(m: EntityManager, region: Region): Promise<Region[]> {
    const codes = pathCodes(region.path).slice(0, -1);
    if (codes.length === 0) return [];
    const rows = await m.findBy(Region, { code: In(codes) });
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return codes.map((c) => byCode.get(c)).filter((r): r is Region => !!r);
  }

  /**
   * Child counts (current regions directly under each) and organisation counts (current
   * organisations located in each region or under it, that the caller may read): two grouped
   * queries for the whole page.
   */
  private async views(actor: Actor, regions: Region[]): Promise<RegionView[]> {
    if (regions.length === 0) return [];
    const ids = regions.map((r) => r.id);
    const children = await this.dataSource
      .getRepository(Region)
      .createQueryBuilder('c')
      .select('c.parentId', 'parentId')
      .addSelect('COUNT(*)', 'n')
      .where('c.parentId IN (:...ids)', { ids })
      .andWhere('c.archivedAt IS NULL')
      .groupBy('c.parentId')
      .getRawMany<{ parentId: string; n: string | number }>();
    const childCount = new Map(children.map((c) => [c.parentId, Number(c.n)]));
    const located = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .innerJoin(Region, 'lr', 'lr.id = o.regionId')
      .select('lr.path', 'path')
      .addSelect('COUNT(*)', 'n')
      .where('o.archivedAt IS NULL')
      .andWhere(this.scope.where(actor, DIRECTORY_READ, { paths: ['o.path'] }));
    const prefixes = [...new Set(regions.map((r) => r.path))];
    located.andWhere(
      `(${prefixes.map((_, i) => `(lr.path >= :lo${i} AND lr.path < :hi${i})`).join(' OR ')})`,
      Object.fromEntries(prefixes.flatMap((p, i) => [[`lo${i}`, p], [`hi${i}`, prefixUpperBound(p)]])),
    );
    const byPath = await located.groupBy('lr.path').getRawMany<{ path: string; n: string | number }>();
    return regions.map((region) => ({
      region,
      childCount: childCount.get(region.id) ?? 0,
      organisationCount: byPath.filter((row) => row.path.startsWith(region.path)).reduce((sum, row) => sum + Number(row.n), 0),
    }));
  }
}

/** What the audit log keeps of a region. */
function snapshot(r: Region) {
  return { code: r.code, name: r.name, kind: r.kind, parentId: r.parentId, path: r.path, archivedAt: r.archivedAt, version: r.version };
}
