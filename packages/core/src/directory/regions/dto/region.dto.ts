import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { REGION_KINDS, type RegionKind } from '../../../platform/regions/region.entity.js';
import { DirectoryListQueryDto } from '../../common/list-query.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListDirectoryRegionsQueryDto extends DirectoryListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the regions directly under this one' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ enum: REGION_KINDS })
  @IsOptional()
  @IsIn([...REGION_KINDS])
  kind?: RegionKind;
}

export class ExportRegionsQueryDto extends ListDirectoryRegionsQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' }) @IsOptional() @IsIn(['xlsx', 'csv']) format?: 'xlsx' | 'csv';
}

export class RegionRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '439901' }) code!: string;
  @ApiProperty({ example: '示范县' }) name!: string;
  @ApiProperty({ enum: REGION_KINDS }) kind!: string;
}

export class DirectoryRegionDto extends RegionRefDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId!: string | null;
  @ApiProperty({ example: '/43/4399/439901/', description: 'The codes of the regions above and its own' }) path!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) archivedAt!: string | null;
  @ApiProperty({ description: 'Current (not archived) regions directly under it' }) childCount!: number;
  @ApiProperty({ description: 'Current organisations located in it or in a region under it, within the caller’s scope' }) organisationCount!: number;
  @ApiProperty() version!: number;
}

export class DirectoryRegionDetailDto extends DirectoryRegionDto {
  @ApiProperty({ type: [RegionRefDto], description: 'The regions above it, outermost first' }) ancestors!: RegionRefDto[];
}

export class DirectoryRegionPageDto {
  @ApiProperty({ type: [DirectoryRegionDto] }) items!: DirectoryRegionDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class CreateRegionDto {
  @ApiProperty({ example: '439901100', description: 'Division code: 2–12 digits starting with the parent’s code; kind `other`: 1–12 letters or digits' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(12)
  code!: string;

  @ApiProperty({ example: '城关镇' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: REGION_KINDS })
  @IsIn([...REGION_KINDS])
  kind!: RegionKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Omitted: a top-level region (administrators only)' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class UpdateRegionDto {
  @ApiPropertyOptional({ example: '城关镇' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: REGION_KINDS })
  @IsOptional()
  @IsIn([...REGION_KINDS])
  kind?: RegionKind;

  @ApiProperty({ description: 'The version the editor saw; a stale one answers 409' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  version!: number;
}
