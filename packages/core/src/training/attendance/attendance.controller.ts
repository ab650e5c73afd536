import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { TRAINING_ATTENDANCE_MARK, TRAINING_ATTENDANCE_RUN, TRAINING_READ } from '../permissions.js';
import { AttendanceService } from './attendance.service.js';
import {
  CheckInCodeDto,
  ConfirmAttendanceDto,
  MarkAttendanceDto,
  MarkResultDto,
  SignInSheetDto,
  SlotAttendanceDto,
  WalkInCandidatePageDto,
  WalkInCandidatesQueryDto,
  WalkInDto,
} from './dto/attendance.dto.js';

/**
 * The origin the request was made to (scheme and host, as the proxy passed them when it is trusted),
 * for the absolute URL in the QR; null when it cannot be told, and the URL stays relative.
 */
function requestOrigin(req: FastifyRequest): string | null {
  const origin = req.headers.origin;
  if (typeof origin === 'string' && /^https?:\/\/[A-Za-z0-9.\-[\]:]+$/.test(origin)) return origin;
  const host = req.host;
  if (typeof host === 'string' && /^[A-Za-z0-9.\-[\]:]+$/.test(host) && (req.protocol === 'http' || req.protocol === 'https')) return `${req.protocol}://${host}`;
  return null;
}

/** Attendance of a session's slots: the trainer's code and sheet, confirmation, walk-ins, coordinator marks, the sign-in sheet. */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training/sessions')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Get(':id/slots/:slotId/check-in-code')
  @RequirePermission(TRAINING_ATTENDANCE_RUN)
  @ApiOkResponse({ type: CheckInCodeDto, description: 'The rotating code of a participant slot, on its day; for an expert of the team or a coordinator whose scope covers the session' })
  checkInCode(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('slotId', new ParseUUIDPipe()) slotId: string,
    @Req() req: FastifyRequest,
  ): Promise<CheckInCodeDto> {
    return this.attendance.checkInCode(actor, id, slotId, requestOrigin(req));
  }

  @Get(':id/slots/:slotId/attendance')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: SlotAttendanceDto, description: 'Needs training.attendance.run or training.attendance.mark in scope' })
  slotAttendance(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Param('slotId', new ParseUUIDPipe()) slotId: string): Promise<SlotAttendanceDto> {
    return this.attendance.slotAttendance(actor, id, slotId);
  }

  @Post(':id/slots/:slotId/attendance/confirm')
  @HttpCode(200)
  @RequirePermission(TRAINING_ATTENDANCE_RUN)
  @ApiOkResponse({ type: SlotAttendanceDto, description: 'Confirms the recorded marks; teachers named without a record are marked present' })
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('slotId', new ParseUUIDPipe()) slotId: string,
    @Body() body: ConfirmAttendanceDto,
  ): Promise<SlotAttendanceDto> {
    return this.attendance.confirm(actor, id, slotId, body);
  }

  @Put(':id/slots/:slotId/attendance/:teacherId')
  @RequirePermission(TRAINING_ATTENDANCE_MARK)
  @ApiOkResponse({ type: MarkResultDto, description: 'Marks or corrects with a reason; on a completed session the credit hand-off follows' })
  mark(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('slotId', new ParseUUIDPipe()) slotId: string,
    @Param('teacherId', new ParseUUIDPipe()) teacherId: string,
    @Body() body: MarkAttendanceDto,
  ): Promise<MarkResultDto> {
    return this.attendance.mark(actor, id, slotId, teacherId, body);
  }

  @Get(':id/walk-in-candidates')
  @RequirePermission(TRAINING_ATTENDANCE_RUN)
  @ApiOkResponse({ type: WalkInCandidatePageDto, description: 'Teachers who may join on the day (the schools the session is open to), not yet enrolled; for the trainer’s walk-in picker' })
  walkInCandidates(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: WalkInCandidatesQueryDto): Promise<WalkInCandidatePageDto> {
    return this.attendance.walkInCandidates(actor, id, query.q);
  }

  @Post(':id/walk-ins')
  @RequirePermission(TRAINING_ATTENDANCE_RUN)
  @ApiCreatedResponse({ type: SlotAttendanceDto, description: 'The slot’s sheet with the walk-in, flagged' })
  walkIn(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: WalkInDto): Promise<SlotAttendanceDto> {
    return this.attendance.walkIn(actor, id, body);
  }

  @Get(':id/sign-in-sheet')
  @RequirePermission(TRAINING_READ)
  @ApiOkResponse({ type: SignInSheetDto, description: 'Rows to print per participant slot, by school then name (pinyin)' })
  signInSheet(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<SignInSheetDto> {
    return this.attendance.signInSheet(actor, id);
  }
}
