import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@schoolbridge/core';
import { FS_MANAGE, FS_READ } from '../permissions.js';
import { FoodSafetySettingsDto, UpdateFoodSafetySettingsDto } from './dto/settings.dto.js';
import { FoodSafetySettings } from './settings.service.js';

/** The plugin's settings (设置): grade cut-offs, training validity, sample rules, reminder windows. */
@ApiTags('food-safety')
@ApiCookieAuth()
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: FoodSafetySettings) {}

  @Get()
  @RequirePermission(FS_READ)
  @ApiOkResponse({ type: FoodSafetySettingsDto })
  read(): Promise<FoodSafetySettingsDto> {
    return this.settings.read();
  }

  @Put()
  @RequirePermission(FS_MANAGE)
  @ApiOkResponse({ type: FoodSafetySettingsDto, description: 'The whole settings document with the version read; stale → 409' })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateFoodSafetySettingsDto): Promise<FoodSafetySettingsDto> {
    return this.settings.update(actor, body);
  }
}
