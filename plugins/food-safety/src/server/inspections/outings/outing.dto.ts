import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@schoolbridge/core';
import { IsCalendarDate } from '../common/validators.js';
import { OUTING_ROLES, type OutingRole } from '../vocab.js';

export const OUTING_MEMBERS_MAX = 30;

export class ListOutingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Outings on or after' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Outings on or before' }) @IsOptional() @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Outings with this user in the team' }) @IsOptional() @IsUUID() memberUserId?: string;
}

/** A member of the team: a user, or a person of another agency by name. */
export class OutingMemberInputDto {
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The member’s account, if they have one' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
  @ApiPropertyOptional({ description: 'Required without userId; with one, defaults to the user’s display name', example: '王建国' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '县市场监督管理局餐饮服务监督所' }) @IsOptional() @IsString() @MaxLength(200) agency?:
    string | null;
  @ApiProperty({ enum: OUTING_ROLES }) @IsIn(OUTING_ROLES) role!: OutingRole;
}

export class CreateOutingDto {
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string | null;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() outingOn!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the campaign’s region; required without a campaign' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
  @ApiProperty({ description: 'Vehicles used (辆次)', minimum: 0 }) @IsInt() @Min(0) @Max(50) vehicles!: number;
  @ApiPropertyOptional({ nullable: true, type: String, example: '陕C·12345' }) @IsOptional() @IsString() @MaxLength(200) vehiclePlates?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
  @ApiProperty({ type: [OutingMemberInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(OUTING_MEMBERS_MAX)
  @ValidateNested({ each: true })
  @Type(() => OutingMemberInputDto)
  members!: OutingMemberInputDto[];
}

export class UpdateOutingDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) version!: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) @IsOptional() @IsUUID() campaignId?: string | null;
  @ApiPropertyOptional({ format: 'date' }) @ValidateIf((o: UpdateOutingDto) => o.outingOn !== undefined) @IsCalendarDate() outingOn?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @ValidateIf((o: UpdateOutingDto) => o.regionId !== undefined) @IsUUID() regionId?: string;
  @ApiPropertyOptional() @ValidateIf((o: UpdateOutingDto) => o.vehicles !== undefined) @IsInt() @Min(0) @Max(50) vehicles?: number;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(200) vehiclePlates?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
  @ApiPropertyOptional({ type: [OutingMemberInputDto], description: 'Replaces the whole team' })
  @ValidateIf((o: UpdateOutingDto) => o.members !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(OUTING_MEMBERS_MAX)
  @ValidateNested({ each: true })
  @Type(() => OutingMemberInputDto)
  members?: OutingMemberInputDto[];
}

export class OutingMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) agency!: string | null;
  @ApiProperty({ enum: OUTING_ROLES }) role!: OutingRole;
}

export class OutingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) campaignId!: string | null;
  @ApiProperty({ nullable: true, type: String }) campaignName!: string | null;
  @ApiProperty({ format: 'date' }) outingOn!: string;
  @ApiProperty({ format: 'uuid' }) regionId!: string;
  @ApiProperty() regionName!: string;
  @ApiProperty() vehicles!: number;
  @ApiProperty({ nullable: true, type: String }) vehiclePlates!: string | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ type: [OutingMemberDto] }) members!: OutingMemberDto[];
  @ApiProperty({ description: 'Inspections made on the outing (drafts included)' }) inspectionCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class OutingPageDto {
  @ApiProperty({ type: [OutingDto] }) items!: OutingDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
