import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../http/paging.js';
import { REGION_KINDS } from '../region.entity.js';

/** What a picker shows of a region, or of an organisation a caller is scoped to. */
export class RegionNodeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '439901', description: 'Statistical division code of a region; an organisation’s own code' }) code!: string;
  @ApiProperty({ example: '示范县' }) name!: string;
  @ApiProperty({ enum: [...REGION_KINDS, 'organisation'], description: 'The region’s level, or `organisation` for an organisation scope' }) kind!: string;
  @ApiProperty({ example: '/43/4399/439901/', description: 'Materialised path: the codes of the regions above and the region’s own' }) path!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The region above (for an organisation: whoever manages it); null at the top' })
  parentId!: string | null;
  @ApiProperty({ description: 'Whether the region has regions under it (organisations never do here)' }) hasChildren!: boolean;
}

export class RegionRootsDto {
  @ApiProperty({ type: [RegionNodeDto], description: 'Where the caller’s role assignments start: the top-level regions for an administrator' })
  items!: RegionNodeDto[];
}

export class RegionPageDto {
  @ApiProperty({ type: [RegionNodeDto] }) items!: RegionNodeDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class RegionDetailDto extends RegionNodeDto {
  @ApiProperty({ type: [RegionNodeDto], description: 'The regions (and managing organisations) above it that lie within the caller’s scope, outermost first' })
  ancestors!: RegionNodeDto[];
}

export class ListRegionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'List the regions directly under this one; omitted: every region in the caller’s scope' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: 'Part of the name, or the start of the code', example: '示范' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(50)
  q?: string;
}
