import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { DirectoryListQueryDto } from '../../../directory/common/list-query.js';
import { IsCalendarDate } from '../../../directory/common/validators.js';
import {
  EXPERT_TIERS,
  HALF_DAYS,
  SESSION_EXPERT_ROLES,
  SESSION_STATUSES,
  type ExpertTier,
  type HalfDay,
  type SessionExpertRole,
  type SessionStatus,
} from '../../rules/vocab.js';

export class ListExpertsQueryDto extends DirectoryListQueryDto {
  @ApiPropertyOptional({ enum: EXPERT_TIERS }) @IsOptional() @IsIn(EXPERT_TIERS) tier?: ExpertTier;
  @ApiPropertyOptional({ format: 'uuid', description: 'Experts local to this school: working at it or at an organisation of its county (本地/本校)' })
  @IsOptional()
  @IsUUID()
  localTo?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The pool (centre or bureau)' }) @IsOptional() @IsUUID() ownerOrganisationId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Where the expert works' }) @IsOptional() @IsUUID() organisationId?: string;
}

/** An expert of a pool (专家库). Where they work is an organisation of the directory or a unit as written. */
export class CreateExpertDto {
  @ApiProperty({ example: '欧阳明' }) @IsString() @MinLength(1) @MaxLength(50) name!: string;
  @ApiProperty({ enum: EXPERT_TIERS }) @IsIn(EXPERT_TIERS) tier!: ExpertTier;
  @ApiProperty({ format: 'uuid', description: 'The centre or bureau whose pool it is, within the caller’s scope' }) @IsUUID() ownerOrganisationId!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'Where the expert works, when it is in the directory (decides who is local)',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Where the expert works, as written' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unitName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '正高级教师' }) @IsOptional() @IsString() @MaxLength(100) title?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '小学数学' }) @IsOptional() @IsString() @MaxLength(200) specialty?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '13812345678' }) @IsOptional() @IsString() @MaxLength(20) mobile?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The expert’s account, so they see the sessions they teach' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

export class UpdateExpertDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @ValidateIf((o: UpdateExpertDto) => o.name !== undefined) @IsString() @MinLength(1) @MaxLength(50) name?: string;
  @ApiPropertyOptional({ enum: EXPERT_TIERS }) @ValidateIf((o: UpdateExpertDto) => o.tier !== undefined) @IsIn(EXPERT_TIERS) tier?: ExpertTier;
  @ApiPropertyOptional({ format: 'uuid' }) @ValidateIf((o: UpdateExpertDto) => o.ownerOrganisationId !== undefined) @IsUUID() ownerOrganisationId?: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() organisationId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) unitName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(100) title?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) specialty?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) mobile?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'null unlinks the account' }) @IsOptional() @IsUUID() userId?:
    string | null;
}

export class ExpertDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: EXPERT_TIERS }) tier!: ExpertTier;
  @ApiProperty({ format: 'uuid' }) ownerOrganisationId!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organisationId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where the expert works: the organisation’s name, else the unit as written' }) organisationName!:
    string | null;
  @ApiProperty({ nullable: true, type: String }) unitName!: string | null;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) specialty!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Masked: 138****5678' }) mobile!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId!: string | null;
  @ApiProperty({ nullable: true, type: String }) username!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty() version!: number;
}

export class ExpertPageDto {
  @ApiProperty({ type: [ExpertDto] }) items!: ExpertDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ExpertScheduleQueryDto {
  @ApiProperty({ format: 'date' }) @IsCalendarDate() from!: string;
  @ApiProperty({ format: 'date', description: 'Inclusive' }) @IsCalendarDate() to!: string;
}

export class ExpertBookedDayDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: HALF_DAYS, isArray: true }) halves!: HalfDay[];
}

export class ExpertBookingDto {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SESSION_STATUSES, description: 'Derived: a published session is running on its days' }) status!: SessionStatus;
  @ApiProperty({ format: 'uuid' }) venueId!: string;
  @ApiProperty() venueName!: string;
  @ApiProperty({ enum: SESSION_EXPERT_ROLES }) role!: SessionExpertRole;
  @ApiProperty({ description: 'Whether the caller may open the session (it may be another centre’s)' }) inScope!: boolean;
  @ApiProperty({ type: [ExpertBookedDayDto] }) days!: ExpertBookedDayDto[];
}

export class ExpertScheduleDto {
  @ApiProperty({ format: 'uuid' }) expertId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: [ExpertBookingDto], description: 'The sessions the expert is booked in, by first day' }) items!: ExpertBookingDto[];
}
