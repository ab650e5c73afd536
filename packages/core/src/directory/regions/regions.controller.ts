import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { streamExport } from '../../platform/exports/export.js';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
import type { Region } from '../../platform/regions/region.entity.js';
import { DIRECTORY_READ, DIRECTORY_REGIONS_MANAGE } from '../permissions.js';
import {
  CreateRegionDto,
  DirectoryRegionDetailDto,
  DirectoryRegionDto,
  DirectoryRegionPageDto,
  ExportRegionsQueryDto,
  ListDirectoryRegionsQueryDto,
  RegionRefDto,
  UpdateRegionDto,
} from './dto/region.dto.js';
import { REGION_EXPORT_COLUMNS } from './region-export.js';
import { DirectoryRegionsService, type RegionDetailView, type RegionListQuery, type RegionView } from './regions.service.js';

function refDto(r: Region): RegionRefDto {
  return { id: r.id, code: r.code, name: r.name, kind: r.kind };
}

function regionDto({ region: r, childCount, organisationCount }: RegionView): DirectoryRegionDto {
  return {
    ...refDto(r),
    parentId: r.parentId,
    path: r.path,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    childCount,
    organisationCount,
    version: r.version,
  };
}

function detailDto(view: RegionDetailView): DirectoryRegionDetailDto {
  return { ...regionDto(view), ancestors: view.ancestors.map(refDto) };
}

function filtersOf(query: ListDirectoryRegionsQueryDto): RegionListQuery {
  return {
    ...(query.parentId ? { parentId: query.parentId } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.q ? { q: query.q } : {}),
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.archived ? { archived: query.archived } : {}),
  };
}

/** Region management for the region tree page (the pickers' read-only API is /api/regions). */
@ApiTags('directory')
@ApiCookieAuth()
@Controller('directory/regions')
export class DirectoryRegionsController {
  constructor(private readonly regions: DirectoryRegionsService) {}

  @Get()
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: DirectoryRegionPageDto, description: 'Regions within the caller’s scope, by code unless sorted' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListDirectoryRegionsQueryDto): Promise<DirectoryRegionPageDto> {
    const page = await this.regions.list(actor, filtersOf(query), pageRequest(query));
    return { ...page, items: page.items.map(regionDto) };
  }

  @Get('export')
  @RequirePermission(DIRECTORY_READ)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The regions with the list’s filters as .xlsx or .csv; without a sort, the tree top to bottom', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @Query() query: ExportRegionsQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const rows = await this.regions.pagesFor(actor, filtersOf(query));
    const name = actor.locale === 'zh-CN' ? '行政区划' : 'regions';
    return streamExport(reply, { format: query.format ?? 'xlsx', locale: actor.locale, fileName: `${name}-${this.regions.today()}`, columns: REGION_EXPORT_COLUMNS, rows });
  }

  @Get(':id')
  @RequirePermission(DIRECTORY_READ)
  @ApiOkResponse({ type: DirectoryRegionDetailDto })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<DirectoryRegionDetailDto> {
    return detailDto(await this.regions.get(actor, id));
  }

  @Post()
  @RequirePermission(DIRECTORY_REGIONS_MANAGE)
  @ApiCreatedResponse({ type: DirectoryRegionDetailDto })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateRegionDto): Promise<DirectoryRegionDetailDto> {
    return detailDto(await this.regions.create(actor, { code: body.code, name: body.name, kind: body.kind, ...(body.parentId ? { parentId: body.parentId } : {}) }));
  }

  @Patch(':id')
  @RequirePermission(DIRECTORY_REGIONS_MANAGE)
  @ApiOkResponse({ type: DirectoryRegionDetailDto })
  async update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateRegionDto): Promise<DirectoryRegionDetailDto> {
    const changes = { ...(body.name !== undefined ? { name: body.name } : {}), ...(body.kind !== undefined ? { kind: body.kind } : {}) };
    return detailDto(await this.regions.update(actor, id, changes, body.version));
  }

  @Post(':id/archive')
  @RequirePermission(DIRECTORY_REGIONS_MANAGE)
  @HttpCode(200)
  @ApiOkResponse({ type: DirectoryRegionDetailDto })
  async archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<DirectoryRegionDetailDto> {
    return detailDto(await this.regions.archive(actor, id));
  }

  @Post(':id/restore')
  @RequirePermission(DIRECTORY_REGIONS_MANAGE)
  @HttpCode(200)
  @ApiOkResponse({ type: DirectoryRegionDetailDto })
  async restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<DirectoryRegionDetailDto> {
    return detailDto(await this.regions.restore(actor, id));
  }

  @Delete(':id')
  @RequirePermission(DIRECTORY_REGIONS_MANAGE)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Refused with 409 directory.referenced while anything refers to it' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.regions.remove(actor, id);
  }
}
