import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../http/paging.js';

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only unread; false: only read; omitted: all' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'training.waitlistPromoted' }) type!: string;
  @ApiProperty({ description: "In the caller's language" }) title!: string;
  @ApiProperty({ nullable: true, type: String, description: "In the caller's language" }) body!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '/training/sessions/0190…' }) link!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) data!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt!: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Unread notifications of the caller, whatever the filter' }) unreadCount!: number;
}

export class ReadAllResultDto {
  @ApiProperty({ description: 'How many notifications were marked read' }) updated!: number;
}
