import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { LOCALES } from '@schoolbridge/shared';
import { CORE_VERSION } from '../../version.js';
import { Public } from '../access/decorators.js';
import { Clock } from '../clock.js';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { requestContext } from '../context/request-context.js';
import { problemMessage } from '../errors/messages.js';
import { requestLocale } from '../errors/problem.filter.js';
import type { ProblemDocument } from '../errors/problem.js';
import { ExtensionRegistry } from '../plugins/extension-registry.js';
import { HealthDto, MetaDto } from './health.dto.js';
import './messages.js';

/** Liveness with a database check for load balancers, and what the admin needs to know at start. */
@ApiTags('meta')
@Controller()
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly registry: ExtensionRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('health')
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database cannot be reached (problem+json)' })
  async health(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const database = this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    try {
      await this.dataSource.manager.query('SELECT 1');
    } catch (err) {
      this.logger.error({ msg: 'health check: database unavailable', err: err instanceof Error ? err.message : String(err) });
      // Sent here rather than thrown: the problem filter turns every 5xx into a 500, and a load
      // balancer should see 503.
      const code = 'health.databaseUnavailable';
      const problem: ProblemDocument = {
        type: `urn:schoolbridge:problem:${code}`,
        title: 'Service Unavailable',
        status: 503,
        detail: problemMessage(code, requestLocale(req), {}),
        code,
        instance: '/api/health',
        requestId: requestContext.requestId() ?? String(req.id),
      };
      void reply.status(503).header('content-type', 'application/problem+json; charset=utf-8').header('retry-after', '10').send(JSON.stringify(problem));
      return;
    }
    const body: HealthDto = { status: 'ok', database, time: this.clock.now().toISOString() };
    void reply.header('cache-control', 'no-store').send(body);
  }

  @Public()
  @Get('meta')
  @ApiOkResponse({ type: MetaDto })
  meta(): MetaDto {
    return {
      name: 'SchoolBridge',
      version: CORE_VERSION,
      plugins: this.registry
        .modules()
        .filter((m) => (m as { kind?: string }).kind === 'plugin')
        .map((m) => m.id),
      defaultLocale: this.config.defaultLocale,
      locales: [...LOCALES],
      timeZone: this.config.timeZone,
      now: this.clock.now().toISOString(),
    };
  }
}
