import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, RowVersionColumn } from '../../platform/db/columns.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { User } from '../../platform/auth/user.entity.js';
import type { Gender } from '../rules/vocab.js';

/**
 * A staff member (职工): someone who works for an organisation of any kind — a bureau officer, a
 * training-centre expert or coordinator, an inspector, a donor's contact person, school office
 * staff — without being a teacher record. The organisation decides who manages the record; the
 * mobile is masked in every answer.
 */
@Entity('directory_staff_member')
@Index('ix_directory_staff_member_organisation', ['organisationId'])
@Index('ix_directory_staff_member_name_pinyin', ['namePinyin'])
@Index('ix_directory_staff_member_name_initials', ['nameInitials'])
@Index('ux_directory_staff_member_user', ['userId'], { unique: true })
export class StaffMember {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  namePinyin!: string;

  @Column({ type: 'varchar', length: 50 })
  nameInitials!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender!: Gender | null;

  @RefColumn()
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_directory_staff_member_organisation' })
  organisation?: Organisation;

  /** 职务 as free text ('基础教育股股长', '培训部主任'). */
  @Column({ type: 'varchar', length: 50, nullable: true })
  position!: string | null;

  /** 职称 as free text ('高级教师', '经济师'): staff titles are not only teachers' ranks. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  mobile!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  email!: string | null;

  /** The person's account, when linked; a user holds one teacher or staff record at most. */
  @RefColumn({ nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_directory_staff_member_user' })
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
