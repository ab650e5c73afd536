import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { GRADES, type Grade } from '../../../shared/rules/index.js';
import { IsCalendarDate } from '../common/validators.js';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../vocab.js';

export class ListCampaignsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or the document number' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, description: 'Derived from the period and today' })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;
  @ApiPropertyOptional({ description: 'Campaigns whose period overlaps this calendar year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'Campaigns of this region or a region under it' }) @IsOptional() @IsUUID() regionId?: string;
}

/** A campaign 专项检查 and the document that ordered it. */
export class CreateCampaignDto {
  @ApiProperty({ example: '2026年春季学校食堂食品安全专项检查' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() startsOn!: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() endsOn!: string;
  @ApiProperty({ format: 'uuid', description: 'The county (or township) the campaign covers, within the caller’s scope' }) @IsUUID() regionId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '文号 of the document that ordered it', example: '某市监发〔2026〕12号' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '关于迅速开展中小学食堂食品安全检查的紧急通知' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  documentTitle?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The uploaded document (POST /api/files)' })
  @IsOptional()
  @IsUUID()
  documentFileId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The checklist template inspections of the campaign start from' })
  @IsOptional()
  @IsUUID()
  templateId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

export class UpdateCampaignDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @ValidateIf((o: UpdateCampaignDto) => o.name !== undefined) @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ format: 'date' }) @ValidateIf((o: UpdateCampaignDto) => o.startsOn !== undefined) @IsCalendarDate() startsOn?: string;
  @ApiPropertyOptional({ format: 'date' }) @ValidateIf((o: UpdateCampaignDto) => o.endsOn !== undefined) @IsCalendarDate() endsOn?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @ValidateIf((o: UpdateCampaignDto) => o.regionId !== undefined) @IsUUID() regionId?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(100) documentNumber?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(300) documentTitle?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() documentFileId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() templateId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES, description: 'planned before the period, active in it, closed after it' }) status!: CampaignStatus;
  @ApiProperty({ format: 'uuid' }) regionId!: string;
  @ApiProperty() regionName!: string;
  @ApiProperty({ nullable: true, type: String }) documentNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) documentTitle!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) documentFileId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) templateId!: string | null;
  @ApiProperty({ nullable: true, type: String }) templateName!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ description: 'Outings of the campaign' }) outingCount!: number;
  @ApiProperty({ description: 'Submitted inspections of the campaign' }) inspectionCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class CampaignPageDto {
  @ApiProperty({ type: [CampaignDto] }) items!: CampaignDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class GradeCountDto {
  @ApiProperty({ enum: GRADES }) grade!: Grade;
  @ApiProperty() count!: number;
}

export class NoticeStatusCountDto {
  @ApiProperty({ description: 'A notice status of the rectification part (open, submitted, closed, escalated…)' }) status!: string;
  @ApiProperty() count!: number;
}

/** How far a campaign has got, as the bureau counts it (DOMAIN §8). */
export class CampaignProgressDto {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ description: 'Canteens and meal suppliers in the campaign’s region, not archived (家)' }) canteensInRegion!: number;
  @ApiProperty({ description: 'Distinct canteens with a submitted inspection of the campaign (家)' }) canteensInspected!: number;
  @ApiProperty({ description: 'Submitted inspections, re-inspections included' }) inspections!: number;
  @ApiProperty({ description: 'Drafts not yet submitted' }) drafts!: number;
  @ApiProperty({ description: 'Opinion letters issued (份)' }) letters!: number;
  @ApiProperty() outings!: number;
  @ApiProperty({ description: 'Inspector person-times (人次), counted per outing' }) personTimes!: number;
  @ApiProperty({ description: 'Vehicle trips (辆次), counted per outing' }) vehicleTrips!: number;
  @ApiProperty({ type: [GradeCountDto] }) grades!: GradeCountDto[];
  @ApiProperty({ description: 'Notices issued from the campaign’s inspections' }) noticesIssued!: number;
  @ApiProperty({ type: [NoticeStatusCountDto] }) noticesByStatus!: NoticeStatusCountDto[];
  @ApiProperty({ description: 'Notices past their deadline and not closed, as of today' }) noticesOverdue!: number;
}
