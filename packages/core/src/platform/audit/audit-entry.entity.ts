import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, JsonColumn, PathColumn, RefColumn } from '../db/columns.js';

/**
 * One audit record: an interactive write with its before → after, or one bulk job (an import, a
 * generated run) with its counts, file hash and the ids of its rows.
 */
@Entity('platform_audit_entry')
@Index('ix_platform_audit_entry_at', ['at'])
@Index('ix_platform_audit_entry_entity', ['entityType', 'entityId'])
@Index('ix_platform_audit_entry_actor', ['actorId'])
@Index('ix_platform_audit_entry_scope_path', ['scopePath'])
export class AuditEntry {
  @IdColumn()
  id!: string;

  @InstantColumn()
  at!: Date;

  /** null for the system itself (start-up, CLI without a user). */
  @RefColumn({ nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName!: string | null;

  /** `<context>.<entity>.<verb>`, e.g. `platform.user.create`, `directory.teacher.import`. */
  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ type: 'varchar', length: 100 })
  entityType!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  /** The path of the region or organisation the row belongs to, so scoped readers see it. */
  @PathColumn({ nullable: true })
  scopePath!: string | null;

  @JsonColumn()
  before!: unknown;

  @JsonColumn()
  after!: unknown;

  /** Bulk jobs: counts ({ created, updated, skipped }), file hash, row ids. */
  @JsonColumn()
  bulk!: { counts: Record<string, number>; fileHash?: string; ids?: string[] } | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
