import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { IsCalendarDate, toBoolean } from '../../canteens/dto/validators.js';
import { TemplateVersionDto } from '../../templates/dto/template.dto.js';
import { MEALS, type Meal } from '../entities/food-sample.entity.js';
import { ITEM_RESULTS, ROUTINE_KINDS, type ItemResult, type RoutineKind } from '../entities/routine-record.entity.js';
import { SAMPLE_WARNINGS, type SampleWarning } from '../rules.js';

// ---- samples (留样) ---------------------------------------------------------------------------

export class ListSamplesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() canteenId?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Inclusive' }) @IsOptional() @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ type: Boolean, description: 'Only samples with a warning (too light, or taken out too early)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  problems?: boolean;
}

export class CreateSampleDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() canteenId!: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() mealDate!: string;
  @ApiProperty({ enum: MEALS }) @IsIn(MEALS) meal!: Meal;
  @ApiProperty({ example: '红烧肉' }) @IsString() @MinLength(1) @MaxLength(100) dish!: string;
  @ApiProperty({ description: 'Grams (125 or more; less is kept with a warning)' }) @Type(() => Number) @IsInt() @Min(1) @Max(100_000) weightG!: number;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) retainedAt!: string;
  @ApiProperty({ example: '王芳' }) @IsString() @MinLength(1) @MaxLength(50) retainedBy!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '1号留样柜' }) @IsOptional() @IsString() @MaxLength(50) fridge?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

export class UpdateSampleDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) dish?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000) weightG?: number;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) retainedAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(50) retainedBy?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(50) fridge?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

export class RemoveSampleDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional({ format: 'date-time', description: 'Default: now' }) @IsOptional() @IsISO8601({ strict: true }) removedAt?: string;
  @ApiProperty({ example: '王芳' }) @IsString() @MinLength(1) @MaxLength(50) removedBy!: string;
}

export class FoodSampleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty() canteenName!: string;
  @ApiProperty({ format: 'date' }) mealDate!: string;
  @ApiProperty({ enum: MEALS }) meal!: Meal;
  @ApiProperty() dish!: string;
  @ApiProperty() weightG!: number;
  @ApiProperty({ format: 'date-time' }) retainedAt!: string;
  @ApiProperty() retainedBy!: string;
  @ApiProperty({ nullable: true, type: String }) fridge!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) removedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) removedBy!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Hours kept, to one decimal, once removed' }) keptHours!: number | null;
  @ApiProperty({ format: 'date-time', description: 'The earliest it may be taken out (retained + the minimum hours)' }) removableFrom!: string;
  @ApiProperty({ enum: SAMPLE_WARNINGS, isArray: true, description: 'Derived from the settings: below the minimum grams, taken out before the minimum hours' })
  warnings!: SampleWarning[];
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() version!: number;
}

export class FoodSamplePageDto {
  @ApiProperty({ type: [FoodSampleDto] }) items!: FoodSampleDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'The thresholds the warnings use' }) minGrams!: number;
  @ApiProperty() minHours!: number;
}

// ---- records (日管控 / 周排查 / 月调度) -----------------------------------------------------------

export class ChecklistQueryDto {
  @ApiProperty({ enum: ROUTINE_KINDS }) @IsIn(ROUTINE_KINDS) kind!: RoutineKind;
}

export class ListRecordsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() canteenId?: string;
  @ApiPropertyOptional({ enum: ROUTINE_KINDS }) @IsOptional() @IsIn(ROUTINE_KINDS) kind?: RoutineKind;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Inclusive' }) @IsOptional() @IsCalendarDate() to?: string;
}

export class ItemResultInputDto {
  @ApiProperty({ description: 'The item’s stable code' }) @IsString() @MinLength(1) @MaxLength(60) itemCode!: string;
  @ApiProperty({ enum: ITEM_RESULTS }) @IsIn(ITEM_RESULTS) result!: ItemResult;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

class RecordFieldsDto {
  @ApiPropertyOptional({ nullable: true, type: String, description: '发现问题' }) @IsOptional() @IsString() @MaxLength(4000) findings?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '整改 / 防范措施' }) @IsOptional() @IsString() @MaxLength(4000) measures?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The monthly dispatch meeting’s risks (风险研判)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  risks?: string | null;
}

export class CreateRecordDto extends RecordFieldsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() canteenId!: string;
  @ApiProperty({ enum: ROUTINE_KINDS }) @IsIn(ROUTINE_KINDS) kind!: RoutineKind;
  @ApiProperty({ format: 'date', description: 'Any day of the period (the week or month is worked out)' }) @IsCalendarDate() date!: string;
  @ApiProperty({ example: '王芳' }) @IsString() @MinLength(1) @MaxLength(50) person!: string;
  @ApiProperty({ type: [ItemResultInputDto], description: 'One per item of the current checklist version' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ItemResultInputDto)
  results!: ItemResultInputDto[];
}

export class UpdateRecordDto extends RecordFieldsDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(50) person?: string;
  @ApiPropertyOptional({ type: [ItemResultInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ItemResultInputDto)
  results?: ItemResultInputDto[];
}

export class RecordItemDto {
  @ApiProperty() itemCode!: string;
  @ApiProperty() areaCode!: string;
  @ApiProperty() areaName!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: ITEM_RESULTS }) result!: ItemResult;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

export class RoutineRecordSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty() canteenName!: string;
  @ApiProperty({ enum: ROUTINE_KINDS }) kind!: RoutineKind;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty() person!: string;
  @ApiProperty() failedCount!: number;
  @ApiProperty() itemCount!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class RoutineRecordDto extends RoutineRecordSummaryDto {
  @ApiProperty({ format: 'uuid' }) templateVersionId!: string;
  @ApiProperty() templateName!: string;
  @ApiProperty() templateVersionNumber!: number;
  @ApiProperty({ type: [RecordItemDto] }) items!: RecordItemDto[];
  @ApiProperty({ nullable: true, type: String }) findings!: string | null;
  @ApiProperty({ nullable: true, type: String }) measures!: string | null;
  @ApiProperty({ nullable: true, type: String }) risks!: string | null;
}

export class RoutineRecordPageDto {
  @ApiProperty({ type: [RoutineRecordSummaryDto] }) items!: RoutineRecordSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ChecklistDto {
  @ApiProperty({ enum: ROUTINE_KINDS }) kind!: RoutineKind;
  @ApiProperty({ type: TemplateVersionDto, description: 'The checklist version a new record is filled against' }) version!: TemplateVersionDto;
}
