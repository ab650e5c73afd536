import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, pageRequest, RequirePermission, type Actor } from '@schoolbridge/core';
import { FS_INSPECT, FS_READ } from '../../permissions.js';
import {
  AmendInspectionDto,
  AttachPhotoDto,
  CreateInspectionDto,
  InspectionDto,
  InspectionPageDto,
  ListInspectionsQueryDto,
  ResultDto,
  SaveResultsDto,
  SubmitInspectionDto,
  UpdateInspectionDto,
} from './inspection.dto.js';
import { InspectionsService } from './inspections.service.js';

/** The part of the HTTP reply the photo route sets headers on. */
interface HeaderReply {
  header(name: string, value: string): HeaderReply;
}

/** Inspections 监督检查: HTTP only; the rules live in InspectionsService. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('inspections')
export class InspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: InspectionPageDto, description: 'Inspections of canteens in the caller’s scope' })
  list(@CurrentActor() actor: Actor, @Query() query: ListInspectionsQueryDto): Promise<InspectionPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.inspections.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(FS_INSPECT)
  @ApiCreatedResponse({ type: InspectionDto, description: 'A draft with every item of the template’s current version, unanswered' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateInspectionDto): Promise<InspectionDto> {
    return this.inspections.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: InspectionDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<InspectionDto> {
    return this.inspections.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: InspectionDto, description: 'A draft’s particulars; a submitted inspection answers 409 (amend it)' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateInspectionDto): Promise<InspectionDto> {
    return this.inspections.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(FS_INSPECT)
  @ApiNoContentResponse({ description: 'Discards a draft; a submitted inspection answers 409' })
  async remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.inspections.remove(actor, id);
  }

  @Put(':id/results')
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: InspectionDto, description: 'Saves some or all answers of a draft' })
  saveResults(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: SaveResultsDto): Promise<InspectionDto> {
    return this.inspections.saveResults(actor, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({
    type: InspectionDto,
    description:
      'Scores it, issues the opinion letter and opens the rectification notice, once; a second submit answers 409 foodSafety.inspection.alreadySubmitted',
  })
  submit(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: SubmitInspectionDto): Promise<InspectionDto> {
    return this.inspections.submit(actor, id, body);
  }

  @Post(':id/amend')
  @HttpCode(200)
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({
    type: InspectionDto,
    description: 'Changes a submitted inspection (reason required): rescored, audited, the letter reissued as the next revision',
  })
  amend(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AmendInspectionDto): Promise<InspectionDto> {
    return this.inspections.amend(actor, id, body);
  }

  @Post(':id/results/:itemCode/photos')
  @HttpCode(200)
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: ResultDto, description: 'Attaches an uploaded image the caller may see (again: no change)' })
  attachPhoto(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('itemCode') itemCode: string,
    @Body() body: AttachPhotoDto,
  ): Promise<ResultDto> {
    return this.inspections.attachPhoto(actor, id, itemCode, body.fileId);
  }

  @Delete(':id/results/:itemCode/photos/:fileId')
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: ResultDto })
  detachPhoto(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('itemCode') itemCode: string,
    @Param('fileId', new ParseUUIDPipe()) fileId: string,
  ): Promise<ResultDto> {
    return this.inspections.detachPhoto(actor, id, itemCode, fileId);
  }

  @Get(':id/photos/:fileId')
  @RequirePermission(FS_READ)
  @ApiProduces('image/*')
  @ApiOkResponse({ description: 'A photo of the inspection, for whoever may read the inspection', schema: { type: 'string', format: 'binary' } })
  async photo(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('fileId', new ParseUUIDPipe()) fileId: string,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<StreamableFile> {
    const { file, content } = await this.inspections.photoFile(actor, id, fileId);
    void reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`)
      .header('content-length', String(file.size))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-cache');
    return new StreamableFile(content, { type: file.mediaType, length: file.size });
  }
}
