import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ID_DOCUMENT_TYPES, type IdDocumentType } from '@schoolbridge/shared';
import { DirectoryListQueryDto } from '../../common/list-query.js';
import { IsCalendarDate, toBoolean } from '../../common/validators.js';
import {
  DIFFICULTY_CATEGORIES,
  GENDERS,
  GRADES,
  REGISTRATION_ORIGINS,
  STUDENT_STATUSES,
  type DifficultyCategory,
  type Gender,
  type Grade,
  type RegistrationOrigin,
  type StudentStatus,
} from '../../rules/vocab.js';

export class ListStudentsQueryDto extends DirectoryListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() schoolId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Schools located in this region (a township, a county)' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ enum: GRADES }) @IsOptional() @IsIn(GRADES) grade?: Grade;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) className?: string;
  @ApiPropertyOptional({ enum: STUDENT_STATUSES }) @IsOptional() @IsIn(STUDENT_STATUSES) status?: StudentStatus;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS) gender?: Gender;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @Transform(toBoolean) @IsBoolean() boarding?: boolean;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @Transform(toBoolean) @IsBoolean() disability?: boolean;
  @ApiPropertyOptional({ enum: DIFFICULTY_CATEGORIES, description: 'Holding this difficulty category today' }) @IsOptional() @IsIn(DIFFICULTY_CATEGORIES) difficulty?: DifficultyCategory;
  @ApiPropertyOptional({ enum: REGISTRATION_ORIGINS }) @IsOptional() @IsIn(REGISTRATION_ORIGINS) registrationOrigin?: RegistrationOrigin;
}

export class ExportStudentsQueryDto extends ListStudentsQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' }) @IsOptional() @IsIn(['xlsx', 'csv']) format?: 'xlsx' | 'csv';
}

export class CreateStudentDto {
  @ApiProperty({ example: '李小明' }) @IsString() @MinLength(1) @MaxLength(50) name!: string;
  @ApiPropertyOptional({ enum: GENDERS, description: 'Defaults from the ID number' }) @IsOptional() @IsIn(GENDERS) gender?: Gender;
  @ApiPropertyOptional({ enum: ID_DOCUMENT_TYPES, default: 'resident_id' }) @IsOptional() @IsIn(ID_DOCUMENT_TYPES) idType?: IdDocumentType;
  @ApiProperty() @IsString() @MaxLength(32) idNumber!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '学籍号; defaults to "G" + the ID number for a resident ID card' }) @IsOptional() @IsString() @MaxLength(32) registryNumber?: string | null;
  @ApiProperty({ format: 'uuid' }) @IsUUID() schoolId!: string;
  @ApiProperty({ enum: GRADES }) @IsIn(GRADES) grade!: Grade;
  @ApiPropertyOptional({ nullable: true, type: String, example: '3班' }) @IsOptional() @IsString() @MaxLength(32) className?: string | null;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() boarding?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() disability?: boolean;
  @ApiPropertyOptional({ enum: REGISTRATION_ORIGINS, default: 'local' }) @IsOptional() @IsIn(REGISTRATION_ORIGINS) registrationOrigin?: RegistrationOrigin;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) guardianMobile?: string | null;
  @ApiPropertyOptional({ enum: STUDENT_STATUSES, default: 'enrolled' }) @IsOptional() @IsIn(STUDENT_STATUSES) status?: StudentStatus;
}

export class UpdateStudentDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(50) name?: string;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS) gender?: Gender;
  @ApiPropertyOptional({ enum: ID_DOCUMENT_TYPES }) @IsOptional() @IsIn(ID_DOCUMENT_TYPES) idType?: IdDocumentType;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) idNumber?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(32) registryNumber?: string | null;
  @ApiPropertyOptional({ format: 'uuid', description: 'A transfer within the caller’s scope' }) @IsOptional() @IsUUID() schoolId?: string;
  @ApiPropertyOptional({ enum: GRADES }) @IsOptional() @IsIn(GRADES) grade?: Grade;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(32) className?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() boarding?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() disability?: boolean;
  @ApiPropertyOptional({ enum: REGISTRATION_ORIGINS }) @IsOptional() @IsIn(REGISTRATION_ORIGINS) registrationOrigin?: RegistrationOrigin;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) guardianMobile?: string | null;
  @ApiPropertyOptional({ enum: STUDENT_STATUSES }) @IsOptional() @IsIn(STUDENT_STATUSES) status?: StudentStatus;
}

export class AddDifficultyDto {
  @ApiProperty({ enum: DIFFICULTY_CATEGORIES }) @IsIn(DIFFICULTY_CATEGORIES) category!: DifficultyCategory;
  @ApiProperty({ example: '民政部门', description: 'Who certified it' }) @IsString() @MinLength(1) @MaxLength(100) source!: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() startDate!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() endDate?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) note?: string | null;
}

export class EndDifficultyDto {
  @ApiProperty({ format: 'date', description: 'Last day (inclusive)' }) @IsCalendarDate() endDate!: string;
}

export class DifficultyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DIFFICULTY_CATEGORIES }) category!: DifficultyCategory;
  @ApiProperty() source!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

export class StudentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: GENDERS }) gender!: Gender;
  @ApiProperty({ enum: ID_DOCUMENT_TYPES }) idType!: IdDocumentType;
  @ApiProperty({ description: 'Masked' }) idNumber!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Masked' }) registryNumber!: string | null;
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ enum: GRADES }) grade!: Grade;
  @ApiProperty({ nullable: true, type: String }) className!: string | null;
  @ApiProperty() boarding!: boolean;
  @ApiProperty() disability!: boolean;
  @ApiProperty({ enum: REGISTRATION_ORIGINS }) registrationOrigin!: RegistrationOrigin;
  @ApiProperty({ nullable: true, type: String, description: 'Masked' }) guardianMobile!: string | null;
  @ApiProperty({ enum: STUDENT_STATUSES }) status!: StudentStatus;
  @ApiProperty({ type: [DifficultyDto], description: 'Categories held today' }) currentDifficulties!: DifficultyDto[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty() version!: number;
}

export class StudentDetailDto extends StudentDto {
  @ApiProperty({ type: [DifficultyDto], description: 'Every dated category, newest first' }) difficulties!: DifficultyDto[];
}

export class StudentPageDto {
  @ApiProperty({ type: [StudentDto] }) items!: StudentDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class StudentRevealDto {
  @ApiProperty() idNumber!: string;
  @ApiProperty({ nullable: true, type: String }) registryNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) guardianMobile!: string | null;
}
