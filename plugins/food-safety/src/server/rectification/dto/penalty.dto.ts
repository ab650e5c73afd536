import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { PENALTY_REASONS, type PenaltyReason } from '../../../shared/rules/notice-states.js';
import { IsCalendarDate } from '../../inspections/common/validators.js';

/** 1 亿元 in fen: a sanity bound, far above any catering fine. */
export const PENALTY_AMOUNT_MAX = 10_000_000_000;

export class RecordPenaltyDto {
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The notice the decision followed' }) @IsOptional() @IsUUID() noticeId?:
    string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The inspection the decision followed (taken from the notice when one is given)',
  })
  @IsOptional()
  @IsUUID()
  inspectionId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', description: 'Required when neither a notice nor an inspection is given' }) @IsOptional() @IsUUID() canteenId?: string;
  @ApiProperty({ maxLength: 120, description: '处罚决定书文号' }) @IsString() @MinLength(1) @MaxLength(120) documentNumber!: string;
  @ApiProperty({ maxLength: 200, description: 'The authority that decided' }) @IsString() @MinLength(1) @MaxLength(200) authorityName!: string;
  @ApiProperty({ enum: PENALTY_REASONS }) @IsIn(PENALTY_REASONS) reasonCode!: PenaltyReason;
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 500, description: 'Required for other' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reasonText?: string | null;
  @ApiProperty({ description: 'The fine in fen (分); 0 for a warning', minimum: 0, maximum: PENALTY_AMOUNT_MAX })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(PENALTY_AMOUNT_MAX)
  amount!: number;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() decidedOn!: string;
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class ListPenaltiesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() canteenId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() noticeId?: string;
  @ApiPropertyOptional({ enum: PENALTY_REASONS }) @IsOptional() @IsIn(PENALTY_REASONS) reasonCode?: PenaltyReason;
  @ApiPropertyOptional({ format: 'date', description: 'Decided on or after' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Decided on or before' }) @IsOptional() @IsCalendarDate() to?: string;
}

export class PenaltyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) noticeId!: string | null;
  @ApiProperty({ nullable: true, type: String }) noticeNumber!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) inspectionId!: string | null;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty() canteenName!: string;
  @ApiProperty() documentNumber!: string;
  @ApiProperty() authorityName!: string;
  @ApiProperty({ enum: PENALTY_REASONS }) reasonCode!: PenaltyReason;
  @ApiProperty({ nullable: true, type: String }) reasonText!: string | null;
  @ApiProperty({ description: 'Fen (分)' }) amount!: number;
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class PenaltyPageDto {
  @ApiProperty({ type: [PenaltyDto] }) items!: PenaltyDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Sum of the amounts of every penalty the filters match, in fen' }) totalAmount!: number;
}
