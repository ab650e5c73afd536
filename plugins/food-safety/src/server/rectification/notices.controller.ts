import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, pageRequest, type Actor } from '@schoolbridge/core';
import { FS_INSPECT, FS_READ, FS_RECTIFY } from '../permissions.js';
import {
  CloseNoticeDto,
  EscalateNoticeDto,
  ListNoticesQueryDto,
  NoticeDetailDto,
  NoticePageDto,
  ReviewItemDto,
  SubmitEvidenceDto,
  UpdateNoticeDto,
} from './dto/notice.dto.js';
import { NoticesService } from './notices.service.js';

/** The part of the HTTP reply the file route sets headers on. */
interface HeaderReply {
  header(name: string, value: string): HeaderReply;
}

/** `inline` for pictures and PDFs (shown in the page), `attachment` otherwise; the name in RFC 5987 form. */
function disposition(mediaType: string, name: string): string {
  const kind = mediaType.startsWith('image/') || mediaType === 'application/pdf' ? 'inline' : 'attachment';
  return `${kind}; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Rectification notices 整改通知书: HTTP only; the rules live in NoticesService and shared/rules/notice-states. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({
    type: NoticePageDto,
    description: 'Notices of the canteens in the caller’s scope: overdue first, then by deadline, closed last; overdue and dueSoon are derived from today',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListNoticesQueryDto): Promise<NoticePageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.notices.list(actor, filters, pageRequest(query));
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: NoticeDetailDto, description: 'With items, every evidence submission and review, and the actions the caller may take now' })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeDetailDto> {
    return this.notices.get(actor, id);
  }

  @Get(':id/files/:fileId')
  @RequirePermission(FS_READ)
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'An evidence file of the notice', schema: { type: 'string', format: 'binary' } })
  async file(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('fileId', new ParseUUIDPipe()) fileId: string,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<StreamableFile> {
    const { file, content } = await this.notices.evidenceFile(actor, id, fileId);
    void reply
      .header('content-type', file.mediaType)
      .header('content-disposition', disposition(file.mediaType, file.originalName))
      .header('content-length', String(file.size))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-cache');
    return new StreamableFile(content, { type: file.mediaType, length: file.size });
  }

  @Patch(':id')
  @RequirePermission(FS_RECTIFY)
  @ApiOkResponse({
    type: NoticeDetailDto,
    description: 'The school sets the owner 整改责任人 and measures (the notice’s and per item); carries the version read',
  })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateNoticeDto): Promise<NoticeDetailDto> {
    return this.notices.update(actor, id, body);
  }

  @Post(':id/items/:itemId/evidence')
  @HttpCode(200)
  @RequirePermission(FS_RECTIFY)
  @ApiOkResponse({ type: NoticeDetailDto, description: 'open | rejected → submitted; 409 naming the allowed actions otherwise' })
  submitEvidence(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: SubmitEvidenceDto,
  ): Promise<NoticeDetailDto> {
    return this.notices.submitEvidence(actor, id, itemId, body);
  }

  @Post(':id/items/:itemId/accept')
  @HttpCode(200)
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: NoticeDetailDto, description: 'submitted → accepted; 409 naming the allowed actions otherwise' })
  accept(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ReviewItemDto,
  ): Promise<NoticeDetailDto> {
    return this.notices.review(actor, id, itemId, 'accept', body);
  }

  @Post(':id/items/:itemId/reject')
  @HttpCode(200)
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: NoticeDetailDto, description: 'submitted → rejected, with a note; the school is told' })
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('itemId', new ParseUUIDPipe()) itemId: string,
    @Body() body: ReviewItemDto,
  ): Promise<NoticeDetailDto> {
    return this.notices.review(actor, id, itemId, 'reject', body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: NoticeDetailDto, description: '销号: only when every item is accepted; 409 naming the allowed actions otherwise' })
  close(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseNoticeDto): Promise<NoticeDetailDto> {
    return this.notices.close(actor, id, body);
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @RequirePermission(FS_INSPECT)
  @ApiOkResponse({ type: NoticeDetailDto, description: '升级: from open or evidence submitted once overdue (立行立改: by decision); reason required' })
  escalate(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: EscalateNoticeDto): Promise<NoticeDetailDto> {
    return this.notices.escalate(actor, id, body);
  }
}
