import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { PageQueryDto, pageRequest } from '../../platform/http/paging.js';
import { TRAINING_EVALUATION_MANAGE, TRAINING_EVALUATION_RESPOND, TRAINING_READ } from '../permissions.js';
import {
  AnswerQuestionnaireDto,
  CreateQuestionnaireDto,
  MyQuestionnaireDto,
  MyQuestionnairePageDto,
  ProgrammeEvaluationDto,
  QuestionnaireDto,
  QuestionnairePageDto,
  QuestionnaireResultsDto,
  UpdateQuestionnaireDto,
} from './dto/evaluation.dto.js';
import { QuestionnairesService } from './questionnaires.service.js';

/** Needs surveys and post-training questionnaires: a session's, the teacher's own, results. HTTP only. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Post('sessions/:id/questionnaires')
  @RequirePermission(TRAINING_EVALUATION_MANAGE)
  @ApiCreatedResponse({
    type: QuestionnaireDto,
    description: 'From a template (its questions are copied) or with questions; one per kind (409 when it exists)',
  })
  create(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CreateQuestionnaireDto): Promise<QuestionnaireDto> {
    return this.questionnaires.create(actor, id, body);
  }

  @Get('sessions/:id/questionnaires')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: QuestionnairePageDto, description: 'The session’s needs survey and questionnaire, if made' })
  listForSession(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: PageQueryDto): Promise<QuestionnairePageDto> {
    return this.questionnaires.listForSession(actor, id, pageRequest(query));
  }

  @Get('my/questionnaires')
  @RequirePermission(TRAINING_EVALUATION_RESPOND)
  @ApiOkResponse({ type: MyQuestionnairePageDto, description: 'The caller’s open questionnaires and those they answered' })
  mine(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<MyQuestionnairePageDto> {
    return this.questionnaires.mine(actor, pageRequest(query));
  }

  @Get('questionnaires/:id')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: QuestionnaireDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<QuestionnaireDto> {
    return this.questionnaires.get(actor, id);
  }

  @Patch('questionnaires/:id')
  @RequirePermission(TRAINING_EVALUATION_MANAGE)
  @ApiOkResponse({ type: QuestionnaireDto, description: 'Questions and anonymity are locked once answered (409 training.questionnaire.answered)' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateQuestionnaireDto): Promise<QuestionnaireDto> {
    return this.questionnaires.update(actor, id, body);
  }

  @Post('questionnaires/:id/responses')
  @RequirePermission(TRAINING_EVALUATION_RESPOND)
  @ApiCreatedResponse({ type: MyQuestionnaireDto, description: 'The caller’s answers, once; 403 training.questionnaire.notParticipant when not a participant' })
  answer(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AnswerQuestionnaireDto): Promise<MyQuestionnaireDto> {
    return this.questionnaires.answer(actor, id, body);
  }

  @Get('questionnaires/:id/results')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: QuestionnaireResultsDto, description: 'For holders of training.evaluation.manage in scope and the experts of the session’s team' })
  results(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<QuestionnaireResultsDto> {
    return this.questionnaires.results(actor, id);
  }

  @Get('programmes/:id/evaluation')
  @RequirePermission(TRAINING_EVALUATION_MANAGE)
  @ApiOkResponse({ type: ProgrammeEvaluationDto, description: 'Satisfaction per session and for the programme (weighted by ratings)' })
  programmeEvaluation(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ProgrammeEvaluationDto> {
    return this.questionnaires.programmeEvaluation(actor, id);
  }
}
