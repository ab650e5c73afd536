import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, pageRequest, RequirePermission, type Actor } from '@schoolbridge/core';
import { FS_READ, FS_ROUTINE } from '../permissions.js';
import {
  ChecklistDto,
  ChecklistQueryDto,
  CreateRecordDto,
  CreateSampleDto,
  FoodSampleDto,
  FoodSamplePageDto,
  ListRecordsQueryDto,
  ListSamplesQueryDto,
  RemoveSampleDto,
  RoutineRecordDto,
  RoutineRecordPageDto,
  UpdateRecordDto,
  UpdateSampleDto,
} from './dto/routine.dto.js';
import { RoutineService } from './routine.service.js';

/** 日常管理: the sample-retention log and the daily / weekly / monthly records. HTTP only. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('routine')
export class RoutineController {
  constructor(private readonly routine: RoutineService) {}

  @Get('samples')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: FoodSamplePageDto, description: 'Samples of the canteens in scope; `problems=true` lists only those with a warning' })
  listSamples(@CurrentActor() actor: Actor, @Query() query: ListSamplesQueryDto): Promise<FoodSamplePageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.routine.listSamples(actor, filters, pageRequest(query));
  }

  @Post('samples')
  @RequirePermission(FS_ROUTINE)
  @ApiCreatedResponse({ type: FoodSampleDto, description: 'Kept even when too light; the warning comes back with it' })
  createSample(@CurrentActor() actor: Actor, @Body() body: CreateSampleDto): Promise<FoodSampleDto> {
    return this.routine.createSample(actor, body);
  }

  @Get('samples/:id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: FoodSampleDto })
  getSample(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<FoodSampleDto> {
    return this.routine.getSample(actor, id);
  }

  @Patch('samples/:id')
  @RequirePermission(FS_ROUTINE)
  @ApiOkResponse({ type: FoodSampleDto })
  updateSample(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateSampleDto): Promise<FoodSampleDto> {
    return this.routine.updateSample(actor, id, body);
  }

  @Post('samples/:id/remove')
  @HttpCode(200)
  @RequirePermission(FS_ROUTINE)
  @ApiOkResponse({ type: FoodSampleDto, description: 'Records the removal; before the minimum hours it is kept with a warning' })
  removeSample(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: RemoveSampleDto): Promise<FoodSampleDto> {
    return this.routine.removeSample(actor, id, body.version, body.removedBy, body.removedAt);
  }

  @Get('checklist')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: ChecklistDto, description: 'The checklist version a new record of the kind is filled against' })
  checklist(@Query() query: ChecklistQueryDto): Promise<ChecklistDto> {
    return this.routine.checklistFor(query.kind);
  }

  @Get('records')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: RoutineRecordPageDto })
  listRecords(@CurrentActor() actor: Actor, @Query() query: ListRecordsQueryDto): Promise<RoutineRecordPageDto> {
    const { page: _p, pageSize: _s, ...filters } = query;
    return this.routine.listRecords(actor, filters, pageRequest(query));
  }

  @Post('records')
  @RequirePermission(FS_ROUTINE)
  @ApiCreatedResponse({ type: RoutineRecordDto, description: 'One per canteen and day / week / month: a second answers 409' })
  createRecord(@CurrentActor() actor: Actor, @Body() body: CreateRecordDto): Promise<RoutineRecordDto> {
    return this.routine.createRecord(actor, body);
  }

  @Get('records/:id')
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: RoutineRecordDto })
  getRecord(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<RoutineRecordDto> {
    return this.routine.getRecord(actor, id);
  }

  @Patch('records/:id')
  @RequirePermission(FS_ROUTINE)
  @ApiOkResponse({ type: RoutineRecordDto, description: 'Carries the version read; a stale one answers 409' })
  updateRecord(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateRecordDto): Promise<RoutineRecordDto> {
    return this.routine.updateRecord(actor, id, body);
  }
}
