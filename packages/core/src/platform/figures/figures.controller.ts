import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor.js';
import { CurrentActor, RequirePermission } from '../access/decorators.js';
import { FiguresQueryDto, FiguresReportDto } from './figures.dto.js';
import { FIGURES_PERMISSION, FiguresService } from './figures.service.js';

@ApiTags('reports')
@ApiCookieAuth()
@Controller('reports')
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  @Get('figures')
  @RequirePermission(FIGURES_PERMISSION)
  @ApiOkResponse({ type: FiguresReportDto, description: 'Every enabled report section for the region and period, with the total checks' })
  async report(@CurrentActor() actor: Actor, @Query() query: FiguresQueryDto): Promise<FiguresReportDto> {
    return this.figures.report(actor, query);
  }
}
