import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { GRADES, ITEM_RESULTS, LEAVE_OFF_REASON_MAX, SEVERITIES, type Grade, type ItemResult, type Severity } from '../../../shared/rules/index.js';
import { IsCalendarDate } from '../common/validators.js';
import { DEADLINE_KINDS, INSPECTION_KINDS, INSPECTION_STATUSES, type DeadlineKind, type InspectionKind, type InspectionStatus } from '../vocab.js';

export const INSPECTORS_MAX = 20;
export const RESULTS_MAX = 500;
export const PHOTOS_PER_RESULT_MAX = 20;

export class ListInspectionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the canteen’s name' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() canteenId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() outingId?: string;
  @ApiPropertyOptional({ enum: INSPECTION_STATUSES }) @IsOptional() @IsIn(INSPECTION_STATUSES) status?: InspectionStatus;
  @ApiPropertyOptional({ enum: INSPECTION_KINDS }) @IsOptional() @IsIn(INSPECTION_KINDS) kind?: InspectionKind;
  @ApiPropertyOptional({ enum: GRADES }) @IsOptional() @IsIn(GRADES) grade?: Grade;
  @ApiPropertyOptional({ format: 'date', description: 'Inspected on or after' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Inspected on or before' }) @IsOptional() @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ description: "'-inspectedOn' (default), 'inspectedOn', '-score', 'score'" })
  @IsOptional()
  @IsIn(['inspectedOn', '-inspectedOn', 'score', '-score'])
  sort?: string;
}

/** An officer present: a user, or a person of another agency by name. */
export class InspectorInputDto {
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() userId?: string | null;
  @ApiPropertyOptional({ description: 'Required without userId; with one, defaults to the user’s display name' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) agency?: string | null;
}

export class CreateInspectionDto {
  @ApiProperty({ enum: INSPECTION_KINDS }) @IsIn(INSPECTION_KINDS) kind!: InspectionKind;
  @ApiProperty({ format: 'uuid', description: 'The canteen or meal supplier, within the caller’s scope' }) @IsUUID() canteenId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Required for kind campaign' }) @IsOptional() @IsUUID() campaignId?:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() outingId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'Required for a re-inspection: the submitted inspection it follows up' })
  @IsOptional()
  @IsUUID()
  followsInspectionId?: string | null;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The checklist template; its current version is used. Defaults to the campaign’s, or the followed inspection’s template',
  })
  @IsOptional()
  @IsUUID()
  templateId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Defaults to the outing’s date, else today' }) @IsOptional() @IsCalendarDate() inspectedOn?: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() authorityId?: string | null;
  @ApiPropertyOptional({ type: [InspectorInputDto], description: 'Defaults to the outing’s team, else the caller' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INSPECTORS_MAX)
  @ValidateNested({ each: true })
  @Type(() => InspectorInputDto)
  inspectors?: InspectorInputDto[];
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

/** Changes to a draft's particulars (the results have their own route). */
export class UpdateInspectionDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional({ format: 'date' }) @ValidateIf((o: UpdateInspectionDto) => o.inspectedOn !== undefined) @IsCalendarDate() inspectedOn?: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() outingId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() authorityId?: string | null;
  @ApiPropertyOptional({ type: [InspectorInputDto], description: 'Replaces the officers present' })
  @ValidateIf((o: UpdateInspectionDto) => o.inspectors !== undefined)
  @IsArray()
  @ArrayMaxSize(INSPECTORS_MAX)
  @ValidateNested({ each: true })
  @Type(() => InspectorInputDto)
  inspectors?: InspectorInputDto[];
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

/** One item's answer; fields left out keep their value. */
export class ResultInputDto {
  @ApiProperty({ description: 'The item’s stable code' }) @IsString() @MinLength(1) @MaxLength(60) itemCode!: string;
  @ApiPropertyOptional({ enum: ITEM_RESULTS, nullable: true, description: 'null clears the answer (drafts only)' })
  @IsOptional()
  @IsIn(ITEM_RESULTS)
  result?: ItemResult | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() correctedOnSite?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'What was found' }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why a failed minor item is left off the notice' })
  @IsOptional()
  @IsString()
  @MaxLength(LEAVE_OFF_REASON_MAX)
  leaveOffReason?: string | null;
}

export class SaveResultsDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiProperty({ type: [ResultInputDto] })
  @IsArray()
  @ArrayMaxSize(RESULTS_MAX)
  @ValidateNested({ each: true })
  @Type(() => ResultInputDto)
  results!: ResultInputDto[];
}

export class DeadlineInputDto {
  @ApiProperty({ enum: DEADLINE_KINDS }) @IsIn(DEADLINE_KINDS) kind!: DeadlineKind;
  @ApiPropertyOptional({ format: 'date', description: 'Required for kind date' })
  @ValidateIf((o: DeadlineInputDto) => o.kind === 'date')
  @IsCalendarDate()
  on?: string;
}

