import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../db/columns.js';
import { User } from '../auth/user.entity.js';
import { Organisation } from '../regions/organisation.entity.js';
import { Region } from '../regions/region.entity.js';
import type { RoleCode, ScopeKind } from './roles.js';

/** A (role, scope) a user holds. A person may hold several. */
@Entity('platform_role_assignment')
@Index('ix_platform_role_assignment_user', ['userId'])
export class RoleAssignment {
  @IdColumn()
  id!: string;

  @RefColumn()
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_platform_role_assignment_user' })
  user?: User;

  @Column({ type: 'varchar', length: 32 })
  role!: RoleCode;

  @Column({ type: 'varchar', length: 16 })
  scopeKind!: ScopeKind;

  @RefColumn({ nullable: true })
  regionId!: string | null;

  @ManyToOne(() => Region, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_platform_role_assignment_region' })
  region?: Region | null;

  @RefColumn({ nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_platform_role_assignment_organisation' })
  organisation?: Organisation | null;

  @InstantColumn()
  createdAt!: Date;
}
