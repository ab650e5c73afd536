/**
 * RFC 9457 problem details, as the API answers every error:
 * `{ type, title, status, detail, code, errors: [{ field, code, message }] }`.
 * `title`, `detail` and each `message` are already in the user's language; `code` is stable.
 * The shell's API layer throws a `ProblemError`; the kit's forms and tables read it.
 */
export interface ProblemFieldError {
  /** Dotted path of the field, e.g. `name` or `address.city` or `items.0.amount`. */
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
  [extra: string]: unknown;
}

/** True when `x` has the shape of a problem document (a number `status` and a string `title`). */
export function isProblem(x: unknown): x is Problem {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  if (typeof p.status !== 'number' || typeof p.title !== 'string') return false;
  if (p.detail !== undefined && typeof p.detail !== 'string') return false;
  if (p.errors !== undefined) {
    if (!Array.isArray(p.errors)) return false;
    for (const e of p.errors as unknown[]) {
      if (typeof e !== 'object' || e === null || typeof (e as Record<string, unknown>).field !== 'string') return false;
    }
  }
  return true;
}

/** An error carrying the API's problem document; thrown by the shell's API layer. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get detail(): string | undefined {
    return this.problem.detail;
  }

  get fieldErrors(): ProblemFieldError[] {
    return this.problem.errors ?? [];
  }
}

export function isProblemError(x: unknown): x is ProblemError {
  return x instanceof ProblemError || (x instanceof Error && x.name === 'ProblemError' && isProblem((x as { problem?: unknown }).problem));
}

/** The problem behind an error: a `ProblemError`'s document, a bare problem document, or null. */
export function problemOf(x: unknown): Problem | null {
  if (isProblemError(x)) return x.problem;
  if (isProblem(x)) return x;
  return null;
}

/**
 * The request never got an answer (offline, server down): a `TypeError` from fetch, or the
 * shell's stand-in problem with status 0 / code `http.network`. Shown as a sentence, not a code.
 */
export function isNetworkError(x: unknown): boolean {
  if (x instanceof TypeError) return true;
  const p = problemOf(x);
  return !!p && (p.status === 0 || p.code === 'http.network');
}

/** `items.0.amount` → `['items', 0, 'amount']`: an antd form name path. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split('.')
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
