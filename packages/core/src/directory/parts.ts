import type { Provider, Type } from '@nestjs/common';
import { TeachersController } from './teachers/teachers.controller.js';
import { TeachersService } from './teachers/teachers.service.js';

/**
 * The directory's controllers and services. Each part (regions, organisations, teachers, students,
 * accounts, imports) adds its own lines here, so the parts never edit each other's files.
 */
export const DIRECTORY_CONTROLLERS: Type<unknown>[] = [
  // teachers
  TeachersController,
];

export const DIRECTORY_PROVIDERS: Provider[] = [
  // teachers
  TeachersService,
];
