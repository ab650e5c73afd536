import { Module } from '@nestjs/common';
import { CANTEENS_CONTROLLERS, CANTEENS_PROVIDERS } from './canteens/index.js';
import { INSPECTIONS_CONTROLLERS, INSPECTIONS_PROVIDERS } from './inspections/index.js';
import { RECTIFICATION_CONTROLLERS, RECTIFICATION_PROVIDERS } from './rectification/index.js';
import { ROUTINE_CONTROLLERS, ROUTINE_PROVIDERS } from './routine/index.js';
import { TEMPLATES_CONTROLLERS, TEMPLATES_PROVIDERS } from './templates/index.js';
import { FOOD_SAFETY_EXTENSION_PROVIDERS } from './extensions.js';

const PROVIDERS = [...CANTEENS_PROVIDERS, ...TEMPLATES_PROVIDERS, ...INSPECTIONS_PROVIDERS, ...RECTIFICATION_PROVIDERS, ...ROUTINE_PROVIDERS];

/** 食堂食品安全检查: an ordinary Nest module; its controllers are mounted under /api/food-safety. */
@Module({
  controllers: [...CANTEENS_CONTROLLERS, ...TEMPLATES_CONTROLLERS, ...INSPECTIONS_CONTROLLERS, ...RECTIFICATION_CONTROLLERS, ...ROUTINE_CONTROLLERS],
  providers: [...PROVIDERS, ...FOOD_SAFETY_EXTENSION_PROVIDERS],
  exports: PROVIDERS as never[],
})
export class FoodSafetyModule {}
