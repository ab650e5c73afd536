import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { PageQueryDto, pageRequest } from '../../platform/http/paging.js';
import { TRAINING_FEEDBACK_RATE, TRAINING_READ } from '../permissions.js';
import { CreateFeedbackLessonDto, FeedbackLessonDto, FeedbackLessonPageDto, RateFeedbackLessonDto } from './dto/evaluation.dto.js';
import { FeedbackLessonsService } from './feedback-lessons.service.js';

/** Feedback lessons (反馈课) and the experts' ratings. HTTP only. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training')
export class FeedbackLessonsController {
  constructor(private readonly lessons: FeedbackLessonsService) {}

  @Post('sessions/:id/feedback-lessons')
  @RequirePermission(TRAINING_FEEDBACK_RATE)
  @ApiCreatedResponse({ type: FeedbackLessonDto, description: 'Given by a teacher of the venue school on a day of the session' })
  create(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CreateFeedbackLessonDto): Promise<FeedbackLessonDto> {
    return this.lessons.create(actor, id, body);
  }

  @Get('sessions/:id/feedback-lessons')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({
    type: FeedbackLessonPageDto,
    description: 'With each lesson’s ratings and average; for the session’s parties and team (403 for participating teachers)',
  })
  list(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: PageQueryDto): Promise<FeedbackLessonPageDto> {
    return this.lessons.list(actor, id, pageRequest(query));
  }

  @Put('feedback-lessons/:id/ratings/:expertId')
  @RequirePermission(TRAINING_FEEDBACK_RATE)
  @ApiOkResponse({ type: FeedbackLessonDto, description: 'An expert rates as themselves; the centre’s coordinator may record any team expert’s rating' })
  rate(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('expertId', new ParseUUIDPipe()) expertId: string,
    @Body() body: RateFeedbackLessonDto,
  ): Promise<FeedbackLessonDto> {
    return this.lessons.rate(actor, id, expertId, body);
  }
}
