import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory, RouterModule } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { CORE_VERSION } from '../../version.js';
import { DEFAULT_HASH_OPTIONS, type PasswordHashOptions } from '../auth/crypto.js';
import { Clock } from '../clock.js';
import { loadConfig, type AppConfig, type ConfigOverrides } from '../config.js';
import { requestContext } from '../context/request-context.js';
import { CORE_MODULES } from '../core-modules.js';
import { createDataSource } from '../db/data-source.js';
import { runMigrations } from '../db/migrate.js';
import { createValidationPipe } from '../errors/validation.js';
import { ProblemFilter } from '../errors/problem.filter.js';
import { createLogger, PinoNestLogger } from '../logging.js';
import { PlatformModule } from '../platform.module.js';
import { ExtensionRegistry } from '../plugins/extension-registry.js';
import type { ModuleDefinition, PluginDefinition } from '../plugins/plugin.js';
import { validatePlugins } from '../plugins/validate.js';
import { ensureSigningSecret } from '../settings/secret.js';
import { registerAdminStatic } from './admin-static.js';
import { setupOpenApi } from './openapi.js';
import '../auth/messages.js';

export interface CreateAppOptions {
  /** Environment to read the configuration from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Values that win over the environment. */
  config?: ConfigOverrides;
  /** Installed plugins (apps/api/src/plugins.ts); SCHOOLBRIDGE_PLUGINS picks the enabled ones. */
  plugins?: PluginDefinition[];
  clock?: Clock;
  /** ':memory:' in tests; default the configured file under DATA_DIR. */
  sqliteFile?: string;
  /** Default the configured DATABASE_URL. */
  postgresUrl?: string;
  logger?: Logger;
  hashOptions?: PasswordHashOptions;
  /** Apply pending migrations before the app starts (default true). */
  migrate?: boolean;
  /**
   * The admin's build folder (apps/admin/dist), served at `/` with deep links falling back to its
   * index.html; a folder without a build answers a note on how to build it. Default null: the API only.
   */
  adminDist?: string | null;
}

export interface SchoolBridgeApp {
  app: NestFastifyApplication;
  config: AppConfig;
  clock: Clock;
  dataSource: DataSource;
  logger: Logger;
  installedPlugins: PluginDefinition[];
  enabledPlugins: PluginDefinition[];
  /** Core contexts and enabled plugins, in boot order. */
  modules: ModuleDefinition[];
  close(): Promise<void>;
}

/** Every entity and migration of core and of every installed plugin (tables stay when a plugin is off). */
export function allEntitiesAndMigrations(installed: PluginDefinition[]) {
  const defs: ModuleDefinition[] = [...CORE_MODULES, ...installed];
  return {
    entities: defs.flatMap((d) => d.entities ?? []),
    migrations: defs.flatMap((d) => d.migrations ?? []),
  };
}

function requestIdFrom(raw: { headers: Record<string, string | string[] | undefined> }): string {
  const given = raw.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : newId();
}

/**
 * The one place the Nest application is assembled (ARCHITECTURE §3): configuration, plugins
 * checked, database opened and migrated, secret ensured, then Fastify with cookies, security
 * headers, multipart, the validation pipe, problem+json errors, request ids and OpenAPI.
 * apps/api and the test harness both call it, so tests run the production pipeline.
 */
export async function createApp(options: CreateAppOptions = {}): Promise<SchoolBridgeApp> {
  const config = loadConfig(options.env ?? process.env, options.config);
  const logger = options.logger ?? createLogger(config.logLevel);
  const installed = options.plugins ?? [];
  const enabledPlugins = validatePlugins(CORE_MODULES, installed, config.plugins, CORE_VERSION);
  const clock = options.clock ?? (config.fakeNow ? Clock.startingAt(config.fakeNow, config.timeZone) : new Clock(config.timeZone));
  const { entities, migrations } = allEntitiesAndMigrations(installed);
  const dataSource = await createDataSource(config, {
    entities,
    migrations,
    ...(options.sqliteFile ? { sqliteFile: options.sqliteFile } : {}),
    ...(options.postgresUrl ? { postgresUrl: options.postgresUrl } : {}),
  });
  let nestApp: NestFastifyApplication | null = null;
  try {
    if (options.migrate !== false) {
      const applied = await runMigrations(dataSource);
      if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    }
    const secret = await ensureSigningSecret(dataSource, config.secret, clock.now());
    const modules: ModuleDefinition[] = [...CORE_MODULES, ...enabledPlugins];
    const permissions = modules.flatMap((m) => m.permissions ?? []);

    @Module({})
    class SchoolBridgeRootModule {}
    const contextModules = CORE_MODULES.filter((m) => m.module !== PlatformModule).map((m) => m.module);
    const root: DynamicModule = {
      module: SchoolBridgeRootModule,
      imports: [
        PlatformModule.forRoot({ config, clock, dataSource, secret, hashOptions: options.hashOptions ?? DEFAULT_HASH_OPTIONS, permissions, logger }),
        ...contextModules,
        ...enabledPlugins.map((p) => p.module),
        RouterModule.register(enabledPlugins.map((p) => ({ path: p.id, module: p.module }))),
      ],
    };

    const adapter = new FastifyAdapter({
      logger: false,
      trustProxy: process.env.TRUST_PROXY === '1',
      bodyLimit: 2 * 1024 * 1024,
      genReqId: (raw: { headers: Record<string, string | string[] | undefined> }) => requestIdFrom(raw),
    });
    const nestLogger = new PinoNestLogger(logger);
    const app = await NestFactory.create<NestFastifyApplication>(root, adapter, { logger: nestLogger, bufferLogs: false, abortOnError: false });
    nestApp = app;
    app.setGlobalPrefix('api');
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemFilter(nestLogger));
    await app.register(fastifyCookie as never);
    await app.register(fastifyHelmet as never, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          // Upgrading would break the admin served over plain HTTP on a LAN address; behind TLS it stays.
          upgradeInsecureRequests: config.auth.secureCookies ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
      hsts: config.auth.secureCookies,
    } as never);
    await app.register(fastifyMultipart as never, { limits: { fileSize: config.files.maxBytes, files: 1, fields: 10 } } as never);

    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onRequest', async (req, reply) => {
      void reply.header('x-request-id', req.id);
    });
    // The request context (request id, caller) for everything the handler runs, logs included.
    fastify.addHook('preHandler', (req: FastifyRequest, _reply, done) => {
      requestContext.run({ requestId: String(req.id), ip: req.ip ?? null, actor: null }, done);
    });
    fastify.addHook('onResponse', async (req, reply) => {
      logger.info({ requestId: req.id, method: req.method, url: req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    });

    if (options.adminDist) await registerAdminStatic(fastify, options.adminDist);
    setupOpenApi(app, { version: CORE_VERSION });
    await app.init();
    const registry = app.get(ExtensionRegistry);
    registry.setModules(modules);
    registry.verify();
    await fastify.ready();
    logger.info({ database: dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite', plugins: enabledPlugins.map((p) => p.id) }, 'application ready');

    return {
      app,
      config,
      clock,
      dataSource,
      logger,
      installedPlugins: installed,
      enabledPlugins,
      modules,
      async close() {
        await app.close();
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    };
  } catch (err) {
    if (nestApp) await nestApp.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
    throw err;
  }
}
