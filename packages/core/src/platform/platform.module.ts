import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { PermissionGuard } from './access/permission.guard.js';
import { PERMISSION_DEFINITIONS, PermissionRegistry } from './access/permission-registry.js';
import type { PermissionDefinition } from './access/roles.js';
import { AuthGuard } from './auth/auth.guard.js';
import { PASSWORD_HASH_OPTIONS, SIGNING_SECRET } from './auth/auth.tokens.js';
import type { PasswordHashOptions } from './auth/crypto.js';
import { Clock } from './clock.js';
import { APP_CONFIG, type AppConfig } from './config.js';
import { PINO_LOGGER } from './logging.js';
import { ExtensionRegistry } from './plugins/extension-registry.js';
import { PLATFORM_CONTROLLERS, PLATFORM_PROVIDERS } from './parts.js';

export interface PlatformRuntime {
  config: AppConfig;
  clock: Clock;
  dataSource: DataSource;
  secret: string;
  hashOptions: PasswordHashOptions;
  permissions: PermissionDefinition[];
  logger: Logger;
}

/** The platform: configuration, clock, database, auth, access, audit and the other shared parts. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(runtime: PlatformRuntime): DynamicModule {
    const values: Provider[] = [
      { provide: APP_CONFIG, useValue: runtime.config },
      { provide: Clock, useValue: runtime.clock },
      { provide: DataSource, useValue: runtime.dataSource },
      { provide: SIGNING_SECRET, useValue: runtime.secret },
      { provide: PASSWORD_HASH_OPTIONS, useValue: runtime.hashOptions },
      { provide: PERMISSION_DEFINITIONS, useValue: runtime.permissions },
      { provide: PINO_LOGGER, useValue: runtime.logger },
    ];
    const services = [PermissionRegistry, ExtensionRegistry, ...PLATFORM_PROVIDERS];
    return {
      module: PlatformModule,
      global: true,
      controllers: PLATFORM_CONTROLLERS,
      providers: [...values, ...services, { provide: APP_GUARD, useClass: AuthGuard }, { provide: APP_GUARD, useClass: PermissionGuard }],
      exports: [...values.map((v) => (v as { provide: unknown }).provide as never), ...services],
    };
  }
}

