import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, JsonColumn, RefColumn } from '@schoolbridge/core';
import type { LetterSnapshot } from '../letters/letter-snapshot.js';
import { IssuingAuthority } from './authority.entity.js';
import { Inspection } from './inspection.entity.js';

/**
 * The supervision opinion letter 监督意见书 of a submitted inspection: exactly one per inspection
 * (a unique index), numbered per authority and year without gaps (a unique index as the backstop
 * of the counter). An amendment reissues it as a new revision of the same number.
 */
@Entity('food_safety_opinion_letter')
@Index('ux_food_safety_opinion_letter_inspection', ['inspectionId'], { unique: true })
@Index('ux_food_safety_opinion_letter_serial', ['authorityId', 'year', 'serial'], { unique: true })
export class OpinionLetter {
  @IdColumn()
  id!: string;

  @RefColumn()
  inspectionId!: string;

  @ManyToOne(() => Inspection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'fk_food_safety_opinion_letter_inspection' })
  inspection?: Inspection;

  @RefColumn()
  authorityId!: string;

  @ManyToOne(() => IssuingAuthority, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'authority_id', foreignKeyConstraintName: 'fk_food_safety_opinion_letter_authority' })
  authority?: IssuingAuthority;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  serial!: number;

  /** As printed: 某监餐意〔2026〕第015号. */
  @Column({ type: 'varchar', length: 100 })
  number!: string;

  @Column({ type: 'integer' })
  currentRevision!: number;

  /** The first issue; revisions carry their own. */
  @InstantColumn()
  issuedAt!: Date;

  @DateColumn()
  issuedOn!: string;
}

/** One issue of a letter: the first (revision 1) and each reissue after an amendment. */
@Entity('food_safety_letter_revision')
@Index('ux_food_safety_letter_revision', ['letterId', 'revision'], { unique: true })
export class LetterRevision {
  @IdColumn()
  id!: string;

  @RefColumn()
  letterId!: string;

  @ManyToOne(() => OpinionLetter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'fk_food_safety_letter_revision_letter' })
  letter?: OpinionLetter;

  @Column({ type: 'integer' })
  revision!: number;

  @InstantColumn()
  issuedAt!: Date;

  @DateColumn()
  issuedOn!: string;

  @RefColumn({ nullable: true })
  issuedBy!: string | null;

  /** Why it was reissued (the amendment's reason); null for the first issue. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** What the PDF shows, frozen at issue. */
  @JsonColumn({ nullable: false })
  snapshot!: LetterSnapshot;
}
