import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** RFC 9457 problem details, the body of every error the API answers (errors/problem.ts). */
const PROBLEM_SCHEMAS = {
  ProblemFieldError: {
    type: 'object',
    required: ['field', 'code', 'message'],
    properties: {
      field: { type: 'string', example: 'file' },
      code: { type: 'string', example: 'files.typeNotAllowed' },
      message: { type: 'string', description: "In the caller's language" },
    },
  },
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'detail', 'code'],
    properties: {
      type: { type: 'string', example: 'urn:schoolbridge:problem:validation.failed' },
      title: { type: 'string', example: 'Bad Request' },
      status: { type: 'integer', example: 400 },
      detail: { type: 'string', description: "In the caller's language" },
      code: { type: 'string', description: 'Stable and translatable', example: 'validation.failed' },
      instance: { type: 'string' },
      requestId: { type: 'string' },
      errors: { type: 'array', items: { $ref: '#/components/schemas/ProblemFieldError' } },
    },
    additionalProperties: true,
  },
} as const;

type SchemaMap = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation answers its errors as problem+json: documented once as each operation's default response. */
export function addProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.schemas = { ...(document.components.schemas ?? {}), ...(PROBLEM_SCHEMAS as unknown as SchemaMap) };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.responses = op.responses ?? {};
      op.responses.default ??= {
        description: 'Error (RFC 9457 problem details)',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
  }
  return document;
}

export function buildOpenApiDocument(app: NestFastifyApplication, opts: { version: string }): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('SchoolBridge API')
    .setDescription('Programme manager for school twinning, send-training-to-school sessions, teacher credits and donor-funded grants. Errors are RFC 9457 problem+json.')
    .setVersion(opts.version)
    .addCookieAuth('sb_session')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Personal API token (sbp_…)' })
    .build();
  return addProblemResponses(SwaggerModule.createDocument(app, config));
}

/**
 * OpenAPI at /api/docs (Swagger UI) and /api/docs-json. The UI's page loads only script files of
 * its own (no inline script), so the app's CSP (script-src 'self') needs no exception for it.
 */
export function setupOpenApi(app: NestFastifyApplication, opts: { version: string }): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app, opts), { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}
