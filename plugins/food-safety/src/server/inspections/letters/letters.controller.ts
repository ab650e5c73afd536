import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, pageRequest, pdfResponse, RequirePermission, type Actor } from '@schoolbridge/core';
import { FS_READ } from '../../permissions.js';
import { LetterDto, LetterPageDto, LetterPdfQueryDto, ListLettersQueryDto } from './letter.dto.js';
import { LettersService } from './letters.service.js';

/** Opinion letters 监督意见书: issued by submits and amendments, read here. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: LetterPageDto, description: 'Letters of canteens in the caller’s scope, by year and serial, latest first' })
  list(@CurrentActor() actor: Actor, @Query() query: ListLettersQueryDto): Promise<LetterPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.letters.list(actor, filters, pageRequest(query));
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: LetterDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<LetterDto> {
    return this.letters.get(actor, id);
  }

  @Get(':id/pdf')
  @RequirePermission(FS_READ)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The letter as PDF (the current revision unless ?revision= names one)', schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: LetterPdfQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { bytes, fileName } = await this.letters.pdf(actor, id, query.revision);
    return pdfResponse(reply, bytes, fileName, 'inline');
  }
}
