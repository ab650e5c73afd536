import type { Provider, Type } from '@nestjs/common';
import { AuthController, UsersController } from './auth/auth.controller.js';
import { AuthService } from './auth/auth.service.js';
import { RateLimiter } from './auth/rate-limiter.service.js';
import { UsersService } from './auth/users.service.js';
import { AuditService } from './audit/audit.service.js';
import { ScopeService } from './access/scope.service.js';

/**
 * The controllers and services of the platform's parts. Each part adds its own lines here, so the
 * parts never edit each other's files.
 */
export const PLATFORM_CONTROLLERS: Type<unknown>[] = [
  AuthController,
  UsersController,
];

export const PLATFORM_PROVIDERS: Provider[] = [
  ScopeService,
  AuditService,
  RateLimiter,
  UsersService,
  AuthService,
];
