import type { Provider, Type } from '@nestjs/common';
import { AuthController } from './auth/auth.controller.js';
import { RolesController, UsersController } from './auth/users.controller.js';
import { AuthService } from './auth/auth.service.js';
import { RateLimiter } from './auth/rate-limiter.service.js';
import { UsersService } from './auth/users.service.js';
import { AuditService } from './audit/audit.service.js';
import { ScopeService } from './access/scope.service.js';
import { FilesController } from './files/files.controller.js';
import { FilesService } from './files/files.service.js';
import { FILE_STORAGE_PROVIDER } from './files/file-storage.provider.js';
import { HealthController } from './health/health.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditQueryService } from './audit/audit-query.service.js';
import { NotificationController } from './notifications/notification.controller.js';
import { NotificationService } from './notifications/notification.service.js';
import { PLATFORM_SEEDS } from './seed/platform-seeds.js';
import { CalendarService } from './calendar/calendar.service.js';
import { FiguresController } from './figures/figures.controller.js';
import { FiguresService } from './figures/figures.service.js';
import { ImportersController } from './plugins/importers.controller.js';
import { RemindersController } from './reminders/reminders.controller.js';
import { RemindersService } from './reminders/reminders.service.js';
import { RegionsController } from './regions/regions.controller.js';
import { RegionsService } from './regions/regions.service.js';
import { PlatformUsageSection } from './figures/usage.section.js';
import { ImportsController } from './imports/imports.controller.js';
import { ImportsService } from './imports/imports.service.js';

/**
 * The controllers and services of the platform's parts. Each part adds its own lines here, so the
 * parts never edit each other's files.
 */
export const PLATFORM_CONTROLLERS: Type<unknown>[] = [
  AuthController,
  UsersController,
  RolesController,
  FilesController,
  HealthController,
  AuditController,
  NotificationController,
  FiguresController,
  RemindersController,
  ImportersController,
  ImportsController,
  RegionsController,
];

export const PLATFORM_PROVIDERS: Provider[] = [
  ScopeService,
  AuditService,
  FILE_STORAGE_PROVIDER,
  FilesService,
  AuditQueryService,
  NotificationService,
  CalendarService,
  FiguresService,
  RemindersService,
  RateLimiter,
  UsersService,
  AuthService,
  RegionsService,
  PlatformUsageSection,
  ImportsService,
  ...PLATFORM_SEEDS,
];
