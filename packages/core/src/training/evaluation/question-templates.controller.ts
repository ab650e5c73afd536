import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
import { TRAINING_EVALUATION_MANAGE } from '../permissions.js';
import {
  CreateQuestionTemplateDto,
  ListQuestionTemplatesQueryDto,
  QuestionTemplateDto,
  QuestionTemplatePageDto,
  UpdateQuestionTemplateDto,
  VersionDto,
} from './dto/evaluation.dto.js';
import { QuestionTemplatesService } from './question-templates.service.js';

/** Question templates (题库模板): shipped ones (read-only) and a centre's own. HTTP only. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training/question-templates')
export class QuestionTemplatesController {
  constructor(private readonly templates: QuestionTemplatesService) {}

  @Get()
  @RequirePermission(TRAINING_EVALUATION_MANAGE)
  @ApiOkResponse({ type: QuestionTemplatePageDto, description: 'Shipped templates (in the caller’s language), then stored ones of organisations in scope' })
  list(@CurrentActor() actor: Actor, @Query() query: ListQuestionTemplatesQueryDto): Promise<QuestionTemplatePageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.templates.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(TRAINING_EVALUATION_MANAGE)
  @ApiCreatedResponse({ type: QuestionTemplateDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateQuestionTemplateDto): Promise<QuestionTemplateDto> {
    return this.templates.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(TRAINING_EVALUATION_MANAGE)
  @ApiOkResponse({ type: QuestionTemplateDto, description: 'A shipped template (id shipped-…) or a stored one (UUID)' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<QuestionTemplateDto> {
    return this.templates.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(TRAINING_EVALUATION_MANAGE)
  @ApiOkResponse({ type: QuestionTemplateDto, description: 'Stored templates only (409 for a shipped one); questionnaires made from it keep their copy' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateQuestionTemplateDto): Promise<QuestionTemplateDto> {
    return this.templates.update(actor, id, body);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(TRAINING_EVALUATION_MANAGE)
  @ApiOkResponse({ type: QuestionTemplateDto, description: 'No longer offered for new questionnaires' })
  archive(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: VersionDto): Promise<QuestionTemplateDto> {
    return this.templates.archive(actor, id, body.version);
  }
}
