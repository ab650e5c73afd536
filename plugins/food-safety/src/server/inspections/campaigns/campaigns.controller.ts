import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, pageRequest, RequirePermission, type Actor } from '@schoolbridge/core';
import { FS_MANAGE, FS_READ } from '../../permissions.js';
import { CampaignDto, CampaignPageDto, CampaignProgressDto, CreateCampaignDto, ListCampaignsQueryDto, UpdateCampaignDto } from './campaign.dto.js';
import { CampaignsService } from './campaigns.service.js';

/** Campaigns 专项检查: HTTP only; the rules live in CampaignsService. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: CampaignPageDto, description: 'Campaigns of regions in the caller’s scope, latest first' })
  list(@CurrentActor() actor: Actor, @Query() query: ListCampaignsQueryDto): Promise<CampaignPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.campaigns.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(FS_MANAGE)
  @ApiCreatedResponse({ type: CampaignDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: CampaignDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CampaignDto> {
    return this.campaigns.get(actor, id);
  }

  @Get(':id/progress')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: CampaignProgressDto, description: 'Canteens in the region vs inspected, inspections, letters, outings, notices by status' })
  progress(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<CampaignProgressDto> {
    return this.campaigns.progress(actor, id);
  }

  @Patch(':id')
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: CampaignDto, description: 'Carries the version read; a stale one answers 409' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(FS_MANAGE)
  @ApiNoContentResponse({ description: 'Refused (409) while outings or inspections belong to it' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.campaigns.remove(actor, id);
  }
}
