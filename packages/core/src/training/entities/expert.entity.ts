import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { User } from '../../platform/auth/user.entity.js';
import type { ExpertTier } from '../rules/vocab.js';

/**
 * An expert of a centre's expert pool (专家库). Experts come from province, city or county tiers
 * (DOMAIN.md §4); one may work at a school or unit of the directory (`organisationId`, which also
 * decides whether they are local to a receiving school) or outside it (`unitName`). An expert with
 * an account (`userId`) sees the sessions they teach (the role expert, scope "assignments").
 */
@Entity('training_expert')
@Index('ix_training_expert_owner', ['ownerOrganisationId'])
@Index('ix_training_expert_name_pinyin', ['namePinyin'])
@Index('ix_training_expert_name_initials', ['nameInitials'])
@Index('ux_training_expert_user', ['userId'], { unique: true })
export class Expert {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  namePinyin!: string;

  @Column({ type: 'varchar', length: 50 })
  nameInitials!: string;

  @Column({ type: 'varchar', length: 16 })
  tier!: ExpertTier;

  /** The centre (or bureau) whose pool the expert belongs to: scope. */
  @RefColumn()
  ownerOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id', foreignKeyConstraintName: 'fk_training_expert_owner' })
  ownerOrganisation?: Organisation;

  /** Where the expert works, when it is in the directory. */
  @RefColumn({ nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_training_expert_organisation' })
  organisation?: Organisation | null;

  /** Where the expert works, as written, when it is not in the directory. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  unitName!: string | null;

  /** 职称 / 职务 as written ('正高级教师', '教研员'). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  title!: string | null;

  /** 研究专长 / 学科 as written. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  specialty!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  mobile!: string | null;

  @RefColumn({ nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_training_expert_user' })
  user?: User | null;

  @InstantColumn({ nullable: true })
  archivedAt!: Date | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
