import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { PageQueryDto, pageRequest } from '../../platform/http/paging.js';
import { TRAINING_ENROL, TRAINING_ENROL_APPROVE, TRAINING_ENROL_SELF, TRAINING_READ } from '../permissions.js';
import {
  EnrolBatchResultDto,
  EnrolmentDto,
  EnrolmentPageDto,
  EnrolmentResultDto,
  EnrolTeachersDto,
  ListEnrolmentsQueryDto,
  MySessionPageDto,
  OpenSessionPageDto,
  RejectEnrolmentDto,
  WithdrawEnrolmentDto,
  WithdrawResultDto,
} from './dto/enrolment.dto.js';
import { EnrolmentQueries } from './enrolment-queries.service.js';
import { EnrolmentService } from './enrolment.service.js';

/** Enrolment (报名) and the waitlist (候补): HTTP only; the rules live in EnrolmentService. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training')
export class EnrolmentController {
  constructor(
    private readonly enrolments: EnrolmentService,
    private readonly queries: EnrolmentQueries,
  ) {}

  @Post('sessions/:id/enrolments')
  @HttpCode(200)
  @RequirePermission(TRAINING_ENROL)
  @ApiOkResponse({ type: EnrolBatchResultDto, description: 'A coordinator enrols teachers of their schools: each gets a seat, a waitlist number, or a refusal with its reason' })
  enrol(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: EnrolTeachersDto): Promise<EnrolBatchResultDto> {
    return this.enrolments.enrol(actor, id, body);
  }

  @Post('sessions/:id/enrol-me')
  @HttpCode(200)
  @RequirePermission(TRAINING_ENROL_SELF)
  @ApiOkResponse({ type: EnrolmentResultDto, description: 'The caller enrols themself: pending when the session needs the school’s approval; a refusal is a problem (409 conflict or existing enrolment, 422 not eligible)' })
  enrolMe(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<EnrolmentResultDto> {
    return this.enrolments.enrolMe(actor, id);
  }

  @Get('sessions/:id/enrolments')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: EnrolmentPageDto, description: 'The session’s enrolments the caller may see, with counts per status' })
  list(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: ListEnrolmentsQueryDto): Promise<EnrolmentPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.queries.list(actor, id, filters, pageRequest(query));
  }

  @Post('enrolments/:id/approve')
  @HttpCode(200)
  @RequirePermission(TRAINING_ENROL_APPROVE)
  @ApiOkResponse({ type: EnrolmentDto, description: 'A teacher’s own request approved: a seat, or the waitlist when full' })
  approve(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<EnrolmentDto> {
    return this.enrolments.approve(actor, id);
  }

  @Post('enrolments/:id/reject')
  @HttpCode(200)
  @RequirePermission(TRAINING_ENROL_APPROVE)
  @ApiOkResponse({ type: EnrolmentDto, description: 'A teacher’s own request not approved; the teacher is told the reason' })
  reject(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: RejectEnrolmentDto): Promise<EnrolmentDto> {
    return this.enrolments.reject(actor, id, body);
  }

  // The teacher (training.enrol.self) or a coordinator of their school (training.enrol): checked by the service.
  @Post('enrolments/:id/withdraw')
  @HttpCode(200)
  @ApiBody({ type: WithdrawEnrolmentDto, required: false })
  @ApiOkResponse({ type: WithdrawResultDto, description: 'Withdrawal; a freed seat goes to the next eligible teacher on the waitlist at once' })
  withdraw(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: WithdrawEnrolmentDto): Promise<WithdrawResultDto> {
    return this.enrolments.withdraw(actor, id, body ?? {});
  }

  @Get('my/sessions')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: MySessionPageDto, description: 'The caller’s own enrolments (a teacher’s “my sessions”)' })
  mySessions(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<MySessionPageDto> {
    return this.queries.mySessions(actor, pageRequest(query));
  }

  @Get('teachers/:teacherId/sessions')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: MySessionPageDto, description: 'One teacher’s sessions (the teacher page); the teacher must be in the caller’s directory scope' })
  teacherSessions(@CurrentActor() actor: Actor, @Param('teacherId', new ParseUUIDPipe()) teacherId: string, @Query() query: PageQueryDto): Promise<MySessionPageDto> {
    return this.queries.teacherSessions(actor, teacherId, pageRequest(query));
  }

  @Get('my/open-sessions')
  @RequirePermission(TRAINING_ENROL_SELF)
  @ApiOkResponse({ type: OpenSessionPageDto, description: 'Published sessions taking enrolments today that the caller may join' })
  openSessions(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<OpenSessionPageDto> {
    return this.queries.openSessions(actor, pageRequest(query));
  }
}
