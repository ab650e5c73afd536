import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ID_DOCUMENT_TYPES, type IdDocumentType } from '@schoolbridge/shared';
import { DirectoryListQueryDto } from '../../common/list-query.js';
import { IsCalendarDate, toBoolean } from '../../common/validators.js';
import {
  ASSIGNMENT_KINDS,
  BACKBONE_LEVELS,
  GENDERS,
  HIRE_PROGRAMMES,
  SUBJECTS,
  TEACHER_STATUSES,
  TEACHER_TITLES,
  type AssignmentKind,
  type BackboneLevel,
  type Gender,
  type HireProgramme,
  type Subject,
  type TeacherStatus,
  type TeacherTitle,
} from '../../rules/vocab.js';

export class ListTeachersQueryDto extends DirectoryListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Employing school' }) @IsOptional() @IsUUID() schoolId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Employing schools located in this region (a township, a county)' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ enum: SUBJECTS }) @IsOptional() @IsIn(SUBJECTS) subject?: Subject;
  @ApiPropertyOptional({ enum: TEACHER_TITLES }) @IsOptional() @IsIn(TEACHER_TITLES) title?: TeacherTitle;
  @ApiPropertyOptional({ enum: BACKBONE_LEVELS }) @IsOptional() @IsIn(BACKBONE_LEVELS) backboneLevel?: BackboneLevel;
  @ApiPropertyOptional({ enum: TEACHER_STATUSES }) @IsOptional() @IsIn(TEACHER_STATUSES) status?: TeacherStatus;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS) gender?: Gender;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @Transform(toBoolean) @IsBoolean() rural?: boolean;
  @ApiPropertyOptional({ type: Boolean, description: 'Whether the teacher has an account' }) @IsOptional() @Transform(toBoolean) @IsBoolean() hasAccount?: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: 'The record linked to this account (a user page shows the person)' }) @IsOptional() @IsUUID() userId?: string;
}

export class ExportTeachersQueryDto extends ListTeachersQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' }) @IsOptional() @IsIn(['xlsx', 'csv']) format?: 'xlsx' | 'csv';
}

/** Fields a teacher is created with; every one but the name, ID number and school is optional. */
export class CreateTeacherDto {
  @ApiProperty({ example: '张三' }) @IsString() @MinLength(1) @MaxLength(50) name!: string;
  @ApiPropertyOptional({ enum: GENDERS, description: 'Defaults from the ID number' }) @IsOptional() @IsIn(GENDERS) gender?: Gender;
  @ApiPropertyOptional({ enum: ID_DOCUMENT_TYPES, default: 'resident_id' }) @IsOptional() @IsIn(ID_DOCUMENT_TYPES) idType?: IdDocumentType;
  @ApiProperty({ example: '439901198503121234' }) @IsString() @MaxLength(32) idNumber!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '13812345678' }) @IsOptional() @IsString() @MaxLength(20) mobile?: string | null;
  @ApiProperty({ format: 'uuid', description: 'Employing school (人事关系)' }) @IsUUID() schoolId!: string;
  @ApiPropertyOptional({ enum: SUBJECTS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsIn(SUBJECTS, { each: true }) subjects?: Subject[];
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(100) gradesTaught?: string | null;
  @ApiPropertyOptional({ enum: TEACHER_TITLES, nullable: true }) @IsOptional() @IsIn([...TEACHER_TITLES, null]) title?: TeacherTitle | null;
  @ApiPropertyOptional({ enum: BACKBONE_LEVELS, nullable: true }) @IsOptional() @IsIn([...BACKBONE_LEVELS, null]) backboneLevel?: BackboneLevel | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() backboneSince?: string | null;
  @ApiPropertyOptional({ description: 'Rural teacher (乡村教师); defaults from the school setting' }) @IsOptional() @IsBoolean() rural?: boolean;
  @ApiPropertyOptional({ enum: HIRE_PROGRAMMES, nullable: true }) @IsOptional() @IsIn([...HIRE_PROGRAMMES, null]) hireProgramme?: HireProgramme | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() hiredOn?: string | null;
  @ApiPropertyOptional({ enum: TEACHER_STATUSES, default: 'active' }) @IsOptional() @IsIn(TEACHER_STATUSES) status?: TeacherStatus;
}

export class UpdateTeacherDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(50) name?: string;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS) gender?: Gender;
  @ApiPropertyOptional({ enum: ID_DOCUMENT_TYPES }) @IsOptional() @IsIn(ID_DOCUMENT_TYPES) idType?: IdDocumentType;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) idNumber?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) mobile?: string | null;
  @ApiPropertyOptional({ enum: SUBJECTS, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsIn(SUBJECTS, { each: true }) subjects?: Subject[];
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(100) gradesTaught?: string | null;
  @ApiPropertyOptional({ enum: TEACHER_TITLES, nullable: true }) @IsOptional() @IsIn([...TEACHER_TITLES, null]) title?: TeacherTitle | null;
  @ApiPropertyOptional({ enum: BACKBONE_LEVELS, nullable: true }) @IsOptional() @IsIn([...BACKBONE_LEVELS, null]) backboneLevel?: BackboneLevel | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() backboneSince?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() rural?: boolean;
  @ApiPropertyOptional({ enum: HIRE_PROGRAMMES, nullable: true }) @IsOptional() @IsIn([...HIRE_PROGRAMMES, null]) hireProgramme?: HireProgramme | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() hiredOn?: string | null;
  @ApiPropertyOptional({ enum: TEACHER_STATUSES }) @IsOptional() @IsIn(TEACHER_STATUSES) status?: TeacherStatus;
}

export class MoveTeacherDto {
  @ApiProperty({ format: 'uuid', description: 'The new employing school' }) @IsUUID() schoolId!: string;
  @ApiProperty({ format: 'date', description: 'First day at the new school' }) @IsCalendarDate() date!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) note?: string | null;
}

