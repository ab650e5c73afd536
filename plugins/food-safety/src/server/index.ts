/** The server entry of the food-safety plugin (`@schoolbridge/plugin-food-safety/server`). */
import { definePlugin } from '@schoolbridge/core';
import { CANTEENS_ENTITIES, CANTEENS_MIGRATIONS } from './canteens/index.js';
import { FOOD_SAFETY_IMPORTERS, FOOD_SAFETY_REMINDERS, FOOD_SAFETY_REPORT_SECTIONS, FOOD_SAFETY_SEEDS } from './extensions.js';
import { FoodSafetyModule } from './food-safety.module.js';
import { INSPECTIONS_ENTITIES, INSPECTIONS_MIGRATIONS } from './inspections/index.js';
import { FOOD_SAFETY_PERMISSIONS } from './permissions.js';
import { RECTIFICATION_ENTITIES, RECTIFICATION_MIGRATIONS } from './rectification/index.js';
import { ROUTINE_ENTITIES, ROUTINE_MIGRATIONS } from './routine/index.js';
import { TEMPLATES_ENTITIES, TEMPLATES_MIGRATIONS } from './templates/index.js';

export { FoodSafetyModule } from './food-safety.module.js';
export * from './permissions.js';

export const foodSafetyPlugin = definePlugin({
  id: 'food-safety',
  name: { 'zh-CN': '食堂食品安全检查', en: 'Canteen food safety' },
  coreCompatibility: '^0.1.0',
  module: FoodSafetyModule,
  entities: [...CANTEENS_ENTITIES, ...TEMPLATES_ENTITIES, ...INSPECTIONS_ENTITIES, ...RECTIFICATION_ENTITIES, ...ROUTINE_ENTITIES],
  migrations: [...CANTEENS_MIGRATIONS, ...TEMPLATES_MIGRATIONS, ...INSPECTIONS_MIGRATIONS, ...RECTIFICATION_MIGRATIONS, ...ROUTINE_MIGRATIONS],
  permissions: FOOD_SAFETY_PERMISSIONS,
  reportSections: FOOD_SAFETY_REPORT_SECTIONS,
  reminders: FOOD_SAFETY_REMINDERS,
  importers: FOOD_SAFETY_IMPORTERS,
  seeds: FOOD_SAFETY_SEEDS,
});
