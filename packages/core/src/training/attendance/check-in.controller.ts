import { Body, Controller, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../platform/access/actor.js';
import { CurrentActor, RequirePermission } from '../../platform/access/decorators.js';
import { TRAINING_CHECK_IN } from '../permissions.js';
import { CheckInService } from './check-in.service.js';
import { CheckInDto, CheckInResultDto } from './dto/attendance.dto.js';

/** A teacher's own check-in with the trainer's code (签到). */
@ApiTags('training')
@ApiCookieAuth()
@Controller('training/check-in')
export class CheckInController {
  constructor(private readonly checkIns: CheckInService) {}

  @Post()
  @RequirePermission(TRAINING_CHECK_IN)
  @ApiCreatedResponse({ type: CheckInResultDto, description: '422 checkIn.codeExpired / checkIn.codeInvalid; 409 training.checkIn.already naming the first record' })
  checkIn(@CurrentActor() actor: Actor, @Body() body: CheckInDto): Promise<CheckInResultDto> {
    return this.checkIns.checkIn(actor, body);
  }
}
