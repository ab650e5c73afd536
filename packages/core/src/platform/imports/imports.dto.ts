import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../http/paging.js';
import { IMPORT_JOB_STATUSES } from './import-job.entity.js';

export const APPLY_MODES = ['all', 'skipInvalid'] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];

export class ImportJobCreatedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IMPORT_JOB_STATUSES, description: 'parsing at first; poll GET /api/imports/jobs/{id}' }) status!: string;
}

export class ImportProgressDto {
  @ApiProperty({ description: 'Data rows validated so far' }) processed!: number;
  @ApiProperty({ description: 'Data rows in the file (0 while parsing)' }) total!: number;
}

export class ImportCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() valid!: number;
  @ApiProperty() invalid!: number;
  @ApiProperty({ description: 'Valid rows that will create a record' }) toCreate!: number;
  @ApiProperty({ description: 'Valid rows whose natural key matches a record they will update' }) toUpdate!: number;
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty({ description: 'Invalid rows left out by an apply in skipInvalid mode' }) skipped!: number;
}

export class ImportMessageDto {
  @ApiProperty({ description: 'Stable code' }) code!: string;
  @ApiProperty({ description: "In the caller's language" }) message!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
}

export class ImportJobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() importerId!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the file, hex' }) fileSha256!: string | null;
  @ApiProperty() fileSize!: number;
  @ApiProperty({ enum: IMPORT_JOB_STATUSES }) status!: string;
  @ApiProperty({ type: ImportProgressDto }) progress!: ImportProgressDto;
  @ApiProperty({ type: ImportCountsDto }) counts!: ImportCountsDto;
  @ApiProperty({ type: Number, nullable: true, description: 'The row number of the header in the sheet' }) headerRow!: number | null;
  @ApiProperty({ type: [ImportMessageDto] }) warnings!: ImportMessageDto[];
  @ApiProperty({ type: ImportMessageDto, nullable: true, description: 'Why the job failed (status failed or applyFailed)' }) failure!: ImportMessageDto | null;
  @ApiProperty({ enum: APPLY_MODES, nullable: true }) applyMode!: ApplyMode | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}

export class ImportRowErrorDto {
  @ApiProperty({ type: String, nullable: true, description: 'Column key; null for the row as a whole' }) column!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The column's header in the caller's language" }) header!: string | null;
  @ApiProperty() code!: string;
  @ApiProperty({ description: "In the caller's language" }) message!: string;
}

export class ImportRowDto {
  @ApiProperty({ description: 'The spreadsheet row number the user sees' }) rowNumber!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Cell texts by column key (personal numbers masked)' }) values!: Record<string, string>;
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: String, enum: ['create', 'update'], nullable: true }) action!: 'create' | 'update' | null;
  @ApiProperty({ type: [ImportRowErrorDto] }) errors!: ImportRowErrorDto[];
}

export class ImportRowsPageDto {
  @ApiProperty({ type: [ImportRowDto] }) items!: ImportRowDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ImportRowsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only rows with errors' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value))
  @IsBoolean()
  errorsOnly?: boolean;
}

export class ApplyImportDto {
  @ApiProperty({ enum: APPLY_MODES, description: 'all: every row or none (422 while any row is invalid); skipInvalid: the valid rows only' })
  @IsIn(APPLY_MODES)
  mode!: ApplyMode;
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}
