import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, JsonColumn, RefColumn } from '../db/columns.js';
import { ImportJob } from './import-job.entity.js';

/** A row error as staged: the column key (null for the row as a whole), a stable code and its params. */
export interface StagedRowError {
  column: string | null;
  code: string;
  params?: Record<string, unknown>;
  /** An importer's own text, when it gave one instead of a registered code. */
  message?: Record<string, string> | string;
}

/** One data row of an import job, validated and waiting to be applied. */
@Entity('platform_import_row')
@Index('ix_platform_import_row_job', ['jobId', 'rowNumber'])
export class ImportRow {
  @IdColumn()
  id!: string;

  @RefColumn()
  jobId!: string;

  @ManyToOne(() => ImportJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_platform_import_row_job' })
  job?: ImportJob;

  /** The spreadsheet row number the user sees (1-based, title rows counted). */
  @Column({ type: 'integer' })
  rowNumber!: number;

  /** Cell texts keyed by column key. */
  @JsonColumn({ nullable: false })
  cells!: Record<string, string>;

  @JsonColumn()
  errors!: StagedRowError[] | null;

  @Column({ type: 'boolean' })
  valid!: boolean;

  /** 'create' | 'update' for a valid row, as validation found it. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  action!: 'create' | 'update' | null;
}
