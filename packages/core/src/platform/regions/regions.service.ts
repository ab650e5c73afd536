import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { outermostPrefixes, ScopeService } from '../access/scope.service.js';
import { problems } from '../errors/problem.js';
import type { PageRequest } from '../http/paging.js';
import { Organisation } from './organisation.entity.js';
import { Region, type RegionKind } from './region.entity.js';
import { likeLiteral } from '../db/like.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A region, or an organisation a caller is scoped to, as pickers show it. */
export interface RegionNode {
  id: string;
  code: string;
  name: string;
  kind: RegionKind | 'organisation';
  path: string;
  parentId: string | null;
  hasChildren: boolean;
}

export interface RegionDetail extends RegionNode {
  ancestors: RegionNode[];
}

export interface RegionPage {
  items: RegionNode[];
  total: number;
  page: number;
  pageSize: number;
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The regions a caller may pick (region pickers of the figures page and of every later form):
 * where their role assignments start, and the regions under those, whatever the role. A region
 * outside every assignment answers 404 as if it did not exist.
 */
@Injectable()
export class RegionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  /**
   * Where the caller's assignments start: the top-level regions for a global assignment, else the
   * region or organisation of each region and organisation assignment (one inside another's scope
   * is left out), regions first, each by code.
   */
  async roots(actor: Actor): Promise<RegionNode[]> {
    const m = this.dataSource.manager;
    if (actor.assignments.some((a) => a.scopeKind === 'global')) {
      return this.regionNodes(await m.find(Region, { where: { parentId: IsNull() }, order: { code: 'ASC' } }));
    }
    const placed = actor.assignments.filter((a) => (a.scopeKind === 'region' && a.regionId) || (a.scopeKind === 'organisation' && a.organisationId));
    const outermost = new Set(outermostPrefixes(placed.map((a) => a.path).filter((p): p is string => !!p)));
    const regionIds = [...new Set(placed.filter((a) => a.scopeKind === 'region' && outermost.has(a.path!)).map((a) => a.regionId!))];
    const organisationIds = [...new Set(placed.filter((a) => a.scopeKind === 'organisation' && outermost.has(a.path!)).map((a) => a.organisationId!))];
    const regions = regionIds.length > 0 ? await m.findBy(Region, { id: In(regionIds) }) : [];
    const organisations = organisationIds.length > 0 ? await m.findBy(Organisation, { id: In(organisationIds) }) : [];
    return [...(await this.regionNodes(regions.sort(byCode))), ...organisations.sort(byCode).map(organisationNode)];
  }

  /**
   * The regions directly under `parentId` (which must lie within the caller's scope), or with no
   * parent given every region within it; `q` matches part of the name or the start of the code.
   */
  async list(actor: Actor, query: { parentId?: string; q?: string }, paging: PageRequest): Promise<RegionPage> {
    const qb = this.dataSource.getRepository(Region).createQueryBuilder('r');
    if (query.parentId !== undefined) {
      const parent = await this.dataSource.manager.findOneBy(Region, { id: query.parentId });
      if (!parent || !this.scope.coversPathAnyRole(actor, parent.path)) throw problems.notFound('region');
      qb.where('r.parentId = :parentId', { parentId: parent.id });
    } else {
      qb.where(this.scope.whereAnyRole(actor, { paths: ['r.path'] }));
    }
    if (query.q) {
      qb.andWhere("(r.name LIKE :qName ESCAPE '\\' OR r.code LIKE :qCode ESCAPE '\\')", {
        qName: `%${likeLiteral(query.q)}%`,
        qCode: `${likeLiteral(query.q)}%`,
      });
    }
    const [rows, total] = await qb.orderBy('r.code', 'ASC').skip(paging.skip).take(paging.pageSize).getManyAndCount();
    return { items: await this.regionNodes(rows), total, page: paging.page, pageSize: paging.pageSize };
  }

  /** One region or organisation by id or code, with what lies above it within the caller's scope; 404 outside it. */
  async get(actor: Actor, idOrCode: string): Promise<RegionDetail> {
    const m = this.dataSource.manager;
    const where = UUID_RE.test(idOrCode) ? { id: idOrCode } : { code: idOrCode };
    const region = await m.findOneBy(Region, where);
    const organisation = region ? null : await m.findOneBy(Organisation, where);
    const row = region ?? organisation;
    if (!row || !this.scope.coversPathAnyRole(actor, row.path)) throw problems.notFound('region');
    const node = region ? (await this.regionNodes([region]))[0]! : organisationNode(organisation!);
    return { ...node, ancestors: await this.ancestors(actor, row.path) };
  }

  /**
   * The regions and managing organisations named by the segments of a path above its own, that the
   * caller reaches, outermost first. Region segments are codes, organisation segments ids.
   */
  private async ancestors(actor: Actor, path: string): Promise<RegionNode[]> {
    const segments = path.split('/').filter(Boolean).slice(0, -1);
    if (segments.length === 0) return [];
    const m = this.dataSource.manager;
    const ids = segments.filter((s) => UUID_RE.test(s));
    const codes = segments.filter((s) => !UUID_RE.test(s));
    const regions = codes.length > 0 ? await m.findBy(Region, { code: In(codes) }) : [];
    const organisations = ids.length > 0 ? await m.findBy(Organisation, { id: In(ids) }) : [];
    const nodes = new Map<string, RegionNode>();
    for (const n of await this.regionNodes(regions)) nodes.set(n.code, n);
    for (const o of organisations) nodes.set(o.id, organisationNode(o));
    return segments.map((s) => nodes.get(s)).filter((n): n is RegionNode => !!n && path.startsWith(n.path) && this.scope.coversPathAnyRole(actor, n.path));
  }

  /** Regions as nodes, with whether each has regions under it (one query for all of them). */
  private async regionNodes(regions: Region[]): Promise<RegionNode[]> {
    if (regions.length === 0) return [];
    const counts = await this.dataSource
      .getRepository(Region)
      .createQueryBuilder('c')
      .select('c.parentId', 'parentId')
      .addSelect('COUNT(*)', 'n')
      .where('c.parentId IN (:...ids)', { ids: regions.map((r) => r.id) })
      .groupBy('c.parentId')
      .getRawMany<{ parentId: string; n: string | number }>();
    const withChildren = new Set(counts.filter((c) => Number(c.n) > 0).map((c) => c.parentId));
    return regions.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      path: r.path,
      parentId: r.parentId,
      hasChildren: withChildren.has(r.id),
    }));
  }
}

function organisationNode(o: Organisation): RegionNode {
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    kind: 'organisation',
    path: o.path,
    parentId: o.managerOrganisationId ?? o.managerRegionId,
    hasChildren: false,
  };
}
