import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import {
  AuditService,
  Clock,
  isUniqueViolation,
  pathAncestors,
  problems,
  ScopeService,
  updateVersioned,
  type Actor,
  type PageRequest,
} from '@schoolbridge/core';
import { FS_MANAGE, FS_READ } from '../../permissions.js';
import { regionInScope, regionNames } from '../common/regions.js';
import { IssuingAuthority, LetterCounter } from '../entities/authority.entity.js';
import { Inspection } from '../entities/inspection.entity.js';
import { OpinionLetter } from '../entities/letter.entity.js';
import { letterNumber } from '../vocab.js';
import type { AuthorityDto, AuthorityPageDto, CreateAuthorityDto, ListAuthoritiesQueryDto, UpdateAuthorityDto } from './authority.dto.js';
import '../messages.js';

const ENTITY = 'foodSafety.authority';
type Filters = Omit<ListAuthoritiesQueryDto, 'page' | 'pageSize'>;

/**
 * Issuing authorities 签发机关. Visible to whoever holds food-safety.read over the authority's
 * region or a region above it, and also to those whose scope lies under its region (a township
 * inspector picks the county's office): an authority serves everything under its region.
 */
@Injectable()
export class AuthoritiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Authorities whose region holds, or lies under, one of the actor's scopes for the permission. */
  private base(m: EntityManager | DataSource, actor: Actor, permission: string): SelectQueryBuilder<IssuingAuthority> {
    const qb = m.getRepository(IssuingAuthority).createQueryBuilder('a');
    if (this.scope.isGlobal(actor, permission)) return qb;
    const prefixes = this.scope.pathPrefixes(actor, permission);
    if (prefixes.length === 0) return qb.andWhere('1 = 0');
    const conditions: string[] = [];
    const params: Record<string, string | string[]> = {};
    prefixes.forEach((p, i) => {
      // under the scope: a prefix match on the path
      conditions.push(`(a.region_path >= :alo${i} AND a.region_path < :ahi${i})`);
      params[`alo${i}`] = p;
      params[`ahi${i}`] = p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1);
    });
    // above the scope: the authority's region is one of the scope paths' ancestors
    const ancestors = [...new Set(prefixes.flatMap(pathAncestors))];
    conditions.push('a.region_path IN (:...ancestors)');
    params.ancestors = ancestors;
    return qb.andWhere(`(${conditions.join(' OR ')})`, params);
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<AuthorityPageDto> {
    const qb = this.base(this.dataSource, actor, FS_READ);
    if (f.active !== undefined) qb.andWhere('a.active = :active', { active: f.active });
    qb.orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toDtos(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  async get(actor: Actor, id: string): Promise<AuthorityDto> {
    const row = await this.load(this.dataSource.manager, actor, id, FS_READ);
    return (await this.toDtos(this.dataSource.manager, [row]))[0]!;
  }

  /** An authority the actor reaches with the permission; 404, or a field error on `field`. */
  async load(m: EntityManager, actor: Actor, id: string, permission: string, field?: string): Promise<IssuingAuthority> {
    const row = await this.base(m, actor, permission).andWhere('a.id = :id', { id }).getOne();
    if (!row) throw field ? problems.field(field, 'foodSafety.authority.notFound') : problems.notFound('authority');
    return row;
  }

  async create(actor: Actor, dto: CreateAuthorityDto): Promise<AuthorityDto> {
    const id = await this.dataSource
      .transaction(async (m) => {
        const region = await regionInScope(m, this.scope, actor, FS_MANAGE, dto.regionId);
        const now = this.clock.now();
        const row = m.create(IssuingAuthority, {
          id: newId(),
          name: dto.name.trim(),
          numberPrefix: dto.numberPrefix.trim(),
          regionId: region.id,
          regionPath: region.path,
          active: dto.active ?? true,
          createdAt: now,
          updatedAt: now,
        });
        await m.insert(IssuingAuthority, row);
        await this.audit.record({ action: `${ENTITY}.created`, entityType: ENTITY, entityId: row.id, after: row, scopePath: row.regionPath }, m);
        return row.id;
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw problems.duplicate('numberPrefix', dto.numberPrefix.trim());
        throw err;
      });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateAuthorityDto): Promise<AuthorityDto> {
    await this.dataSource
      .transaction(async (m) => {
        const before = await this.load(m, actor, id, FS_MANAGE);
        if (!this.scope.coversPath(actor, FS_MANAGE, before.regionPath)) throw problems.forbidden(FS_MANAGE);
        const changes: Partial<IssuingAuthority> = { updatedAt: this.clock.now() };
        if (dto.name !== undefined) changes.name = dto.name.trim();
        if (dto.numberPrefix !== undefined) changes.numberPrefix = dto.numberPrefix.trim();
        if (dto.active !== undefined) changes.active = dto.active;
        if (dto.regionId !== undefined && dto.regionId !== before.regionId) {
          const region = await regionInScope(m, this.scope, actor, FS_MANAGE, dto.regionId);
          changes.regionId = region.id;
          changes.regionPath = region.path;
        }
        const after = await updateVersioned(m, IssuingAuthority, id, dto.version, changes, 'authority');
        await this.audit.record({ action: `${ENTITY}.updated`, entityType: ENTITY, entityId: id, before, after, scopePath: after.regionPath }, m);
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw problems.duplicate('numberPrefix', dto.numberPrefix?.trim() ?? '');
        throw err;
      });
    return this.get(actor, id);
  }

  /** Deletes an authority that issued no letter (else 409: make it inactive instead). */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.load(m, actor, id, FS_MANAGE);
      if (!this.scope.coversPath(actor, FS_MANAGE, row.regionPath)) throw problems.forbidden(FS_MANAGE);
      const letters = await m.countBy(OpinionLetter, { authorityId: id });
      if (letters > 0) throw problems.conflict('foodSafety.authority.hasLetters', { letters }, { letters });
      const inspections = await m.countBy(Inspection, { authorityId: id });
      if (inspections > 0) throw problems.conflict('foodSafety.authority.hasInspections', { inspections }, { inspections });
      await m.delete(IssuingAuthority, { id });
      await this.audit.record({ action: `${ENTITY}.deleted`, entityType: ENTITY, entityId: id, before: row, scopePath: row.regionPath }, m);
    });
  }

  async toDtos(m: EntityManager, rows: IssuingAuthority[]): Promise<AuthorityDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const regions = await regionNames(
      m,
      rows.map((r) => r.regionId),
    );
    const counts = new Map(
      (
        await m
          .createQueryBuilder(OpinionLetter, 'l')
          .select('l.authorityId', 'authorityId')
          .addSelect('COUNT(*)', 'n')
          .where('l.authorityId IN (:...ids)', { ids })
          .groupBy('l.authorityId')
          .getRawMany<{ authorityId: string; n: string | number }>()
      ).map((r) => [r.authorityId, Number(r.n)]),
    );
    const year = Number(this.clock.today().slice(0, 4));
    const counters = new Map((await m.find(LetterCounter, { where: { authorityId: In(ids), year } })).map((c) => [c.authorityId, c.lastSerial]));
    return rows.map((a) => ({
      id: a.id,
      name: a.name,
      numberPrefix: a.numberPrefix,
      regionId: a.regionId,
      regionName: regions.get(a.regionId) ?? '',
      active: a.active,
      letterCount: counts.get(a.id) ?? 0,
      nextNumber: letterNumber(a.numberPrefix, year, (counters.get(a.id) ?? 0) + 1),
      version: a.version,
    }));
  }
}
