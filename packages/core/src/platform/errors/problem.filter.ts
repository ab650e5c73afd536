import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter, type LoggerService } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@schoolbridge/shared';
import { requestContext } from '../context/request-context.js';
import { hasProblemMessage, problemMessage } from './messages.js';
import { AppError, type ProblemDocument } from './problem.js';

const HTTP_CODES: Record<number, string> = {
  400: 'http.badRequest',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'http.notFound',
  405: 'http.methodNotAllowed',
  413: 'http.payloadTooLarge',
  415: 'http.unsupportedMediaType',
  429: 'http.tooManyRequests',
};

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  429: 'Too Many Requests', 500: 'Internal Server Error',
};

/** The caller's language: the signed-in user's choice, else Accept-Language, else the default. */
export function requestLocale(req: FastifyRequest | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  const actorLocale = requestContext.actor()?.locale;
  if (isLocale(actorLocale)) return actorLocale;
  const header = req?.headers?.['accept-language'];
  if (typeof header === 'string') {
    const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('en')) return 'en';
    if (first.startsWith('zh')) return 'zh-CN';
  }
  return fallback;
}

export function toProblem(exception: unknown, locale: Locale, requestId: string | undefined, instance?: string): ProblemDocument {
  let status = 500;
  let code = 'internal';
  let params: Record<string, unknown> = {};
  let fieldErrors: AppError['fieldErrors'] = [];
  let extra: Record<string, unknown> = {};
  if (exception instanceof AppError) {
    ({ status, code, params, fieldErrors, extra } = exception);
  } else if (exception instanceof HttpException) {
    status = exception.getStatus();
    code = HTTP_CODES[status] ?? (status >= 500 ? 'internal' : 'http.badRequest');
  } else if (isFastifyError(exception)) {
    status = exception.statusCode;
    code = HTTP_CODES[status] ?? 'http.badRequest';
  }
  if (status >= 500) {
    status = 500;
    code = 'internal';
    params = {};
    fieldErrors = [];
    extra = {};
  }
  const doc: ProblemDocument = {
    type: `urn:schoolbridge:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: problemMessage(hasProblemMessage(code) ? code : HTTP_CODES[status] ?? 'internal', locale, { ...params, requestId }),
    code,
    ...extra,
  };
  if (instance) doc.instance = instance;
  if (requestId) doc.requestId = requestId;
  if (fieldErrors.length > 0 || code === 'validation.failed') {
    doc.errors = fieldErrors.map((e) => ({
      field: e.field,
      code: e.code,
      message: e.message ?? problemMessage(e.code, locale, { field: e.field, ...(e.params ?? {}) }),
    }));
  }
  return doc;
}

function isFastifyError(e: unknown): e is { statusCode: number; code?: string } {
  return typeof e === 'object' && e !== null && typeof (e as { statusCode?: unknown }).statusCode === 'number' && (e as { statusCode: number }).statusCode >= 400;
}

/** Turns every error into problem+json; 5xx never leak internals and are logged with the request id. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: LoggerService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    const requestId = requestContext.requestId() ?? (req?.id as string | undefined);
    const doc = toProblem(exception, requestLocale(req), requestId, req?.url?.split('?')[0]);
    if (doc.status >= 500) {
      this.logger.error({ msg: 'request failed', err: serializeError(exception), requestId, url: req?.url }, 'ProblemFilter');
    }
    void reply.status(doc.status).header('content-type', 'application/problem+json; charset=utf-8').send(JSON.stringify(doc));
  }
}

function serializeError(e: unknown): Record<string, unknown> {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack };
  return { value: String(e) };
}
