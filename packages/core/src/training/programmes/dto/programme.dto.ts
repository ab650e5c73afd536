import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { DirectoryListQueryDto } from '../../../directory/common/list-query.js';
import { IsCalendarDate } from '../../../directory/common/validators.js';
import { AUDIENCES, PROGRAMME_LEVELS, PROGRAMME_TYPES, type Audience, type ProgrammeLevel, type ProgrammeType } from '../../rules/vocab.js';

export class ListProgrammesQueryDto extends DirectoryListQueryDto {
  @ApiPropertyOptional({ enum: PROGRAMME_LEVELS }) @IsOptional() @IsIn(PROGRAMME_LEVELS) level?: ProgrammeLevel;
  @ApiPropertyOptional({ enum: PROGRAMME_TYPES }) @IsOptional() @IsIn(PROGRAMME_TYPES) type?: ProgrammeType;
  @ApiPropertyOptional({ description: 'Programmes whose period overlaps this calendar year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;
  @ApiPropertyOptional({ format: 'date', description: 'Programmes whose period overlaps from … to' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The centre or bureau that runs it' }) @IsOptional() @IsUUID() ownerOrganisationId?: string;
  @ApiPropertyOptional({ enum: AUDIENCES }) @IsOptional() @IsIn(AUDIENCES) audience?: Audience;
}

/** A programme (培训项目); the budget is in fen. */
export class CreateProgrammeDto {
  @ApiProperty({ example: '2026年示范县送培到校项目' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ enum: PROGRAMME_LEVELS }) @IsIn(PROGRAMME_LEVELS) level!: ProgrammeLevel;
  @ApiProperty({ enum: PROGRAMME_TYPES }) @IsIn(PROGRAMME_TYPES) type!: ProgrammeType;
  @ApiProperty({ format: 'uuid', description: 'The training centre or bureau that runs it, within the caller’s scope' }) @IsUUID() ownerOrganisationId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: '承办院校 when it is in the directory (any organisation)' })
  @IsOptional()
  @IsUUID()
  hostOrganisationId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '承办院校 as written when it is not in the directory' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  hostName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'In fen (分), a whole number' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  budget?: number | null;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() startsOn!: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() endsOn!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
  @ApiPropertyOptional({ enum: AUDIENCES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AUDIENCES.length)
  @IsIn(AUDIENCES, { each: true })
  audiences?: Audience[];
}

export class UpdateProgrammeDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @ValidateIf((o: UpdateProgrammeDto) => o.name !== undefined) @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: PROGRAMME_LEVELS }) @ValidateIf((o: UpdateProgrammeDto) => o.level !== undefined) @IsIn(PROGRAMME_LEVELS) level?: ProgrammeLevel;
  @ApiPropertyOptional({ enum: PROGRAMME_TYPES }) @ValidateIf((o: UpdateProgrammeDto) => o.type !== undefined) @IsIn(PROGRAMME_TYPES) type?: ProgrammeType;
  @ApiPropertyOptional({ format: 'uuid' }) @ValidateIf((o: UpdateProgrammeDto) => o.ownerOrganisationId !== undefined) @IsUUID() ownerOrganisationId?: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() hostOrganisationId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) hostName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'In fen (分)' }) @IsOptional() @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) budget?:
    number | null;
  @ApiPropertyOptional({ format: 'date' }) @ValidateIf((o: UpdateProgrammeDto) => o.startsOn !== undefined) @IsCalendarDate() startsOn?: string;
  @ApiPropertyOptional({ format: 'date' }) @ValidateIf((o: UpdateProgrammeDto) => o.endsOn !== undefined) @IsCalendarDate() endsOn?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
  @ApiPropertyOptional({ enum: AUDIENCES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AUDIENCES.length)
  @IsIn(AUDIENCES, { each: true })
  audiences?: Audience[];
}

export class ProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROGRAMME_LEVELS }) level!: ProgrammeLevel;
  @ApiProperty({ enum: PROGRAMME_TYPES }) type!: ProgrammeType;
  @ApiProperty({ format: 'uuid' }) ownerOrganisationId!: string;
  @ApiProperty() ownerName!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) hostOrganisationId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The host’s name: the organisation’s when one is linked, else as written' }) hostName!:
    string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'In fen (分)' }) budget!: number | null;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: AUDIENCES, isArray: true }) audiences!: Audience[];
  @ApiProperty({ description: 'Sessions of the programme (cancelled ones included)' }) sessionCount!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class ProgrammePageDto {
  @ApiProperty({ type: [ProgrammeDto] }) items!: ProgrammeDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