/** Submitting issues the letter and opens the notice; it happens once. */
export class SubmitInspectionDto {
  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'The issuing authority, unless the draft names one' }) @IsOptional() @IsUUID() authorityId?: string;
  @ApiPropertyOptional({ type: DeadlineInputDto, description: 'The rectification deadline; required when items go onto a notice' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeadlineInputDto)
  deadline?: DeadlineInputDto;
  @ApiPropertyOptional({ nullable: true, type: String, description: '整改责任人 at the school, if known' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  rectificationOwner?: string | null;
}

/** An amendment of a submitted inspection: the reason is required; the letter is reissued. */
export class AmendInspectionDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiProperty({ description: 'Why the submitted inspection is changed (printed on the reissued letter)' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
  @ApiPropertyOptional({ type: [ResultInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESULTS_MAX)
  @ValidateNested({ each: true })
  @Type(() => ResultInputDto)
  results?: ResultInputDto[];
  @ApiPropertyOptional({ type: [InspectorInputDto] })
  @ValidateIf((o: AmendInspectionDto) => o.inspectors !== undefined)
  @IsArray()
  @ArrayMaxSize(INSPECTORS_MAX)
  @ValidateNested({ each: true })
  @Type(() => InspectorInputDto)
  inspectors?: InspectorInputDto[];
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
  @ApiPropertyOptional({
    type: DeadlineInputDto,
    description: 'The rectification deadline, needed only when the amendment puts items on a notice and the inspection had none; ignored otherwise',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeadlineInputDto)
  deadline?: DeadlineInputDto;
}

export class AttachPhotoDto {
  @ApiProperty({ format: 'uuid', description: 'An uploaded file (POST /api/files) the caller may see' }) @IsUUID() fileId!: string;
}

export class InspectorDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) agency!: string | null;
}

export class PhotoDto {
  @ApiProperty({ format: 'uuid' }) fileId!: string;
  @ApiProperty() originalName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty({ description: 'GET it to download the bytes' }) contentUrl!: string;
}

export class ResultDto {
  @ApiProperty() itemCode!: string;
  @ApiProperty() areaCode!: string;
  @ApiProperty() areaName!: string;
  @ApiProperty({ description: 'The requirement as the checklist words it' }) text!: string;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
  @ApiProperty() weight!: number;
  @ApiProperty({ nullable: true, type: String }) defectCode!: string | null;
  @ApiProperty({ enum: ITEM_RESULTS, nullable: true, description: 'null while unanswered' }) result!: ItemResult | null;
  @ApiProperty() correctedOnSite!: boolean;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ description: 'Also failed in the canteen’s previous submitted inspection' }) repeat!: boolean;
  @ApiProperty({ nullable: true, type: String }) leaveOffReason!: string | null;
  @ApiProperty({ type: [PhotoDto] }) photos!: PhotoDto[];
}

export class InspectionCountsDto {
  @ApiProperty() compliant!: number;
  @ApiProperty() nonCompliant!: number;
  @ApiProperty() notApplicable!: number;
  @ApiProperty() notObserved!: number;
  @ApiProperty() unanswered!: number;
  @ApiProperty() failedCritical!: number;
  @ApiProperty() correctedOnSite!: number;
  @ApiProperty() repeats!: number;
}

export class LetterRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty() currentRevision!: number;
}

export class NoticeRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty() status!: string;
}

/** A list row. */
export class InspectionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INSPECTION_KINDS }) kind!: InspectionKind;
  @ApiProperty({ enum: INSPECTION_STATUSES }) status!: InspectionStatus;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty() canteenName!: string;
  @ApiProperty({ nullable: true, type: String }) schoolName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) campaignId!: string | null;
  @ApiProperty({ nullable: true, type: String }) campaignName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) outingId!: string | null;
  @ApiProperty({ format: 'date' }) inspectedOn!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Hundredths (8750 = 87.50)' }) score!: number | null;
  @ApiProperty({ enum: GRADES, nullable: true }) grade!: Grade | null;
  @ApiProperty() capped!: boolean;
  @ApiProperty({ type: InspectionCountsDto }) counts!: InspectionCountsDto;
  @ApiProperty({ type: [InspectorDto] }) inspectors!: InspectorDto[];
  @ApiProperty({ type: LetterRefDto, nullable: true }) letter!: LetterRefDto | null;
  @ApiProperty({ type: NoticeRefDto, nullable: true }) notice!: NoticeRefDto | null;
  @ApiProperty() amendments!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt!: string | null;
  @ApiProperty() version!: number;
}

export class InspectionPageDto {
  @ApiProperty({ type: [InspectionSummaryDto] }) items!: InspectionSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class InspectionDto extends InspectionSummaryDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) followsInspectionId!: string | null;
  @ApiProperty({ format: 'uuid' }) templateId!: string;
  @ApiProperty() templateName!: string;
  @ApiProperty({ format: 'uuid' }) templateVersionId!: string;
  @ApiProperty() templateVersionNumber!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) authorityId!: string | null;
  @ApiProperty({ nullable: true, type: String }) authorityName!: string | null;
  @ApiProperty({ enum: GRADES, nullable: true, description: 'The grade the score alone gives, before the critical cap' }) uncappedGrade!: Grade | null;
  @ApiProperty({ enum: DEADLINE_KINDS, nullable: true }) deadlineKind!: DeadlineKind | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) deadlineOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) rectificationOwner!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ type: [ResultDto] }) results!: ResultDto[];
  @ApiProperty({ description: 'Whether the caller may edit, submit or amend it' }) canEdit!: boolean;
}
