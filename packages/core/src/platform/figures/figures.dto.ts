import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { FIGURE_UNITS } from '../plugins/extension-points.js';

export class FiguresQueryDto {
  @ApiPropertyOptional({ description: 'Region (or organisation) id or code; default the caller’s single region or organisation scope', example: '439901' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  region?: string;

  @ApiProperty({ description: 'Calendar year 2026, school year sy2026, term 2026-autumn, or range 2026-03-01..2026-06-30', example: '2026' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  period?: string;
}

export class ReportRegionDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['region', 'organisation'] }) kind!: 'region' | 'organisation';
}

export class ReportPeriodDto {
  @ApiProperty({ enum: ['calendarYear', 'schoolYear', 'term', 'range'] }) kind!: string;
  @ApiProperty({ description: 'The period as written in URLs', example: '2026-autumn' }) text!: string;
  @ApiProperty({ example: '2026-09-01' }) from!: string;
  @ApiProperty({ example: '2027-01-31' }) to!: string;
  @ApiProperty({ description: 'In the caller’s language', example: '2026年秋季学期' }) label!: string;
}

export class FigureDto {
  @ApiProperty({ example: 'foodSafety.canteensInspected' }) key!: string;
  @ApiProperty({ description: 'i18n message key' }) label!: string;
  @ApiProperty({ description: 'Counts as integers, money in fen' }) value!: number;
  @ApiProperty({ enum: FIGURE_UNITS }) unit!: string;
  @ApiPropertyOptional({ description: 'i18n key of the measure word (家, 份, 所, 辆次, 期)' }) measure?: string;
  @ApiPropertyOptional({ description: 'The key of the total this figure is part of' }) partsOf?: string;
  @ApiPropertyOptional({ description: 'Which split of the total (default "default")' }) partition?: string;
  @ApiPropertyOptional({ description: '其中: the key of the figure this one is included in' }) subsetOf?: string;
  @ApiProperty({ enum: ['computed', 'entered'] }) source!: string;
  @ApiPropertyOptional({ description: 'Admin link to the rows behind the figure' }) drill?: string;
}

export class ReportTableColumnDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiPropertyOptional({ enum: FIGURE_UNITS }) unit?: string;
}

export class ReportTableDto {
  @ApiProperty() key!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [ReportTableColumnDto] }) columns!: ReportTableColumnDto[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } } })
  rows!: Record<string, string | number>[];
}

export class ReportSectionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The core context or plugin that contributes the section' }) owner!: string;
  @ApiProperty() title!: string;
  @ApiProperty() order!: number;
  @ApiPropertyOptional({ type: [FigureDto] }) figures?: FigureDto[];
  @ApiPropertyOptional({ type: [ReportTableDto] }) tables?: ReportTableDto[];
  @ApiPropertyOptional({ description: 'The section failed; the error is logged with the request id' }) error?: true;
}

export class TotalCheckDto {
  @ApiProperty({ enum: ['partition', 'subset'] }) kind!: string;
  @ApiProperty({ description: 'Key of the total figure' }) total!: string;
  @ApiPropertyOptional() partition?: string;
  @ApiProperty({ type: [String] }) parts!: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'The total’s value; null when it is missing' }) expected!: number | null;
  @ApiProperty() actual!: number;
  @ApiProperty() ok!: boolean;
  @ApiPropertyOptional({ enum: ['sum', 'exceeds', 'missingTotal', 'unitMismatch', 'selfReference'] }) reason?: string;
}

export class FiguresReportDto {
  @ApiProperty({ type: ReportRegionDto }) region!: ReportRegionDto;
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  @ApiProperty({ type: [ReportSectionDto] }) sections!: ReportSectionDto[];
  @ApiProperty({ type: [TotalCheckDto] }) checks!: TotalCheckDto[];
  @ApiProperty({ type: [TotalCheckDto], description: 'The failing checks' }) mismatches!: TotalCheckDto[];
}
