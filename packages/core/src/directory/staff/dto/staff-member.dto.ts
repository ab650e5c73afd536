import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../platform/regions/organisation.entity.js';
import { DirectoryListQueryDto } from '../../common/list-query.js';
import { toBoolean } from '../../common/validators.js';
import { GENDERS, type Gender } from '../../rules/vocab.js';

export class ListStaffQueryDto extends DirectoryListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The organisation the person works for' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS, description: 'The kind of that organisation' }) @IsOptional() @IsIn([...ORGANISATION_KINDS]) organisationKind?: OrganisationKind;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS) gender?: Gender;
  @ApiPropertyOptional({ type: Boolean, description: 'Whether the person is linked to an account' }) @IsOptional() @Transform(toBoolean) @IsBoolean() linked?: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: 'The record linked to this account (a user page shows the person)' }) @IsOptional() @IsUUID() userId?: string;
}

export class ExportStaffQueryDto extends ListStaffQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' }) @IsOptional() @IsIn(['xlsx', 'csv']) format?: 'xlsx' | 'csv';
}

/** Fields a staff member is created with; every one but the name and the organisation is optional. */
export class CreateStaffMemberDto {
  @ApiProperty({ example: '李明' }) @IsString() @MinLength(1) @MaxLength(50) name!: string;
  @ApiPropertyOptional({ enum: GENDERS, nullable: true }) @IsOptional() @IsIn([...GENDERS, null]) gender?: Gender | null;
  @ApiProperty({ format: 'uuid', description: 'The organisation of any kind: bureau, training centre, school, donor' }) @IsUUID() organisationId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '职务', example: '基础教育股股长' }) @IsOptional() @IsString() @MaxLength(50) position?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '职称', example: '高级教师' }) @IsOptional() @IsString() @MaxLength(50) title?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '13812345678' }) @IsOptional() @IsString() @MaxLength(20) mobile?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'liming@example.cn' }) @IsOptional() @IsEmail() @MaxLength(100) email?: string | null;
}

/** An edit carries the version it was made on; the organisation changes here too (a transfer keeps no history). */
export class UpdateStaffMemberDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(50) name?: string;
  @ApiPropertyOptional({ enum: GENDERS, nullable: true }) @IsOptional() @IsIn([...GENDERS, null]) gender?: Gender | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(50) position?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(50) title?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) mobile?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsEmail() @MaxLength(100) email?: string | null;
}

export class LinkStaffUserDto {
  @ApiProperty({ format: 'uuid', description: 'An existing account within the caller’s users scope' }) @IsUUID() userId!: string;
}

export class StaffMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: GENDERS, nullable: true }) gender!: Gender | null;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) organisationKind!: OrganisationKind;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Masked: 138****5678' }) mobile!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId!: string | null;
  @ApiProperty({ nullable: true, type: String }) username!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The linked account’s display name' }) userDisplayName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class StaffPageDto {
  @ApiProperty({ type: [StaffMemberDto] }) items!: StaffMemberDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class StaffRevealDto {
  @ApiProperty({ nullable: true, type: String }) mobile!: string | null;
}
