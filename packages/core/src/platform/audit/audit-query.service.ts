import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { ScopeService, type ScopeSpec } from '../access/scope.service.js';
import { Clock } from '../clock.js';
import { problems } from '../errors/problem.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { ListAuditQueryDto } from './dto/audit.dto.js';
import { pageRequest } from '../http/paging.js';
import { instantRange } from './rules/time-range.js';

export const AUDIT_READ = 'platform.audit.read';

/** An entry belongs to the region or organisation of its scope path; entries without one only to global readers. */
const AUDIT_SCOPE: ScopeSpec = { paths: ['e.scope_path'] };

/** Reading the audit log, restricted to the reader's scope. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly clock: Clock,
  ) {}

  private scoped(actor: Actor): SelectQueryBuilder<AuditEntry> {
    return this.scope.restrict(this.dataSource.getRepository(AuditEntry).createQueryBuilder('e'), actor, AUDIT_READ, AUDIT_SCOPE);
  }

  async list(actor: Actor, query: ListAuditQueryDto): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
    const { page, pageSize, skip } = pageRequest(query);
    const range = instantRange(query.from, query.to, this.clock.timeZone);
    if (range.from && range.toExclusive && range.from >= range.toExclusive) throw problems.field('to', 'validation.rangeOrder');
    const qb = this.scoped(actor);
    if (query.action !== undefined) qb.andWhere('e.action = :action', { action: query.action });
    if (query.entityType !== undefined) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId !== undefined) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorId !== undefined) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (range.from) qb.andWhere('e.at >= :from', { from: range.from });
    if (range.toExclusive) qb.andWhere('e.at < :to', { to: range.toExclusive });
    qb.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').skip(skip).take(pageSize);
    const [items, total] = await qb.getManyAndCount();
    return { items, total, page, pageSize };
  }

  /** One entry; outside the reader's scope it answers 404 as if absent. */
  get(actor: Actor, id: string): Promise<AuditEntry> {
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('e').where('e.id = :id', { id });
    return this.scope.findOneInScope(qb, actor, AUDIT_READ, AUDIT_SCOPE, 'auditEntry');
  }
}
