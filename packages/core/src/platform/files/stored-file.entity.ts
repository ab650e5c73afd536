import { Column, Entity, Index, JoinColumn, ManyToOne, type ValueTransformer } from 'typeorm';
import { User } from '../auth/user.entity.js';
import { IdColumn, InstantColumn, PathColumn, RefColumn } from '../db/columns.js';

/** bigint in the database (a string from pg), a safe integer in code. */
const byteCount: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null || v === undefined ? v : Number(v)),
};

/**
 * An uploaded file: its metadata here, its bytes in the FileStorage under `storageKey`. Visible to
 * the uploader, to readers whose scope covers `scopePath`, and to administrators.
 */
@Entity('platform_file')
@Index('ix_platform_file_uploaded_by', ['uploadedBy'])
@Index('ix_platform_file_scope_path', ['scopePath'])
@Index('ix_platform_file_sha256', ['sha256'])
export class StoredFile {
  @IdColumn()
  id!: string;

  /** The name the uploader's computer gave it, cleaned of any path; Chinese kept. */
  @Column({ type: 'varchar', length: 255 })
  originalName!: string;

  /** From the allow-list by extension (never the client's claim, never text/html). */
  @Column({ type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ type: 'bigint', transformer: byteCount })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey!: string;

  @RefColumn()
  uploadedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'fk_platform_file_uploaded_by' })
  uploader?: User;

  /** The path of the region or organisation the file belongs to; null: the uploader's and administrators' only. */
  @PathColumn({ nullable: true })
  scopePath!: string | null;

  @InstantColumn()
  createdAt!: Date;
}
