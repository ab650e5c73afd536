import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, pageRequest, RequirePermission, type Actor } from '@schoolbridge/core';
import { FS_INSPECT, FS_READ } from '../../permissions.js';
import { CreateOutingDto, ListOutingsQueryDto, OutingDto, OutingPageDto, UpdateOutingDto } from './outing.dto.js';
import { OutingsService } from './outings.service.js';

/** Outings 出动: HTTP only; the rules live in OutingsService. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('outings')
export class OutingsController {
  constructor(private readonly outings: OutingsService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: OutingPageDto, description: 'Outings of regions in the caller’s scope, latest first' })
  list(@CurrentActor() actor: Actor, @Query() query: ListOutingsQueryDto): Promise<OutingPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.outings.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(FS_INSPECT)
  @ApiCreatedResponse({ type: OutingDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateOutingDto): Promise<OutingDto> {
    return this.outings.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: OutingDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<OutingDto> {
    return this.outings.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: OutingDto, description: 'Carries the version read; `members` replaces the team' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateOutingDto): Promise<OutingDto> {
    return this.outings.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(FS_INSPECT)
  @ApiNoContentResponse({ description: 'Refused (409) while inspections refer to it' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.outings.remove(actor, id);
  }
}
