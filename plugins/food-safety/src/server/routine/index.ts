import type { Type } from '@nestjs/common';
import { FoodSample } from './entities/food-sample.entity.js';
import { RoutineRecord } from './entities/routine-record.entity.js';
import { FoodSafetyRoutine1767744000004 } from './migrations/1767744000004-food-safety-routine.js';
import { RoutineController } from './routine.controller.js';
import { RoutineService } from './routine.service.js';

export { FoodSample, MEALS, type Meal } from './entities/food-sample.entity.js';
export { RoutineRecord, ROUTINE_KINDS, type RoutineKind } from './entities/routine-record.entity.js';

/** This part's contribution to FoodSafetyModule and the plugin definition. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ROUTINE_ENTITIES: Function[] = [FoodSample, RoutineRecord];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ROUTINE_MIGRATIONS: Function[] = [FoodSafetyRoutine1767744000004];
export const ROUTINE_CONTROLLERS: Type<unknown>[] = [RoutineController];
export const ROUTINE_PROVIDERS: Type<unknown>[] = [RoutineService];
