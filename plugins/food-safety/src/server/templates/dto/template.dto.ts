import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { ITEM_WEIGHT_MAX, ITEM_WEIGHT_MIN, SEVERITIES, type Severity } from '../../../shared/rules/index.js';
import { CONTENT_CODE_MAX, DEFECT_CODES, TEMPLATE_CODE_PATTERN, TEMPLATE_PURPOSES, type DefectCode, type TemplatePurpose } from '../vocab.js';

export const MAX_AREAS = 30;
export const MAX_ITEMS_PER_AREA = 100;

export class ListTemplatesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TEMPLATE_PURPOSES }) @IsOptional() @IsIn(TEMPLATE_PURPOSES) purpose?: TemplatePurpose;
  @ApiPropertyOptional({ description: 'Name or code, by characters' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ['false', 'true', 'all'], default: 'false', description: 'false: current templates; true: archived only; all: both' })
  @IsOptional()
  @IsIn(['false', 'true', 'all'])
  archived?: 'false' | 'true' | 'all';
}

export class TemplateItemInputDto {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'An item of the current version keeps its code; leave empty for a new item' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTENT_CODE_MAX)
  code?: string | null;
  @ApiProperty({ example: '冷藏设备内生熟食品分开存放，无生熟混放' }) @IsString() @MinLength(1) @MaxLength(500) text!: string;
  @ApiProperty({ enum: SEVERITIES }) @IsIn(SEVERITIES) severity!: Severity;
  @ApiProperty({ minimum: ITEM_WEIGHT_MIN, maximum: ITEM_WEIGHT_MAX, description: 'Whole number: the item’s share of the score' })
  @IsInt()
  @Min(ITEM_WEIGHT_MIN)
  @Max(ITEM_WEIGHT_MAX)
  weight!: number;
  @ApiPropertyOptional({ nullable: true, enum: DEFECT_CODES, description: 'The known defect this item finds' })
  @IsOptional()
  @IsIn(DEFECT_CODES)
  defectCode?: DefectCode | null;
}

export class TemplateAreaInputDto {
  @ApiPropertyOptional({ nullable: true, type: String, description: 'An area of the current version keeps its code; leave empty for a new area' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTENT_CODE_MAX)
  code?: string | null;
  @ApiProperty({ example: '索证索票/贮存' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ type: [TemplateItemInputDto] })
  @IsArray()
  @ArrayMaxSize(MAX_ITEMS_PER_AREA)
  @ValidateNested({ each: true })
  @Type(() => TemplateItemInputDto)
  items!: TemplateItemInputDto[];
}

export class CreateTemplateDto {
  @ApiPropertyOptional({
    description: 'Lower-case letters, digits and hyphens; made up when left out. Area and item codes start with it',
    example: 'county-spring',
  })
  @IsOptional()
  @IsString()
  @Matches(TEMPLATE_CODE_PATTERN, { context: { code: 'foodSafety.template.codeFormat' } })
  code?: string;
  @ApiProperty({ example: '春季学校食堂专项检查表' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ enum: TEMPLATE_PURPOSES }) @IsIn(TEMPLATE_PURPOSES) purpose!: TemplatePurpose;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Note of version 1' }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
  @ApiProperty({ type: [TemplateAreaInputDto] })
  @IsArray()
  @ArrayMaxSize(MAX_AREAS)
  @ValidateNested({ each: true })
  @Type(() => TemplateAreaInputDto)
  areas!: TemplateAreaInputDto[];
}

/**
 * An edit. With `areas`, the content is replaced by what they say: in place while no record has used
 * the current version, else as the next version (the answer's currentVersion.number tells which).
 */
export class UpdateTemplateDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @ValidateIf((o: UpdateTemplateDto) => o.name !== undefined) @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'What changed: kept on the version the edit writes' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
  @ApiPropertyOptional({ type: [TemplateAreaInputDto] })
  @ValidateIf((o: UpdateTemplateDto) => o.areas !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_AREAS)
  @ValidateNested({ each: true })
  @Type(() => TemplateAreaInputDto)
  areas?: TemplateAreaInputDto[];
}

export class TemplateItemDto {
  @ApiProperty({ format: 'uuid', description: 'Changes when an unused version is edited in place: refer to items by code' }) id!: string;
  @ApiProperty({ description: 'Stable across versions' }) code!: string;
  @ApiProperty() areaCode!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: SEVERITIES }) severity!: Severity;
  @ApiProperty() weight!: number;
  @ApiProperty({ description: 'Order within the area, from 1' }) position!: number;
  @ApiProperty({ nullable: true, enum: DEFECT_CODES }) defectCode!: DefectCode | null;
}

export class TemplateAreaDto {
  @ApiProperty({ description: 'Stable across versions' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Order, from 1' }) position!: number;
  @ApiProperty({ type: [TemplateItemDto] }) items!: TemplateItemDto[];
}

/** One version with its areas and items (what an inspection or routine record fills in). */
export class TemplateVersionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) templateId!: string;
  @ApiProperty() templateCode!: string;
  @ApiProperty() templateName!: string;
  @ApiProperty({ enum: TEMPLATE_PURPOSES }) purpose!: TemplatePurpose;
  @ApiProperty({ description: '第 N 版' }) number!: number;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ description: 'Whether this is the template’s current version' }) current!: boolean;
  @ApiProperty({ description: 'Whether the template is archived (new records should not use it)' }) templateArchived!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When a record first used it; a used version never changes' }) usedAt!:
    string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) createdByName!: string | null;
  @ApiProperty() itemCount!: number;
  @ApiProperty({ description: 'Sum of the item weights' }) totalWeight!: number;
  @ApiProperty({ type: [TemplateAreaDto] }) areas!: TemplateAreaDto[];
}

export class TemplateVersionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() current!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) usedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) createdByName!: string | null;
  @ApiProperty() areaCount!: number;
  @ApiProperty() itemCount!: number;
}

export class TemplateVersionListDto {
  @ApiProperty({ type: [TemplateVersionSummaryDto], description: 'Newest first' }) items!: TemplateVersionSummaryDto[];
}

export class TemplateSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: TEMPLATE_PURPOSES }) purpose!: TemplatePurpose;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ description: 'Installed with the plugin (系统内置)' }) shipped!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) currentVersionId!: string | null;
  @ApiProperty() currentVersionNumber!: number;
  @ApiProperty({ description: 'Whether a record has used the current version: an edit of the content then makes the next version' })
  currentVersionUsed!: boolean;
  @ApiProperty() areaCount!: number;
  @ApiProperty() itemCount!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class TemplatePageDto {
  @ApiProperty({ type: [TemplateSummaryDto] }) items!: TemplateSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class TemplateDetailDto extends TemplateSummaryDto {
  @ApiProperty({ type: TemplateVersionDto }) currentVersion!: TemplateVersionDto;
}

class VocabNameDto {
  @ApiProperty({ name: 'zh-CN', example: '关键项' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'Critical' }) en!: string;
}

export class TemplateVocabEntryDto {
  @ApiProperty({ example: 'critical' }) code!: string;
  @ApiProperty({ type: VocabNameDto }) name!: VocabNameDto;
}

export class TemplateVocabulariesDto {
  @ApiProperty({ type: [TemplateVocabEntryDto] }) purposes!: TemplateVocabEntryDto[];
  @ApiProperty({ type: [TemplateVocabEntryDto] }) severities!: TemplateVocabEntryDto[];
  @ApiProperty({ type: [TemplateVocabEntryDto] }) defects!: TemplateVocabEntryDto[];
}
