import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, pageRequest, RequirePermission, type Actor } from '@schoolbridge/core';
import { FS_HANDLERS_MANAGE, FS_READ } from '../permissions.js';
import { CreateHandlerDto, FoodHandlerDto, FoodHandlerPageDto, ListHandlersQueryDto, SetDutyDto, UpdateHandlerDto } from './dto/handler.dto.js';
import { FoodHandlersService } from './handlers.service.js';

/** 从业人员: HTTP only; the rules live in FoodHandlersService. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('handlers')
export class FoodHandlersController {
  constructor(private readonly handlers: FoodHandlersService) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({
    type: FoodHandlerPageDto,
    description: 'Handlers of the canteens in scope (or of one); certificate, training and flag derived today; mobiles masked',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListHandlersQueryDto): Promise<FoodHandlerPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.handlers.list(actor, filters, pageRequest(query));
  }

  @Post()
  @RequirePermission(FS_HANDLERS_MANAGE)
  @ApiCreatedResponse({ type: FoodHandlerDto, description: 'Created on duty only when certificate and training are valid today (else 409 with field errors)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateHandlerDto): Promise<FoodHandlerDto> {
    return this.handlers.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: FoodHandlerDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<FoodHandlerDto> {
    return this.handlers.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(FS_HANDLERS_MANAGE)
  @ApiOkResponse({
    type: FoodHandlerDto,
    description: 'Carries the version read; a stale one answers 409; an edit leaving someone on duty with lapsed papers answers 409',
  })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateHandlerDto): Promise<FoodHandlerDto> {
    return this.handlers.update(actor, id, body);
  }

  @Post(':id/duty')
  @HttpCode(200)
  @RequirePermission(FS_HANDLERS_MANAGE)
  @ApiOkResponse({
    type: FoodHandlerDto,
    description: 'On or off duty; on duty is refused (409, field errors naming what is missing or expired) unless both papers are valid today',
  })
  duty(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: SetDutyDto): Promise<FoodHandlerDto> {
    return this.handlers.setDuty(actor, id, body.version, body.onDuty);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @RequirePermission(FS_HANDLERS_MANAGE)
  @ApiOkResponse({ type: FoodHandlerDto, description: 'Also takes the handler off duty' })
  archive(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<FoodHandlerDto> {
    return this.handlers.setArchived(actor, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission(FS_HANDLERS_MANAGE)
  @ApiOkResponse({ type: FoodHandlerDto })
  restore(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<FoodHandlerDto> {
    return this.handlers.setArchived(actor, id, false);
  }
}
