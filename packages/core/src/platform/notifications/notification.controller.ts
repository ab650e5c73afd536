import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Locale } from '@schoolbridge/shared';
import type { Actor } from '../access/actor.js';
import { CurrentActor } from '../access/decorators.js';
import { ListNotificationsQueryDto, NotificationDto, NotificationPageDto, ReadAllResultDto } from './dto/notification.dto.js';
import type { Notification } from './notification.entity.js';
import { NotificationService, textIn } from './notification.service.js';

function notificationDto(n: Notification, locale: Locale): NotificationDto {
  return {
    id: n.id,
    type: n.type,
    title: textIn(n.title, locale),
    body: textIn(n.body ?? null, locale),
    link: n.link,
    data: n.data ?? null,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/** The caller's own inbox; every signed-in user has one, so no permission is needed. */
@ApiTags('notifications')
@ApiCookieAuth()
@Controller('notifications')
export class NotificationController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto })
  async list(@CurrentActor() actor: Actor, @Query() query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    const page = await this.notifications.list(actor, query);
    return { ...page, items: page.items.map((n) => notificationDto(n, actor.locale)) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: ReadAllResultDto })
  async readAll(@CurrentActor() actor: Actor): Promise<ReadAllResultDto> {
    return { updated: await this.notifications.markAllRead(actor) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationDto })
  async read(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<NotificationDto> {
    return notificationDto(await this.notifications.markRead(actor, id), actor.locale);
  }
}
