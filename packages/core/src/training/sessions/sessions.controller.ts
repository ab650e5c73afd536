import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { pageRequest } from '../../platform/http/paging.js';
import { TRAINING_MANAGE, TRAINING_READ } from '../permissions.js';
import { TrainingCalendarService } from './calendar.service.js';
import {
  TrainingCalendarDto,
  TrainingCalendarQueryDto,
  CancelSessionDto,
  CreateSessionDto,
  ListSessionsQueryDto,
  SessionDetailDto,
  SessionPageDto,
  SessionTemplateDto,
  SessionTemplateRequestDto,
  UpdateSessionDto,
} from './dto/session.dto.js';
import { SessionsService } from './sessions.service.js';

/** Sessions (培训班次): HTTP only; the rules live in SessionsService. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: SessionPageDto, description: 'Sessions in the caller’s scope (owner, venue, team, own enrolments); status is derived' })
  list(@CurrentActor() actor: Actor, @Query() query: ListSessionsQueryDto): Promise<SessionPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.sessions.list(actor, filters, pageRequest(query));
  }

  @Post('template')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: SessionTemplateDto, description: 'The 送培到校 6-day timetable from a Sunday, for the editor to start from; nothing is saved' })
  template(@Body() body: SessionTemplateRequestDto): SessionTemplateDto {
    return this.sessions.template(body.sunday);
  }

  @Post()
  @RequirePermission(TRAINING_MANAGE)
  @ApiCreatedResponse({
    type: SessionDetailDto,
    description: 'A draft. 409 training.conflict names a double booking; 409 training.session.localShareExceeded asks for confirmLocalShare',
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateSessionDto): Promise<SessionDetailDto> {
    return this.sessions.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: SessionDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<SessionDetailDto> {
    return this.sessions.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: SessionDetailDto, description: 'Carries the version read; refused (409) once completed or cancelled' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateSessionDto): Promise<SessionDetailDto> {
    return this.sessions.update(actor, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: SessionDetailDto, description: 'draft → published; needs a participant slot, a team leader and capacity ≥ 1' })
  publish(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<SessionDetailDto> {
    return this.sessions.publish(actor, id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: SessionDetailDto, description: 'published → running, from the first day' })
  start(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<SessionDetailDto> {
    return this.sessions.start(actor, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(TRAINING_MANAGE)
  @ApiOkResponse({ type: SessionDetailDto, description: 'draft | published → cancelled: bookings released, enrolments cancelled, teachers notified' })
  cancel(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CancelSessionDto): Promise<SessionDetailDto> {
    return this.sessions.cancel(actor, id, body.reason);
  }
}

/** The centre's calendar (month and week views, by venue and by expert). */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training/calendar')
export class TrainingCalendarController {
  constructor(private readonly calendar: TrainingCalendarService) {}

  @Get()
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: TrainingCalendarDto, description: 'Sessions in scope overlapping from … to (at most 62 days), with their days in the range' })
  get(@CurrentActor() actor: Actor, @Query() query: TrainingCalendarQueryDto): Promise<TrainingCalendarDto> {
    return this.calendar.calendar(actor, query);
  }
}
