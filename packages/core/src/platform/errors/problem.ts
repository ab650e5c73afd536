/**
 * RFC 9457 problem details. Every error the API answers has this shape:
 * `{ type, title, status, detail, code, errors: [{ field, code, message }] }`.
 * `code` is stable and translatable; messages are in the caller's language.
 */
export interface FieldError {
  field: string;
  code: string;
  message?: string;
  params?: Record<string, unknown>;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; code: string; message: string }[];
  [extra: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
    /** Extra members for the problem document (e.g. `allowed` transitions). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const problems = {
  validation: (errors: FieldError[]) => new AppError(400, 'validation.failed', {}, errors),
  field: (field: string, code: string, params: Record<string, unknown> = {}) =>
    new AppError(400, 'validation.failed', {}, [{ field, code, params }]),
  unauthenticated: (code = 'auth.unauthenticated', params: Record<string, unknown> = {}) => new AppError(401, code, params),
  forbidden: (permission: string) => new AppError(403, 'auth.forbidden', { permission }),
  /** 404: the row does not exist or is outside the caller's scope (the two are not told apart). */
  notFound: (entity: string) => new AppError(404, 'notFound', { entity }, [], { entity }),
  staleVersion: (current: number) => new AppError(409, 'conflict.staleVersion', {}, [], { currentVersion: current }),
  duplicate: (field: string, value: string) => new AppError(409, 'conflict.duplicate', { field, value }, [{ field, code: 'conflict.duplicate', params: { field, value } }]),
  referenced: (by: string) => new AppError(409, 'conflict.referenced', { by }),
  conflict: (code: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => new AppError(409, code, params, [], extra),
  tooManyRequests: (code = 'http.tooManyRequests', params: Record<string, unknown> = {}) => new AppError(429, code, params),
};
