import type { Type } from '@nestjs/common';
import { CanteenScope } from './canteen-scope.js';
import { CanteensController } from './canteens.controller.js';
import { CanteensService } from './canteens.service.js';
import { Canteen } from './entities/canteen.entity.js';
import { FoodHandler } from './entities/food-handler.entity.js';
import { SupplierSchool } from './entities/supplier-school.entity.js';
import { FoodHandlersController } from './handlers.controller.js';
import { FoodHandlersService } from './handlers.service.js';
import { FoodSafetyCanteens1767744000000 } from './migrations/1767744000000-food-safety-canteens.js';

export { CanteenScope, canteenScopeSpec } from './canteen-scope.js';
export { Canteen, CANTEEN_KINDS, CANTEEN_OPERATORS, type CanteenKind, type CanteenOperator } from './entities/canteen.entity.js';
export { SupplierSchool } from './entities/supplier-school.entity.js';
export { FoodHandler } from './entities/food-handler.entity.js';
export { LicenceReminders, HealthCertificateReminders } from './reminders.js';

/** This part's contribution to FoodSafetyModule and the plugin definition. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const CANTEENS_ENTITIES: Function[] = [Canteen, SupplierSchool, FoodHandler];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const CANTEENS_MIGRATIONS: Function[] = [FoodSafetyCanteens1767744000000];
export const CANTEENS_CONTROLLERS: Type<unknown>[] = [CanteensController, FoodHandlersController];
export const CANTEENS_PROVIDERS: Type<unknown>[] = [CanteenScope, CanteensService, FoodHandlersService];
