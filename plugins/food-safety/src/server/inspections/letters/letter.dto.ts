import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { IsCalendarDate } from '../common/validators.js';
import { GRADES, ITEM_RESULTS, SEVERITIES, type Grade, type ItemResult, type Severity } from '../../../shared/rules/index.js';
import { DEADLINE_KINDS, INSPECTION_KINDS, type DeadlineKind, type InspectionKind } from '../vocab.js';

export class ListLettersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() authorityId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2999) year?: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() canteenId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Issued on or after (the first revision’s day)' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Issued on or before' }) @IsOptional() @IsCalendarDate() to?: string;
}

export class LetterPdfQueryDto {
  @ApiPropertyOptional({ description: 'The revision to print; the current one by default' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  revision?: number;
}

export class SnapshotCanteenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['canteen', 'supplier'] }) kind!: 'canteen' | 'supplier';
  @ApiProperty({ nullable: true, type: String }) schoolName!: string | null;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ nullable: true, type: String }) operatorName!: string | null;
}

export class SnapshotInspectionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INSPECTION_KINDS }) kind!: InspectionKind;
  @ApiProperty({ format: 'date' }) inspectedOn!: string;
  @ApiProperty({ nullable: true, type: Number }) score!: number | null;
  @ApiProperty({ enum: GRADES, nullable: true }) grade!: Grade | null;
  @ApiProperty() capped!: boolean;
  @ApiProperty({ nullable: true, type: String }) followsLetterNumber!: string | null;
}

export class SnapshotPersonDto {
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) agency!: string | null;
}

export class SnapshotFindingDto {
  @ApiProperty() itemCode!: string;
  @ApiProperty() areaName!: string;
  @ApiProperty() requirement!: string;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
  @ApiProperty({ enum: ITEM_RESULTS }) result!: ItemResult;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() correctedOnSite!: boolean;
  @ApiProperty() repeat!: boolean;
  @ApiProperty() onNotice!: boolean;
  @ApiProperty({ nullable: true, type: String }) leaveOffReason!: string | null;
}

export class SnapshotCountsDto {
  @ApiProperty() compliant!: number;
  @ApiProperty() nonCompliant!: number;
  @ApiProperty() notApplicable!: number;
  @ApiProperty() notObserved!: number;
  @ApiProperty() correctedOnSite!: number;
}

export class SnapshotDeadlineDto {
  @ApiProperty({ enum: DEADLINE_KINDS }) kind!: DeadlineKind;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) on!: string | null;
}

export class SnapshotAuthorityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

/** What a revision of the letter shows (and its PDF prints). */
export class LetterSnapshotDto {
  @ApiProperty() number!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ type: SnapshotAuthorityDto }) authority!: SnapshotAuthorityDto;
  @ApiProperty({ type: SnapshotCanteenDto }) canteen!: SnapshotCanteenDto;
  @ApiProperty({ type: SnapshotInspectionDto }) inspection!: SnapshotInspectionDto;
  @ApiProperty({ type: [SnapshotPersonDto] }) inspectors!: SnapshotPersonDto[];
  @ApiProperty({ type: [SnapshotFindingDto] }) findings!: SnapshotFindingDto[];
  @ApiProperty({ type: SnapshotCountsDto }) counts!: SnapshotCountsDto;
  @ApiProperty({ type: SnapshotDeadlineDto, nullable: true }) deadline!: SnapshotDeadlineDto | null;
  @ApiProperty({ nullable: true, type: String }) rectificationOwner!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
}

export class LetterRevisionDto {
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ description: 'GET it for the PDF of this revision' }) pdfUrl!: string;
}

export class LetterSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'uuid' }) authorityId!: string;
  @ApiProperty() authorityName!: string;
  @ApiProperty() year!: number;
  @ApiProperty() serial!: number;
  @ApiProperty() currentRevision!: number;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ format: 'uuid' }) inspectionId!: string;
  @ApiProperty({ enum: INSPECTION_KINDS }) inspectionKind!: InspectionKind;
  @ApiProperty({ format: 'date' }) inspectedOn!: string;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty() canteenName!: string;
  @ApiProperty({ nullable: true, type: String }) schoolName!: string | null;
  @ApiProperty({ enum: GRADES, nullable: true }) grade!: Grade | null;
  @ApiProperty({ description: 'GET it for the PDF of the current revision' }) pdfUrl!: string;
}

export class LetterPageDto {
  @ApiProperty({ type: [LetterSummaryDto] }) items!: LetterSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class LetterDto extends LetterSummaryDto {
  @ApiProperty({ type: [LetterRevisionDto] }) revisions!: LetterRevisionDto[];
  @ApiProperty({ type: LetterSnapshotDto, description: 'What the current revision shows' }) current!: LetterSnapshotDto;
}
