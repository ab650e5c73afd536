import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
import { TRAINING_MANAGE, TRAINING_READ } from '../permissions.js';
import {
  CreateExpertDto,
  ExpertScheduleQueryDto,
  ExpertDto,
  ExpertPageDto,
  ExpertScheduleDto,
  ListExpertsQueryDto,
  UpdateExpertDto,
} from './dto/expert.dto.js';
import { ExpertsService } from './experts.service.js';

/** The expert pool (专家库): HTTP only; the rules live in ExpertsService. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training/experts')
export class ExpertsController {
  constructor(private readonly experts: ExpertsService) {}

  @Get()
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({
    type: ExpertPageDto,
    description: 'Experts of the pools in the caller’s scope; `q` finds a name by characters, pinyin or initials; mobiles masked',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListExpertsQueryDto): Promise<ExpertPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.experts.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(TRAINING_MANAGE)
  @ApiCreatedResponse({ type: ExpertDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateExpertDto): Promise<ExpertDto> {
    return this.experts.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: ExpertDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExpertDto> {
    return this.experts.get(actor, id);
  }

  @Get(':id/schedule')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: ExpertScheduleDto, description: 'The sessions and half-days the expert is booked in between from and to (at most 366 days)' })
  schedule(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: ExpertScheduleQueryDto): Promise<ExpertScheduleDto> {
    return this.experts.schedule(actor, id, query.from, query.to);
  }

  @Patch(':id')
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: ExpertDto, description: 'Carries the version read; a stale one answers 409' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateExpertDto): Promise<ExpertDto> {
    return this.experts.update(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: ExpertDto, description: 'An archived expert stays on the teams they are on but cannot be added to another' })
  archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExpertDto> {
    return this.experts.setArchived(actor, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: ExpertDto })
  restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExpertDto> {
    return this.experts.setArchived(actor, id, false);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(TRAINING_MANAGE)
  @ApiNoContentResponse({ description: 'Refused (409, naming the sessions) while the expert is on a session’s team' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.experts.remove(actor, id);
  }
}
