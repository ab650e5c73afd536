import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/decorators.js';
import type { ImportColumn } from './extension-points.js';
import { ExtensionRegistry } from './extension-registry.js';

const LOCALIZED = { type: 'object', properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } } } as const;

export class ImportColumnDto {
  @ApiProperty() key!: string;
  @ApiProperty(LOCALIZED) header!: Record<string, string>;
  @ApiPropertyOptional({ type: [String], description: 'Other header spellings the file may use' }) aliases?: string[];
  @ApiPropertyOptional() required?: boolean;
  @ApiPropertyOptional() example?: string;
  @ApiPropertyOptional(LOCALIZED) description?: Record<string, string>;
}

export class ImporterDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The core context or plugin that offers it' }) owner!: string;
  @ApiProperty({ description: 'i18n message key' }) title!: string;
  @ApiProperty({ type: [ImportColumnDto] }) columns!: ImportColumnDto[];
}

export class ImportersDto {
  @ApiProperty({ type: [ImporterDto] }) items!: ImporterDto[];
}

/** A column as the admin sees it (what the engine matches on; the mask function stays on the server). */
function columnDto(c: ImportColumn): ImportColumnDto {
  return {
    key: c.key,
    header: { ...c.header },
    ...(c.aliases?.length ? { aliases: [...c.aliases] } : {}),
    ...(c.required !== undefined ? { required: c.required } : {}),
    ...(c.example !== undefined ? { example: c.example } : {}),
    ...(c.description ? { description: { ...c.description } } : {}),
  };
}

/** The importers of the enabled modules that the caller may run (the generic import page lists them). */
@ApiTags('imports')
@ApiCookieAuth()
@Controller('imports')
export class ImportersController {
  constructor(private readonly registry: ExtensionRegistry) {}

  @Get('importers')
  @ApiOkResponse({ type: ImportersDto })
  list(@CurrentActor() actor: Actor): ImportersDto {
    const items = this.registry
      .importers()
      .filter(({ instance }) => actor.permissions.has(instance.permission))
      .map(({ owner, instance }) => ({ id: instance.id, owner, title: instance.title, columns: instance.columns.map(columnDto) }));
    return { items };
  }
}
