import '@fastify/multipart';
import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/decorators.js';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { AppError, problems } from '../errors/problem.js';
import { requestLocale } from '../errors/problem.filter.js';
import { attachmentDisposition, cleanFileName, formatBytes } from '../files/rules/names.js';
import { pageRequest } from '../http/paging.js';
import { ApplyImportDto, ImportJobCreatedDto, ImportJobDto, ImportRowsPageDto, ImportRowsQueryDto, TemplateQueryDto } from './imports.dto.js';
import { ImportsService } from './imports.service.js';
import { importTemplate } from './template.js';

/**
 * Imports from spreadsheets: download a template, upload a file (answered at once with the job),
 * poll the job, page through its rows and their errors, apply. The admin's import wizard uses these.
 */
@ApiTags('imports')
@ApiCookieAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':importerId/template')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: "The importer's template, headers in the caller's language", schema: { type: 'string', format: 'binary' } })
  async template(@CurrentActor() actor: Actor, @Param('importerId') importerId: string, @Query() query: TemplateQueryDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const importer = this.imports.importerFor(actor, importerId);
    const file = await importTemplate(importer, requestLocale(req), query.format ?? 'xlsx');
    const disposition = attachmentDisposition(file.fileName);
    void reply.header('content-type', file.mediaType).header('content-disposition', disposition).header('cache-control', 'private, no-cache');
    return new StreamableFile(file.body, { type: file.mediaType, disposition, length: file.body.length });
  }

  @Post(':importerId/jobs')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: '.xlsx (first sheet) or .csv (UTF-8 or GBK)' } } } })
  @ApiAcceptedResponse({ type: ImportJobCreatedDto, description: 'The file is read and validated in the background; poll GET /api/imports/jobs/{id}' })
  async upload(@CurrentActor() actor: Actor, @Param('importerId') importerId: string, @Req() req: FastifyRequest): Promise<ImportJobCreatedDto> {
    // permission first, so a refused caller's upload is not read
    this.imports.importerFor(actor, importerId);
    let part: Awaited<ReturnType<FastifyRequest['file']>> | undefined;
    try {
      part = req.isMultipart() ? await req.file() : undefined;
    } catch {
      part = undefined;
    }
    if (!part || part.fieldname !== 'file') {
      if (part) part.file.resume();
      throw problems.field('file', 'files.required');
    }
    let bytes: Buffer;
    try {
      bytes = await part.toBuffer();
    } catch (err) {
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        const limit = formatBytes(this.config.files.maxBytes);
        throw new AppError(413, 'files.tooLarge', { limit }, [{ field: 'file', code: 'files.tooLarge', params: { limit } }], { limitBytes: this.config.files.maxBytes });
      }
      throw err;
    }
    const job = await this.imports.start(actor, importerId, { fileName: cleanFileName(part.filename ?? ''), bytes });
    return { id: job.id, status: job.status };
  }

  @Get('jobs/:id')
  @ApiOkResponse({ type: ImportJobDto })
  async job(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Req() req: FastifyRequest): Promise<ImportJobDto> {
    return this.imports.toDto(await this.imports.visibleJob(actor, id), requestLocale(req));
  }

  @Get('jobs/:id/rows')
  @ApiOkResponse({ type: ImportRowsPageDto })
  async rows(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: ImportRowsQueryDto, @Req() req: FastifyRequest): Promise<ImportRowsPageDto> {
    const page = pageRequest(query);
    const { items, total } = await this.imports.rows(actor, id, { errorsOnly: query.errorsOnly ?? false, skip: page.skip, take: page.pageSize }, requestLocale(req));
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  @Post('jobs/:id/apply')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportJobDto, description: '422 import.invalidRows when mode is all and rows are invalid; 409 import.alreadyApplied' })
  async apply(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ApplyImportDto, @Req() req: FastifyRequest): Promise<ImportJobDto> {
    return this.imports.toDto(await this.imports.apply(actor, id, body.mode), requestLocale(req));
  }
}
