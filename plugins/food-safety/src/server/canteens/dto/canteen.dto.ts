import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ExportFormatQueryDto, PageQueryDto } from '@schoolbridge/core';
import { CANTEEN_KINDS, CANTEEN_OPERATORS, type CanteenKind, type CanteenOperator } from '../entities/canteen.entity.js';
import { VALIDITY_STATES, type ValidityState } from '../rules.js';
import { IsCalendarDate } from './validators.js';

export const ARCHIVED_FILTERS = ['false', 'true', 'all'] as const;
export type ArchivedFilter = (typeof ARCHIVED_FILTERS)[number];

export class ListCanteensQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Name by characters, full pinyin or initials' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: CANTEEN_KINDS }) @IsOptional() @IsIn(CANTEEN_KINDS) kind?: CanteenKind;
  @ApiPropertyOptional({ format: 'uuid', description: 'A school: its canteen and the suppliers serving it' }) @IsOptional() @IsUUID() schoolId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A region: canteens and suppliers located in it or below it' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ enum: VALIDITY_STATES, description: 'Licence state today: expiring = within 30 days' })
  @IsOptional()
  @IsIn(VALIDITY_STATES)
  licence?: ValidityState;
  @ApiPropertyOptional({ enum: ARCHIVED_FILTERS, default: 'false', description: 'false: current rows; true: archived only; all: both' })
  @IsOptional()
  @IsIn(ARCHIVED_FILTERS)
  archived?: ArchivedFilter;
}

export class ExportCanteensQueryDto extends IntersectionType(ListCanteensQueryDto, ExportFormatQueryDto) {}

class CanteenFieldsDto {
  @ApiPropertyOptional({ enum: CANTEEN_OPERATORS, description: 'selfRun 自营 / contracted 承包' })
  @ValidateIf((o: CanteenFieldsDto) => o.operator !== undefined)
  @IsIn(CANTEEN_OPERATORS)
  operator?: CanteenOperator;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The contractor or the supplier’s company' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  operatorName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '食品经营许可证编号' }) @IsOptional() @IsString() @MaxLength(64) licenceNo?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() licenceExpiresOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() hasSampleFridge?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() hasDisinfection?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() hasPestProofing?: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(300) address?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(50) contactName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '13812345678' }) @IsOptional() @IsString() @MaxLength(20) contactMobile?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsInt() @Min(0) @Max(100) mealsPerDay?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) diners?: number | null;
}

/** A school canteen (kind canteen: schoolId) or an outside meal supplier (kind supplier: regionId, servedSchoolIds). */
export class CreateCanteenDto extends CanteenFieldsDto {
  @ApiProperty({ enum: CANTEEN_KINDS }) @IsIn(CANTEEN_KINDS) kind!: CanteenKind;
  @ApiProperty({ example: '城关一小食堂' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The school (a canteen only), within the caller’s scope' })
  @IsOptional()
  @IsUUID()
  schoolId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The supplier’s county or township (a supplier only)' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'The schools a supplier serves' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  servedSchoolIds?: string[];
}

export class UpdateCanteenDto extends CanteenFieldsDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @ValidateIf((o: UpdateCanteenDto) => o.name !== undefined) @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A canteen’s school' })
  @ValidateIf((o: UpdateCanteenDto) => o.schoolId !== undefined)
  @IsUUID()
  schoolId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A supplier’s region' })
  @ValidateIf((o: UpdateCanteenDto) => o.regionId !== undefined)
  @IsUUID()
  regionId?: string;
}

export class ServedSchoolBodyDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() schoolId!: string;
}

export class ServedSchoolDto {
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() name!: string;
}

export class HandlerCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() onDuty!: number;
  @ApiProperty({ description: 'On duty with an expired or missing certificate or training (derived today)' }) flagged!: number;
  @ApiProperty({ description: 'Health certificates expiring within 30 days or expired' }) certificatesDue!: number;
}

export class CanteenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CANTEEN_KINDS }) kind!: CanteenKind;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) schoolId!: string | null;
  @ApiProperty({ nullable: true, type: String }) schoolName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) regionId!: string | null;
  @ApiProperty({ nullable: true, type: String }) regionName!: string | null;
  @ApiProperty({ enum: CANTEEN_OPERATORS }) operator!: CanteenOperator;
  @ApiProperty({ nullable: true, type: String }) operatorName!: string | null;
  @ApiProperty({ nullable: true, type: String }) licenceNo!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) licenceExpiresOn!: string | null;
  @ApiProperty({ enum: VALIDITY_STATES, description: 'Derived today: expiring = within 30 days' }) licenceState!: ValidityState;
  @ApiProperty() hasSampleFridge!: boolean;
  @ApiProperty() hasDisinfection!: boolean;
  @ApiProperty() hasPestProofing!: boolean;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Masked: 138****5678' }) contactMobile!: string | null;
  @ApiProperty({ nullable: true, type: Number }) mealsPerDay!: number | null;
  @ApiProperty({ nullable: true, type: Number }) diners!: number | null;
  @ApiProperty({ type: [ServedSchoolDto], description: 'A supplier’s schools (empty for a canteen)' }) servedSchools!: ServedSchoolDto[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty() version!: number;
}

export class CanteenDetailDto extends CanteenDto {
  @ApiProperty({ type: HandlerCountsDto }) handlers!: HandlerCountsDto;
  @ApiProperty({ description: 'Whether the caller may edit it (food-safety.manage in scope)' }) canManage!: boolean;
}

export class CanteenPageDto {
  @ApiProperty({ type: [CanteenDto] }) items!: CanteenDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class OptionsQueryDto {
  @ApiPropertyOptional({ description: 'Name by characters' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class OptionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Where it is (a school’s region), for telling namesakes apart' }) hint!: string | null;
}

export class OptionListDto {
  @ApiProperty({ type: [OptionDto] }) items!: OptionDto[];
}
