import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { HANDLER_GENDERS, type HandlerGender } from '../entities/food-handler.entity.js';
import { VALIDITY_STATES, type ValidityState } from '../rules.js';
import { ARCHIVED_FILTERS, type ArchivedFilter } from './canteen.dto.js';
import { IsCalendarDate, toBoolean } from './validators.js';

export class ListHandlersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One canteen’s handlers; without it, every canteen in scope' })
  @IsOptional()
  @IsUUID()
  canteenId?: string;
  @ApiPropertyOptional({ description: 'Name by characters, full pinyin or initials' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: VALIDITY_STATES, description: 'Health certificate state today' })
  @IsOptional()
  @IsIn(VALIDITY_STATES)
  certificate?: ValidityState;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @Transform(toBoolean) @IsBoolean() onDuty?: boolean;
  @ApiPropertyOptional({ type: Boolean, description: 'Only handlers on duty whose certificate or training has lapsed since' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  flagged?: boolean;
  @ApiPropertyOptional({ enum: ARCHIVED_FILTERS, default: 'false' }) @IsOptional() @IsIn(ARCHIVED_FILTERS) archived?: ArchivedFilter;
}

class HandlerFieldsDto {
  @ApiPropertyOptional({ nullable: true, enum: HANDLER_GENDERS }) @IsOptional() @IsIn(HANDLER_GENDERS) gender?: HandlerGender | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '13812345678' }) @IsOptional() @IsString() @MaxLength(20) mobile?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '厨师' }) @IsOptional() @IsString() @MaxLength(50) position?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '健康证编号' }) @IsOptional() @IsString() @MaxLength(64) healthCertNo?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() healthCertExpiresOn?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', description: 'The last food-safety training' })
  @IsOptional()
  @IsCalendarDate()
  trainedOn?: string | null;
}

export class CreateHandlerDto extends HandlerFieldsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() canteenId!: string;
  @ApiProperty({ example: '李桂花' }) @IsString() @MinLength(1) @MaxLength(50) name!: string;
  @ApiPropertyOptional({ description: 'On duty from now: refused (409) unless certificate and training are valid today' })
  @IsOptional()
  @IsBoolean()
  onDuty?: boolean;
}

export class UpdateHandlerDto extends HandlerFieldsDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @ValidateIf((o: UpdateHandlerDto) => o.name !== undefined) @IsString() @MinLength(1) @MaxLength(50) name?: string;
}

export class SetDutyDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiProperty({ description: 'true puts on duty (refused with 409 naming what is missing or expired); false takes off duty' }) @IsBoolean() onDuty!: boolean;
}

export class DutyProblemDto {
  @ApiProperty({ enum: ['healthCertExpiresOn', 'trainedOn'] }) field!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
}

export class FoodHandlerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) canteenId!: string;
  @ApiProperty() canteenName!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, enum: HANDLER_GENDERS }) gender!: HandlerGender | null;
  @ApiProperty({ nullable: true, type: String, description: 'Masked: 138****5678' }) mobile!: string | null;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty({ nullable: true, type: String }) healthCertNo!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) healthCertExpiresOn!: string | null;
  @ApiProperty({ enum: VALIDITY_STATES, description: 'Derived today: expiring = within 30 days' }) certificateState!: ValidityState;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) trainedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'The last day the training counts' }) trainingValidUntil!: string | null;
  @ApiProperty({ enum: VALIDITY_STATES }) trainingState!: ValidityState;
  @ApiProperty() onDuty!: boolean;
  @ApiProperty({ description: 'May be put on duty today' }) dutyAllowed!: boolean;
  @ApiProperty({ type: [DutyProblemDto], description: 'What keeps them off duty today (empty when allowed)' }) dutyProblems!: DutyProblemDto[];
  @ApiProperty({ description: 'On duty although the certificate or training has lapsed since (derived today)' }) flagged!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty() version!: number;
}

export class FoodHandlerPageDto {
  @ApiProperty({ type: [FoodHandlerDto] }) items!: FoodHandlerDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
