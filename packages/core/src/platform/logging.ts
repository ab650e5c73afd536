import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import { requestContext } from './context/request-context.js';

/** Injection token for the process's pino logger. */
export const PINO_LOGGER = Symbol('PINO_LOGGER');

/**
 * Structured JSON logs, one object a line, each with the request id of the request being served
 * (taken from the request context, so service code needs to pass nothing).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'schoolbridge' },
      timestamp: pino.stdTimeFunctions.isoTime,
      messageKey: 'msg',
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const ctx = requestContext.get();
        return ctx ? { requestId: ctx.requestId, ...(ctx.actor ? { userId: ctx.actor.userId } : {}) } : {};
      },
      redact: { paths: ['password', '*.password', 'newPassword', '*.newPassword', 'token', '*.token', 'req.headers.cookie', 'req.headers.authorization'], censor: '[redacted]' },
    },
    destination,
  );
}

const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/** Nest's logger interface over pino. */
export class PinoNestLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, context?: string, extra?: unknown) {
    const fields: Record<string, unknown> = context ? { context } : {};
    if (extra !== undefined) fields.detail = extra;
    if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...(message as Record<string, unknown>) });
    else this.pino[level](fields, String(message));
  }

  log(message: unknown, ...rest: unknown[]) {
    const context = lastString(rest);
    // Nest's start-up chatter (every module and route) is detail, not news
    this.write(context && BOOT_CONTEXTS.has(context) ? 'debug' : 'info', message, context);
  }
  error(message: unknown, ...rest: unknown[]) {
    const ctx = lastString(rest);
    const stack = rest.length > 1 ? rest[0] : undefined;
    this.write('error', message, ctx, stack);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, lastString(rest));
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, lastString(rest));
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, lastString(rest));
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, lastString(rest));
  }
}

function lastString(rest: unknown[]): string | undefined {
  const last = rest[rest.length - 1];
  return typeof last === 'string' ? last : undefined;
}
