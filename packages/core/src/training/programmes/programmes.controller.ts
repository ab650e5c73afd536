import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
import { TRAINING_MANAGE, TRAINING_READ } from '../permissions.js';
import { CreateProgrammeDto, ListProgrammesQueryDto, ProgrammeDto, ProgrammePageDto, UpdateProgrammeDto } from './dto/programme.dto.js';
import { ProgrammesService } from './programmes.service.js';

/** Training programmes (培训项目): HTTP only; the rules live in ProgrammesService. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training/programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: ProgrammePageDto, description: 'Programmes whose owner or host is in the caller’s scope' })
  list(@CurrentActor() actor: Actor, @Query() query: ListProgrammesQueryDto): Promise<ProgrammePageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.programmes.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(TRAINING_MANAGE)
  @ApiCreatedResponse({ type: ProgrammeDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProgrammeDto): Promise<ProgrammeDto> {
    return this.programmes.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: ProgrammeDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ProgrammeDto> {
    return this.programmes.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: ProgrammeDto, description: 'Carries the version read; a stale one answers 409' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateProgrammeDto): Promise<ProgrammeDto> {
    return this.programmes.update(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: ProgrammeDto })
  archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ProgrammeDto> {
    return this.programmes.setArchived(actor, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: ProgrammeDto })
  restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ProgrammeDto> {
    return this.programmes.setArchived(actor, id, false);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(TRAINING_MANAGE)
  @ApiNoContentResponse({ description: 'Refused (409, naming them) while the programme has sessions' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.programmes.remove(actor, id);
  }
}
