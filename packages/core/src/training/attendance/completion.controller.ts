import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
import { TRAINING_MANAGE, TRAINING_READ } from '../permissions.js';
import { CompletionService } from './completion.service.js';
import { CompletionRunDto, CreditOutboxPageDto, CreditOutboxQueryDto, SessionCompletionDto } from './dto/completion.dto.js';

/** Completion of sessions and the credit outbox (the hand-off to the credits module). */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training')
export class CompletionController {
  constructor(private readonly completion: CompletionService) {}

  @Post('sessions/:id/complete')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: CompletionRunDto, description: 'From running (or published after its last day); 409 naming the allowed statuses otherwise' })
  complete(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CompletionRunDto> {
    return this.completion.complete(actor, id);
  }

  @Post('sessions/:id/completion/recompute')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: CompletionRunDto, description: 'Idempotent: writes only the awards and reversals that changed' })
  recompute(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CompletionRunDto> {
    return this.completion.recompute(actor, id);
  }

  @Get('sessions/:id/completion')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: SessionCompletionDto, description: 'Per enrolled teacher; a teacher sees their own line' })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<SessionCompletionDto> {
    return this.completion.get(actor, id);
  }

  @Get('credit-outbox')
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: CreditOutboxPageDto, description: 'Awards and reversals handed to credits, newest first (read-only)' })
  outbox(@CurrentActor() actor: Actor, @Query() query: CreditOutboxQueryDto): Promise<CreditOutboxPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.completion.outbox(actor, filters, pageRequest(query));
  }
}
