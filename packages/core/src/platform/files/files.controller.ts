import '@fastify/multipart';
import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import { CurrentActor, RequirePermission } from '../access/decorators.js';
import { problems } from '../errors/problem.js';
import { StoredFileDto, UploadFileQueryDto } from './files.dto.js';
import { FILES_UPLOAD, FilesService, type IncomingFile } from './files.service.js';
import { ALLOWED_EXTENSIONS } from './rules/file-types.js';
import { attachmentDisposition } from './rules/names.js';
import { StoredFile } from './stored-file.entity.js';

function toDto(file: StoredFile): StoredFileDto {
  return {
    id: file.id,
    originalName: file.originalName,
    mediaType: file.mediaType,
    size: file.size,
    sha256: file.sha256,
    uploadedBy: file.uploadedBy,
    scopePath: file.scopePath,
    createdAt: file.createdAt.toISOString(),
    contentUrl: `/api/files/${file.id}/content`,
  };
}

@ApiTags('files')
@ApiCookieAuth()
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @RequirePermission(FILES_UPLOAD)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: `One of: ${ALLOWED_EXTENSIONS.join(', ')}` } },
    },
  })
  @ApiCreatedResponse({ type: StoredFileDto })
  async upload(@CurrentActor() actor: Actor, @Query() query: UploadFileQueryDto, @Req() req: FastifyRequest): Promise<StoredFileDto> {
    let part: IncomingFile | undefined;
    try {
      part = req.isMultipart() ? await req.file() : undefined;
    } catch {
      part = undefined;
    }
    if (!part || (part as { fieldname?: string }).fieldname !== 'file') {
      if (part) part.file.resume();
      throw problems.field('file', 'files.required');
    }
    return toDto(await this.files.upload(actor, part, query));
  }

  @Get(':id')
  @ApiOkResponse({ type: StoredFileDto })
  async metadata(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<StoredFileDto> {
    return toDto(await this.files.findVisible(actor, id));
  }

  /** Always a download: attachment, the stored media type, nosniff and a sandboxing CSP, so nothing uploaded runs in the browser. */
  @Get(':id/content')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as an attachment', schema: { type: 'string', format: 'binary' } })
  async content(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { file, content } = await this.files.open(actor, id);
    const type = file.mediaType;
    void reply
      .header('content-type', type)
      .header('content-disposition', attachmentDisposition(file.originalName))
      .header('content-length', String(file.size))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-cache')
      .header('etag', `"${file.sha256}"`);
    return new StreamableFile(content, { type, disposition: attachmentDisposition(file.originalName), length: file.size });
  }
}
