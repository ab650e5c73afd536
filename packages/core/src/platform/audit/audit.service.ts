import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { Clock } from '../clock.js';
import { requestContext } from '../context/request-context.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  scopePath?: string | null;
}

export interface BulkAuditRecord {
  action: string;
  entityType: string;
  /** The job the bulk operation ran as (an import job's id), if it has one. */
  entityId?: string | null;
  counts: Record<string, number>;
  fileHash?: string;
  ids?: string[];
  scopePath?: string | null;
}

/** Fields never written to the audit log, whatever entity they sit on. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'password', 'token']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET_FIELDS.has(k)) continue;
      if (typeof v === 'function') continue;
      out[k] = redact(v);
    }
    return out;
  }
  return value;
}

/**
 * The audit log. Services call `record` inside the transaction of the write (pass its manager),
 * so the record commits or rolls back with it. Who, when and from where come from the request
 * context and the clock.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<AuditEntry> {
    return this.write(manager, {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      scopePath: entry.scopePath ?? null,
      before: redact(entry.before),
      after: redact(entry.after),
      bulk: null,
    });
  }

  /** One record for a bulk job: counts, the file's hash, the ids of the rows it touched. */
  async recordBulk(entry: BulkAuditRecord, manager: EntityManager = this.dataSource.manager): Promise<AuditEntry> {
    return this.write(manager, {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      scopePath: entry.scopePath ?? null,
      before: null,
      after: null,
      bulk: { counts: entry.counts, ...(entry.fileHash ? { fileHash: entry.fileHash } : {}), ...(entry.ids ? { ids: entry.ids } : {}) },
    });
  }

  private async write(manager: EntityManager, fields: Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'scopePath' | 'before' | 'after' | 'bulk'>): Promise<AuditEntry> {
    const ctx = requestContext.get();
    const row = manager.create(AuditEntry, {
      id: newId(),
      at: this.clock.now(),
      actorId: ctx?.actor?.userId ?? null,
      actorName: ctx?.actor?.displayName ?? null,
      requestId: ctx?.requestId ?? null,
      ip: ctx?.ip ?? null,
      ...fields,
    });
    await manager.save(AuditEntry, row);
    return row;
  }
}
