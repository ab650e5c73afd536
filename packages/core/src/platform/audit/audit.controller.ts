import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor.js';
import { CurrentActor, RequirePermission } from '../access/decorators.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { AUDIT_READ, AuditQueryService } from './audit-query.service.js';
import { AuditEntryDto, AuditPageDto, ListAuditQueryDto } from './dto/audit.dto.js';
import './messages.js';

function entryDto(e: AuditEntry): AuditEntryDto {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    scopePath: e.scopePath,
    before: e.before ?? null,
    after: e.after ?? null,
    bulk: e.bulk ?? null,
    requestId: e.requestId,
    ip: e.ip,
  };
}

@ApiTags('audit')
@ApiCookieAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @RequirePermission(AUDIT_READ)
  @ApiOkResponse({ type: AuditPageDto, description: 'Newest first, within the reader\'s scope' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListAuditQueryDto): Promise<AuditPageDto> {
    const page = await this.audit.list(actor, query);
    return { ...page, items: page.items.map(entryDto) };
  }

  @Get(':id')
  @RequirePermission(AUDIT_READ)
  @ApiOkResponse({ type: AuditEntryDto })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<AuditEntryDto> {
    return entryDto(await this.audit.get(actor, id));
  }
}
