import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/decorators.js';
import { pageRequest } from '../http/paging.js';
import { ListRegionsQueryDto, RegionDetailDto, RegionPageDto, RegionRootsDto } from './dto/region.dto.js';
import { RegionsService } from './regions.service.js';

/**
 * Regions for pickers. Every signed-in user may browse the regions their role assignments reach,
 * whatever the role, so no permission is needed; anything outside answers 404.
 */
@ApiTags('regions')
@ApiCookieAuth()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('roots')
  @ApiOkResponse({ type: RegionRootsDto, description: 'Where the caller’s role assignments start' })
  async roots(@CurrentActor() actor: Actor): Promise<RegionRootsDto> {
    return { items: await this.regions.roots(actor) };
  }

  @Get()
  @ApiOkResponse({ type: RegionPageDto, description: 'Regions within the caller’s scope, by code' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListRegionsQueryDto): Promise<RegionPageDto> {
    return this.regions.list(actor, { ...(query.parentId ? { parentId: query.parentId } : {}), ...(query.q ? { q: query.q } : {}) }, pageRequest(query));
  }

  @Get(':id')
  @ApiParam({ name: 'id', description: 'Id or code of a region, or of an organisation the caller is scoped to' })
  @ApiOkResponse({ type: RegionDetailDto })
  async get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<RegionDetailDto> {
    return this.regions.get(actor, id);
  }
}
