import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';
import { isDateOrInstant } from '../rules/time-range.js';
import { PageQueryDto } from '../../http/paging.js';

/** A calendar date in the deployment's time zone (`2026-11-20`) or an instant (`2026-11-20T08:00:00Z`). */
function IsDateOrInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isDateOrInstant', validator: { validate: (v) => isDateOrInstant(v), defaultMessage: buildMessage((p) => `${p}$property must be a date or an instant`, options) } },
    { ...options, context: { code: 'validation.dateOrInstant' } },
  );
}

export class ListAuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'platform.user.resetPassword' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ example: 'platform.user' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'From this date (in the deployment time zone) or instant on', example: '2026-11-01' })
  @IsOptional()
  @IsDateOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Up to and including this date (in the deployment time zone) or instant', example: '2026-11-30' })
  @IsOptional()
  @IsDateOrInstant()
  to?: string;
}

export class AuditBulkDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { created: 120, updated: 3, skipped: 2 } })
  counts!: Record<string, number>;

  @ApiPropertyOptional({ description: 'SHA-256 of the imported file' })
  fileHash?: string;

  @ApiPropertyOptional({ type: [String], description: 'Ids of the rows the job touched' })
  ids?: string[];
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty({ example: 'platform.user.resetPassword' }) action!: string;
  @ApiProperty({ example: 'platform.user' }) entityType!: string;
  @ApiProperty({ nullable: true, type: String }) entityId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '/43/4399/439901/' }) scopePath!: string | null;
  @ApiProperty({ nullable: true, description: 'The row before the write (secrets left out)' }) before!: unknown;
  @ApiProperty({ nullable: true, description: 'The row after the write (secrets left out)' }) after!: unknown;
  @ApiProperty({ nullable: true, type: AuditBulkDto }) bulk!: AuditBulkDto | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
