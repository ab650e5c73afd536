import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ExportFormatQueryDto } from '../../../platform/exports/export.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../platform/regions/organisation.entity.js';
import { REGION_KINDS } from '../../../platform/regions/region.entity.js';
import { DirectoryListQueryDto } from '../../common/list-query.js';
import {
  SCHOOL_KINDS,
  SCHOOL_SETTINGS,
  SCHOOL_STAGES,
  SCHOOL_TIERS,
  SUBJECTS,
  type SchoolKind,
  type SchoolSetting,
  type SchoolStage,
  type SchoolTier,
  type Subject,
} from '../../rules/vocab.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty text clears an optional field. */
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export const ORGANISATION_SORT_FIELDS = ['name', 'code', 'studentCount', 'teacherCount', 'createdAt'] as const;

export class ListOrganisationsQueryDto extends DirectoryListQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn([...ORGANISATION_KINDS])
  kind?: OrganisationKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Organisations located in this region or any region under it (a township filter)' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Organisations this one manages directly (a central school’s teaching points)' })
  @IsOptional()
  @IsUUID()
  managerOrganisationId?: string;

  @ApiPropertyOptional({ enum: SCHOOL_STAGES })
  @IsOptional()
  @IsIn([...SCHOOL_STAGES])
  stage?: SchoolStage;

  @ApiPropertyOptional({ enum: SCHOOL_TIERS })
  @IsOptional()
  @IsIn([...SCHOOL_TIERS])
  tier?: SchoolTier;

  @ApiPropertyOptional({ enum: SCHOOL_SETTINGS })
  @IsOptional()
  @IsIn([...SCHOOL_SETTINGS])
  setting?: SchoolSetting;

  @ApiPropertyOptional({ enum: SCHOOL_KINDS })
  @IsOptional()
  @IsIn([...SCHOOL_KINDS])
  schoolKind?: SchoolKind;
}

/** The list's filters plus `format`. */
export class ExportOrganisationsQueryDto extends IntersectionType(ListOrganisationsQueryDto, ExportFormatQueryDto) {}

export class OrganisationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '4399010001' }) code!: string;
  @ApiProperty({ example: '示范县第一小学' }) name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: string;
}

export class OrganisationRegionRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: REGION_KINDS }) kind!: string;
}

export class OrganisationDto extends OrganisationRefDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) regionId!: string | null;
  @ApiProperty({ nullable: true, type: String }) regionName!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The township (乡镇) it lies in, when there is one' }) townshipName!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) managerRegionId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) managerOrganisationId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The managing region’s or organisation’s name' }) managerName!: string | null;
  @ApiProperty({ description: 'The manager’s path plus its own id' }) path!: string;
  @ApiProperty({ nullable: true, type: String }) shortName!: string | null;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '138****5678', description: 'A mobile is masked; a landline is not' }) contactPhone!: string | null;
  @ApiProperty({ nullable: true, enum: SCHOOL_KINDS, type: String }) schoolKind!: string | null;
  @ApiProperty({ type: [String], enum: SCHOOL_STAGES }) stages!: string[];
  @ApiProperty({ nullable: true, enum: SCHOOL_SETTINGS, type: String }) setting!: string | null;
  @ApiProperty({ nullable: true, enum: SCHOOL_TIERS, type: String }) tier!: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) boarding!: boolean | null;
  @ApiProperty({ nullable: true, type: Number }) studentCount!: number | null;
  @ApiProperty({ nullable: true, type: Number }) classCount!: number | null;
  @ApiProperty({ nullable: true, type: Number }) teacherCount!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '科任教师' }) subjectTeacherCount!: number | null;
  @ApiProperty({ type: [String], enum: SUBJECTS, description: '短缺学科' }) shortageSubjects!: string[];
  @ApiProperty({ nullable: true, type: Boolean, description: '开齐开足' }) fullCurriculum!: boolean | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Current teacher records employed by it (人事关系)' }) teacherRecords!: number;
}

export class OrganisationDetailDto extends OrganisationDto {
  @ApiProperty({ type: [OrganisationRefDto], description: 'The organisations it manages directly' }) managed!: OrganisationRefDto[];
  @ApiProperty({ type: [OrganisationRegionRefDto], description: 'The regions from the top down to where it is located' }) regionAncestors!: OrganisationRegionRefDto[];
}

export class OrganisationPageDto {
  @ApiProperty({ type: [OrganisationDto] }) items!: OrganisationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

/** The fields a create and an edit share; every one may be omitted on an edit. */
export class OrganisationFieldsDto {
  @ApiPropertyOptional({ example: '示范一小' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(100)
  shortName?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(50)
  contactName?: string | null;

  @ApiPropertyOptional({ example: '0735-1234567', description: 'A mainland mobile or a landline (digits and "-", 7–13 characters)' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(20)
  contactPhone?: string | null;

  @ApiPropertyOptional({ enum: SCHOOL_KINDS, nullable: true })
  @IsOptional()
  @IsIn([...SCHOOL_KINDS])
  schoolKind?: SchoolKind | null;

  @ApiPropertyOptional({ type: [String], enum: SCHOOL_STAGES })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SCHOOL_STAGES.length)
  @IsIn([...SCHOOL_STAGES], { each: true })
  stages?: SchoolStage[];

  @ApiPropertyOptional({ enum: SCHOOL_SETTINGS, nullable: true })
  @IsOptional()
  @IsIn([...SCHOOL_SETTINGS])
  setting?: SchoolSetting | null;

  @ApiPropertyOptional({ enum: SCHOOL_TIERS, nullable: true })
  @IsOptional()
  @IsIn([...SCHOOL_TIERS])
  tier?: SchoolTier | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsBoolean()
  boarding?: boolean | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  studentCount?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  classCount?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  teacherCount?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  subjectTeacherCount?: number | null;

  @ApiPropertyOptional({ type: [String], enum: SUBJECTS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUBJECTS.length)
  @IsIn([...SUBJECTS], { each: true })
  shortageSubjects?: Subject[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsBoolean()
  fullCurriculum?: boolean | null;
}

export class CreateOrganisationDto extends OrganisationFieldsDto {
  @ApiProperty({ example: '4399010001' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  code!: string;

  @ApiProperty({ example: '示范县第一小学' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn([...ORGANISATION_KINDS])
  kind!: OrganisationKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Where it is (a township for a school); may be omitted for a donor with a manager given' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The region whose bureau manages it (default: the county at or above regionId)' })
  @IsOptional()
  @IsUUID()
  managerRegionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The organisation that manages it (a township central school for a teaching point)' })
  @IsOptional()
  @IsUUID()
  managerOrganisationId?: string;
}

export class UpdateOrganisationDto extends OrganisationFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn([...ORGANISATION_KINDS])
  kind?: OrganisationKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Give one manager to move it: it and everything under it are re-pathed' })
  @ValidateIf((o: UpdateOrganisationDto) => o.managerRegionId !== undefined)
  @IsUUID()
  managerRegionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: UpdateOrganisationDto) => o.managerOrganisationId !== undefined)
  @IsUUID()
  managerOrganisationId?: string;

  @ApiProperty({ description: 'The version the editor saw; a stale one answers 409' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  version!: number;
}
