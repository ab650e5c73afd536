import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, PathColumn, RefColumn, Region, RowVersionColumn, StoredFile } from '@schoolbridge/core';
import { ChecklistTemplate } from '../../templates/entities/template.entity.js';

/**
 * A campaign 专项检查 (DOMAIN §8): a period, a region and the document that ordered it (文号 and
 * title, e.g. 《关于迅速开展中小学食堂食品安全检查的紧急通知》). Its status is derived from the dates
 * when read. Scope: the region's path, copied here so lists filter on an index.
 */
@Entity('food_safety_campaign')
@Index('ix_food_safety_campaign_region_path', ['regionPath'])
@Index('ix_food_safety_campaign_period', ['startsOn', 'endsOn'])
export class InspectionCampaign {
  @IdColumn()
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @DateColumn()
  startsOn!: string;

  @DateColumn()
  endsOn!: string;

  @RefColumn()
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_food_safety_campaign_region' })
  region?: Region;

  @PathColumn()
  regionPath!: string;

  /** 文号 of the document that ordered the campaign. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  documentNumber!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  documentTitle!: string | null;

  @RefColumn({ nullable: true })
  documentFileId!: string | null;

  @ManyToOne(() => StoredFile, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_file_id', foreignKeyConstraintName: 'fk_food_safety_campaign_document_file' })
  documentFile?: StoredFile | null;

  /** The checklist template an inspection of the campaign starts from. */
  @RefColumn({ nullable: true })
  templateId!: string | null;

  @ManyToOne(() => ChecklistTemplate, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'fk_food_safety_campaign_template' })
  template?: ChecklistTemplate | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @RefColumn({ nullable: true })
  createdBy!: string | null;

  @InstantColumn()
  createdAt!: Date;

  @InstantColumn()
  updatedAt!: Date;

  @RowVersionColumn()
  version!: number;
}
