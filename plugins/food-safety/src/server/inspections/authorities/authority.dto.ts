import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';

/** Printed before 〔year〕第NNN号: Chinese characters, letters and digits, no brackets. */
export const NUMBER_PREFIX_PATTERN = /^[^\s〔〕[\]()（）]{1,50}$/;

export class ListAuthoritiesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'true: active only (the pickers); false: inactive only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

/** An issuing authority 签发机关 of opinion letters. */
export class CreateAuthorityDto {
  @ApiProperty({ example: '某某县市场监督管理局餐饮服务监督所' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: '某监餐意', description: 'Letters are numbered 〈prefix〉〔2026〕第015号' })
  @IsString()
  @Matches(NUMBER_PREFIX_PATTERN)
  numberPrefix!: string;
  @ApiProperty({ format: 'uuid', description: 'The region it serves, within the caller’s scope' }) @IsUUID() regionId!: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateAuthorityDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional() @ValidateIf((o: UpdateAuthorityDto) => o.name !== undefined) @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ description: 'Letters already issued keep their numbers' })
  @ValidateIf((o: UpdateAuthorityDto) => o.numberPrefix !== undefined)
  @IsString()
  @Matches(NUMBER_PREFIX_PATTERN)
  numberPrefix?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @ValidateIf((o: UpdateAuthorityDto) => o.regionId !== undefined) @IsUUID() regionId?: string;
  @ApiPropertyOptional() @ValidateIf((o: UpdateAuthorityDto) => o.active !== undefined) @IsBoolean() active?: boolean;
}

export class AuthorityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() numberPrefix!: string;
  @ApiProperty({ format: 'uuid' }) regionId!: string;
  @ApiProperty() regionName!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Letters issued in its name, all years' }) letterCount!: number;
  @ApiProperty({ description: 'How the next letter of this year would be numbered' }) nextNumber!: string;
  @ApiProperty() version!: number;
}

export class AuthorityPageDto {
  @ApiProperty({ type: [AuthorityDto] }) items!: AuthorityDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
