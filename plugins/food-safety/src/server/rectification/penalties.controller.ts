import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, pageRequest, type Actor } from '@schoolbridge/core';
import { FS_PENALTY_RECORD, FS_READ } from '../permissions.js';
import { ListPenaltiesQueryDto, PenaltyDto, PenaltyPageDto, RecordPenaltyDto } from './dto/penalty.dto.js';
import { PenaltiesService } from './penalties.service.js';

/** Penalties 行政处罚 as the authority decided them. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('penalties')
export class PenaltiesController {
  constructor(private readonly penalties: PenaltiesService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({
    type: PenaltyPageDto,
    description: 'Penalties of the canteens in the caller’s scope, newest decision first, with the sum of the amounts (fen)',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListPenaltiesQueryDto): Promise<PenaltyPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.penalties.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(FS_PENALTY_RECORD)
  @ApiCreatedResponse({ type: PenaltyDto, description: 'Records the decision; the canteen comes from the notice or inspection when one is given' })
  record(@CurrentActor() actor: Actor, @Body() body: RecordPenaltyDto): Promise<PenaltyDto> {
    return this.penalties.record(actor, body);
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: PenaltyDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<PenaltyDto> {
    return this.penalties.get(actor, id);
  }
}
