import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, JsonColumn, RefColumn, RowVersionColumn } from '@schoolbridge/core';
import { Canteen } from '../../canteens/entities/canteen.entity.js';
import { TemplateVersion } from '../../templates/entities/template.entity.js';

/** 日管控 / 周排查 / 月调度: the purposes of the checklist templates they are filled against. */
export const ROUTINE_KINDS = ['dailyCheck', 'weeklyReview', 'monthlyDispatch'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];

export const ITEM_RESULTS = ['pass', 'fail', 'na'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];

export interface RoutineItemResult {
  itemCode: string;
  result: ItemResult;
  note: string | null;
}

/**
 * A school's routine record for one canteen and period: the daily check (日管控, the day), the
 * weekly review (周排查, the week's Monday) or the monthly dispatch meeting (月调度, the month's
 * first day), filled against a version of a checklist template. One per canteen, kind and period.
 */
@Entity('food_safety_routine_record')
@Index('ux_food_safety_routine_record_period', ['canteenId', 'kind', 'periodStart'], { unique: true })
@Index('ix_food_safety_routine_record_version', ['templateVersionId'])
export class RoutineRecord {
  @IdColumn()
  id!: string;

  @RefColumn()
  canteenId!: string;

  @ManyToOne(() => Canteen, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'canteen_id', foreignKeyConstraintName: 'fk_food_safety_routine_record_canteen' })
  canteen?: Canteen;

  @Column({ type: 'varchar', length: 20 })
  kind!: RoutineKind;

  /** The day, the week's Monday or the month's first day. */
  @DateColumn()
  periodStart!: string;

  @RefColumn()
  templateVersionId!: string;

  @ManyToOne(() => TemplateVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_version_id', foreignKeyConstraintName: 'fk_food_safety_routine_record_version' })
  templateVersion?: TemplateVersion;

  /** Who checked (食品安全员 / 总监 / 校长), as written. */
  @Column({ type: 'varchar', length: 50 })
  person!: string;

  /** Per item, by stable code. */
  @JsonColumn({ nullable: false })
  results!: RoutineItemResult[];

  @Column({ type: 'integer' })
  failedCount!: number;

  /** 发现问题. */
  @Column({ type: 'text', nullable: true })
  findings!: string | null;

  /** 整改措施 / 防范措施. */
  @Column({ type: 'text', nullable: true })
  measures!: string | null;

  /** The monthly dispatch meeting's risks (风险研判). */
  @Column({ type: 'text', nullable: true })
  risks!: string | null;

  @RefColumn({ nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
