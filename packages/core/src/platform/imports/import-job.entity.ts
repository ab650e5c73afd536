import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../auth/user.entity.js';
import { IdColumn, InstantColumn, JsonColumn, RefColumn } from '../db/columns.js';

export const IMPORT_JOB_STATUSES = ['parsing', 'validating', 'ready', 'failed', 'applying', 'applied', 'applyFailed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** A warning about the file as a whole (unknown columns, notes left out), shown with the job. */
export interface ImportJobWarning {
  code: string;
  params: Record<string, unknown>;
}

/**
 * One upload of a spreadsheet for an importer, kept in the database so every API instance sees
 * its progress (ARCHITECTURE §4). Its rows are staged in platform_import_row until applied.
 */
@Entity('platform_import_job')
@Index('ix_platform_import_job_owner', ['ownerId', 'createdAt'])
@Index('ix_platform_import_job_created_at', ['createdAt'])
export class ImportJob {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  importerId!: string;

  @RefColumn()
  ownerId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_platform_import_job_owner' })
  owner?: User;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** Filled once the worker has read the file. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fileSha256!: string | null;

  @Column({ type: 'integer' })
  fileSize!: number;

  /** One of IMPORT_JOB_STATUSES (checked in code). */
  @Column({ type: 'varchar', length: 16 })
  status!: ImportJobStatus;

  /** The spreadsheet row of the header, as the user sees it (1-based). */
  @Column({ type: 'integer', nullable: true })
  headerRow!: number | null;

  /** Progress: data rows validated so far, of totalRows. */
  @Column({ type: 'integer', default: 0 })
  processedRows!: number;

  @Column({ type: 'integer', default: 0 })
  totalRows!: number;

  @Column({ type: 'integer', default: 0 })
  validRows!: number;

  @Column({ type: 'integer', default: 0 })
  invalidRows!: number;

  @Column({ type: 'integer', default: 0 })
  toCreate!: number;

  @Column({ type: 'integer', default: 0 })
  toUpdate!: number;

  @Column({ type: 'integer', default: 0 })
  createdCount!: number;

  @Column({ type: 'integer', default: 0 })
  updatedCount!: number;

  @Column({ type: 'integer', default: 0 })
  skippedCount!: number;

  /** 'all' | 'skipInvalid', once applied. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  applyMode!: 'all' | 'skipInvalid' | null;

  @JsonColumn()
  warnings!: ImportJobWarning[] | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  failureCode!: string | null;

  @JsonColumn()
  failureParams!: Record<string, unknown> | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  /** When validation ended (ready or failed), then when the rows were applied. */
  @InstantColumn({ nullable: true })
  finishedAt!: Date | null;
}