const OTHER_KINDS = ASSIGNMENT_KINDS.filter((k) => k !== 'regular');

export class AddAssignmentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() schoolId!: string;
  @ApiProperty({ enum: OTHER_KINDS }) @IsIn(OTHER_KINDS) kind!: Exclude<AssignmentKind, 'regular'>;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() startDate!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) @IsOptional() @IsCalendarDate() endDate?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) note?: string | null;
}

export class EndAssignmentDto {
  @ApiProperty({ format: 'date', description: 'Last day (inclusive)' }) @IsCalendarDate() endDate!: string;
}

export class TeachingAssignmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS }) kind!: AssignmentKind;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

export class CurrentAssignmentDto {
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS }) kind!: AssignmentKind;
}

export class TeacherDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: GENDERS }) gender!: Gender;
  @ApiProperty({ enum: ID_DOCUMENT_TYPES }) idType!: IdDocumentType;
  @ApiProperty({ description: 'Masked: 439***********1234' }) idNumber!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Masked: 138****5678' }) mobile!: string | null;
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ enum: SUBJECTS, isArray: true }) subjects!: Subject[];
  @ApiProperty({ nullable: true, type: String }) gradesTaught!: string | null;
  @ApiProperty({ enum: TEACHER_TITLES, nullable: true }) title!: TeacherTitle | null;
  @ApiProperty({ enum: BACKBONE_LEVELS, nullable: true }) backboneLevel!: BackboneLevel | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) backboneSince!: string | null;
  @ApiProperty() rural!: boolean;
  @ApiProperty({ enum: HIRE_PROGRAMMES, nullable: true }) hireProgramme!: HireProgramme | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) hiredOn!: string | null;
  @ApiProperty({ enum: TEACHER_STATUSES }) status!: TeacherStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId!: string | null;
  @ApiProperty({ nullable: true, type: String }) username!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [CurrentAssignmentDto], description: 'Where the teacher teaches today' }) currentAssignments!: CurrentAssignmentDto[];
}

export class TeacherDetailDto extends TeacherDto {
  @ApiProperty({ type: [TeachingAssignmentDto], description: 'Every teaching assignment, newest first' }) assignments!: TeachingAssignmentDto[];
}

export class TeacherPageDto {
  @ApiProperty({ type: [TeacherDto] }) items!: TeacherDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class TeacherRevealDto {
  @ApiProperty() idNumber!: string;
  @ApiProperty({ nullable: true, type: String }) mobile!: string | null;
}

export const USERNAME_RULES = ['pinyin', 'mobile', 'idSuffix'] as const;
export type UsernameRule = (typeof USERNAME_RULES)[number];

export class CreateTeacherAccountsDto {
  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(2000) @IsUUID('all', { each: true }) teacherIds!: string[];
  @ApiProperty({
    enum: USERNAME_RULES,
    description: 'pinyin: full pinyin of the name, a number added on a clash (zhangsan, zhangsan2); mobile: the mobile number; idSuffix: pinyin initials + the last 6 characters of the ID number',
  })
  @IsIn(USERNAME_RULES)
  usernameRule!: UsernameRule;
}
