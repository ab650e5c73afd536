import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { SEVERITIES, type Severity } from '../../../shared/rules/index.js';
import {
  NOTICE_ACTIONS,
  NOTICE_DEADLINE_KINDS,
  NOTICE_ITEM_ACTIONS,
  NOTICE_ITEM_STATUSES,
  NOTICE_LIST_STATUSES,
  NOTICE_STATUSES,
  type NoticeAction,
  type NoticeDeadlineKind,
  type NoticeItemAction,
  type NoticeItemStatus,
  type NoticeListStatus,
  type NoticeStatus,
} from '../../../shared/rules/notice-states.js';
import { IsCalendarDate } from '../../inspections/common/validators.js';

export const EVIDENCE_NOTE_MAX = 2000;
export const EVIDENCE_FILES_MAX = 12;
export const REVIEW_NOTE_MAX = 1000;
export const ESCALATION_REASON_MAX = 500;
export const MEASURES_MAX = 2000;

// ---- queries and requests ----

export class ListNoticesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: NOTICE_LIST_STATUSES,
    description: 'A stored status, or a derived one: overdue (deadline passed, not closed), dueSoon (deadline within the due-soon days), notClosed',
  })
  @IsOptional()
  @IsIn(NOTICE_LIST_STATUSES)
  status?: NoticeListStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() canteenId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Notices of inspections of this campaign' }) @IsOptional() @IsUUID() campaignId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Issued on or after' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Issued on or before' }) @IsOptional() @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Closed (销号) on or after' }) @IsOptional() @IsCalendarDate() closedFrom?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Closed (销号) on or before' }) @IsOptional() @IsCalendarDate() closedTo?: string;
  @ApiPropertyOptional({
    format: 'date',
    description:
      'With status=overdue: the notices that were overdue on this day (issued by then, deadline before it, not closed by then), as the report counts them; default today',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
  @ApiPropertyOptional({ description: 'Number or canteen name contains' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class NoticeItemMeasuresDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() itemId!: string;
  @ApiProperty({ nullable: true, type: String, maxLength: MEASURES_MAX }) @IsOptional() @IsString() @MaxLength(MEASURES_MAX) measures!: string | null;
}

export class UpdateNoticeDto {
  @ApiProperty({ description: 'The version read' }) @Type(() => Number) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 50, description: '整改责任人' }) @IsOptional() @IsString() @MaxLength(50) ownerName?:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The owner’s user, if they have an account at the school' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: MEASURES_MAX, description: '整改措施 of the notice as a whole' })
  @IsOptional()
  @IsString()
  @MaxLength(MEASURES_MAX)
  measures?: string | null;
  @ApiPropertyOptional({ type: [NoticeItemMeasuresDto], description: 'Measures per item' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => NoticeItemMeasuresDto)
  items?: NoticeItemMeasuresDto[];
}

export class SubmitEvidenceDto {
  @ApiProperty({ maxLength: EVIDENCE_NOTE_MAX, description: 'What was done 整改情况' }) @IsString() @MinLength(1) @MaxLength(EVIDENCE_NOTE_MAX) note!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Files uploaded through /api/files (photos, scans), in order' })
  @IsArray()
  @ArrayMaxSize(EVIDENCE_FILES_MAX)
  @IsUUID('all', { each: true })
  fileIds!: string[];
}

export class ReviewItemDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: REVIEW_NOTE_MAX, description: 'Required when rejecting: what is still wrong' })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_NOTE_MAX)
  note?: string | null;
}

export class EscalateNoticeDto {
  @ApiProperty({ maxLength: ESCALATION_REASON_MAX }) @IsString() @MinLength(1) @MaxLength(ESCALATION_REASON_MAX) reason!: string;
}

export class CloseNoticeDto {
  @ApiPropertyOptional({ description: 'The version read; a stale one gets 409' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
}

// ---- answers ----

export class NoticeListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'uuid' }) inspectionId!: string;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty() canteenName!: string;
  @ApiProperty({ enum: ['canteen', 'supplier'] }) canteenKind!: 'canteen' | 'supplier';
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ enum: NOTICE_DEADLINE_KINDS }) deadlineKind!: NoticeDeadlineKind;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) deadline!: string | null;
  @ApiProperty({ enum: NOTICE_STATUSES }) status!: NoticeStatus;
  @ApiProperty({ description: 'Derived: dated, deadline passed, not closed' }) overdue!: boolean;
  @ApiProperty({ description: 'Derived: dated, not closed, due within the due-soon days' }) dueSoon!: boolean;
  @ApiProperty({ description: 'Days past the deadline (0 when not overdue)' }) daysOverdue!: number;
  @ApiProperty({ nullable: true, type: String }) ownerName!: string | null;
  @ApiProperty() itemCount!: number;
  @ApiProperty() submittedCount!: number;
  @ApiProperty() acceptedCount!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) closedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) escalatedOn!: string | null;
  @ApiProperty() version!: number;
}

export class NoticePageDto {
  @ApiProperty({ type: [NoticeListItemDto] }) items!: NoticeListItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'The due-soon window used, in days' }) dueSoonDays!: number;
}

export class EvidenceFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() originalName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'Where to fetch it: …/notices/{id}/files/{fileId}' }) url!: string;
}

export class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ type: [EvidenceFileDto] }) files!: EvidenceFileDto[];
  @ApiProperty({ nullable: true, type: String }) submittedByName!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ nullable: true, enum: ['accepted', 'rejected'], type: String }) reviewResult!: 'accepted' | 'rejected' | null;
  @ApiProperty({ nullable: true, type: String }) reviewNote!: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewedByName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reviewedAt!: string | null;
}

export class NoticeItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() itemCode!: string;
  @ApiProperty() areaCode!: string;
  @ApiProperty({ nullable: true, type: String }) areaName!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
  @ApiProperty({ nullable: true, type: String, description: 'What the inspector found' }) finding!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '整改要求' }) requirement!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '整改措施' }) measures!: string | null;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: NOTICE_ITEM_STATUSES }) status!: NoticeItemStatus;
  @ApiProperty({ nullable: true, type: String }) reviewNote!: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewedByName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) reviewedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The re-inspection that last decided it' }) reinspectionId!: string | null;
  @ApiProperty({ enum: NOTICE_ITEM_ACTIONS, isArray: true, description: 'What the caller may do with the item now' }) actions!: NoticeItemAction[];
  @ApiProperty({ type: [EvidenceDto], description: 'Every submission, newest first' }) evidence!: EvidenceDto[];
  @ApiProperty() version!: number;
}

export class NoticeReinspectionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) inspectedOn!: string;
  @ApiProperty() status!: string;
}

export class NoticeDetailDto extends NoticeListItemDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The canteen’s school (evidence files are uploaded for it)' }) schoolId!:
    string | null;
  @ApiProperty({ nullable: true, type: String }) issuedByName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) ownerUserId!: string | null;
  @ApiProperty({ nullable: true, type: String }) measures!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['review', 'reinspection', 'amendment'] }) closedVia!: 'review' | 'reinspection' | 'amendment' | null;
  @ApiProperty({ nullable: true, type: String }) escalationReason!: string | null;
  @ApiProperty({ enum: NOTICE_ACTIONS, isArray: true, description: 'What the caller may do with the notice now' }) actions!: NoticeAction[];
  @ApiProperty({ type: [NoticeItemDto] }) noticeItems!: NoticeItemDto[];
  @ApiProperty({ type: [NoticeReinspectionDto], description: 'Re-inspections that follow the notice’s inspection' }) reinspections!: NoticeReinspectionDto[];
}
