import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export function buildOpenApiDocument(app: NestFastifyApplication, opts: { version: string }): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('SchoolBridge API')
    .setDescription('Programme manager for school twinning, send-training-to-school sessions, teacher credits and donor-funded grants. Errors are RFC 9457 problem+json.')
    .setVersion(opts.version)
    .addCookieAuth('sb_session')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Personal API token (sbp_…)' })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** OpenAPI at /api/docs (Swagger UI) and /api/docs-json. */
export function setupOpenApi(app: NestFastifyApplication, opts: { version: string }): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app, opts), { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}
