import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { LocalizedText } from '@schoolbridge/shared';
import { CurrentActor, RequirePermission, pageRequest, type Actor } from '@schoolbridge/core';
import { FS_MANAGE, FS_READ } from '../permissions.js';
import {
  CreateTemplateDto,
  ListTemplatesQueryDto,
  TemplateDetailDto,
  TemplatePageDto,
  TemplateVersionDto,
  TemplateVersionListDto,
  TemplateVocabulariesDto,
  UpdateTemplateDto,
  type TemplateVocabEntryDto,
} from './dto/template.dto.js';
import { TemplatesService } from './templates.service.js';
import { DEFECT_NAMES, SEVERITY_NAMES, TEMPLATE_PURPOSE_NAMES } from './vocab.js';

function entries(names: Readonly<Record<string, LocalizedText>>): TemplateVocabEntryDto[] {
  return Object.entries(names).map(([code, name]) => ({ code, name: { 'zh-CN': name['zh-CN'], en: name.en } }));
}

const VOCABULARIES: TemplateVocabulariesDto = {
  purposes: entries(TEMPLATE_PURPOSE_NAMES),
  severities: entries(SEVERITY_NAMES),
  defects: entries(DEFECT_NAMES),
};

/** Checklist templates (检查表) and their versions: HTTP only; the rules live in TemplatesService. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller()
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get('template-vocabularies')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: TemplateVocabulariesDto, description: 'Purposes, severities and known defect codes with their names' })
  vocabularies(): TemplateVocabulariesDto {
    return VOCABULARIES;
  }

  @Get('templates')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: TemplatePageDto })
  list(@Query() query: ListTemplatesQueryDto): Promise<TemplatePageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.templates.list(filters, pageRequest(query));
  }

  @Post('templates')
  @RequirePermission(FS_MANAGE)
  @ApiCreatedResponse({ type: TemplateDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTemplateDto): Promise<TemplateDetailDto> {
    return this.templates.create(actor, body);
  }

  @Get('templates/:id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: TemplateDetailDto, description: 'With the current version’s areas and items' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<TemplateDetailDto> {
    return this.templates.get(id);
  }

  @Patch('templates/:id')
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({
    type: TemplateDetailDto,
    description:
      'Carries the version read (stale → 409). New content replaces the current version in place while no record used it, else becomes the next version',
  })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateTemplateDto): Promise<TemplateDetailDto> {
    return this.templates.update(actor, id, body);
  }

  @Post('templates/:id/archive')
  @HttpCode(200)
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: TemplateDetailDto, description: 'Archived templates are not offered for new records; past records keep their version' })
  archive(@Param('id', new ParseUUIDPipe()) id: string): Promise<TemplateDetailDto> {
    return this.templates.setArchived(id, true);
  }

  @Post('templates/:id/restore')
  @HttpCode(200)
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: TemplateDetailDto })
  restore(@Param('id', new ParseUUIDPipe()) id: string): Promise<TemplateDetailDto> {
    return this.templates.setArchived(id, false);
  }

  @Get('templates/:id/versions')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: TemplateVersionListDto })
  async versions(@Param('id', new ParseUUIDPipe()) id: string): Promise<TemplateVersionListDto> {
    return { items: await this.templates.versions(id) };
  }

  @Get('templates/:id/versions/:versionId')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: TemplateVersionDto })
  version(@Param('id', new ParseUUIDPipe()) id: string, @Param('versionId', new ParseUUIDPipe()) versionId: string): Promise<TemplateVersionDto> {
    return this.templates.version(id, versionId);
  }

  @Get('template-versions/:versionId')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: TemplateVersionDto, description: 'A version by its id alone (what an inspection or routine record keeps)' })
  versionById(@Param('versionId', new ParseUUIDPipe()) versionId: string): Promise<TemplateVersionDto> {
    return this.templates.versionWithItems(versionId);
  }
}
