import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/decorators.js';
import { RemindersService } from './reminders.service.js';

const TEXT_SCHEMA = { oneOf: [{ type: 'string' }, { type: 'object', properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } } }] };

export class ReminderDto {
  @ApiProperty({ description: 'Stable for the same thing on the same day' }) id!: string;
  @ApiProperty({ description: 'The reminder source it came from' }) source!: string;
  @ApiProperty({ description: 'The core context or plugin owning the source' }) owner!: string;
  @ApiProperty(TEXT_SCHEMA) title!: string | Record<string, string>;
  @ApiPropertyOptional(TEXT_SCHEMA) detail?: string | Record<string, string>;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-30' }) dueDate!: string | null;
  @ApiProperty({ enum: ['overdue', 'dueSoon', 'info'] }) severity!: string;
  @ApiPropertyOptional({ description: 'Admin path to act on it' }) link?: string;
}

export class FailedSourceDto {
  @ApiProperty() id!: string;
  @ApiProperty() owner!: string;
}

export class RemindersDto {
  @ApiProperty({ example: '2026-11-23' }) today!: string;
  @ApiProperty({ type: [ReminderDto], description: 'Overdue first, then by due date' }) items!: ReminderDto[];
  @ApiProperty({ type: [FailedSourceDto], description: 'Sources that failed (logged); their items are missing' }) failedSources!: FailedSourceDto[];
}

@ApiTags('reminders')
@ApiCookieAuth()
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @ApiOkResponse({ type: RemindersDto })
  async list(@CurrentActor() actor: Actor): Promise<RemindersDto> {
    return this.reminders.list(actor);
  }
}
