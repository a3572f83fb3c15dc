import { HttpException } from '@nestjs/common';
import { DomainError, FieldError, ProblemCode } from './domain-error';

export interface Problem {
  type: string;
  title: string;
  status: number;
  /** Stable machine name that clients translate; see the README's list of problem codes. */
  code: string;
  params?: ProblemCode['params'];
  detail?: string;
  errors?: FieldError[];
}

/** The code of a problem whose thrower named none, by status. */
const STATUS_CODES: Record<number, string> = {
  400: 'input.invalid',
  401: 'auth.unauthenticated',
  403: 'access.denied',
  404: 'resource.not-found',
  405: 'http.method-not-allowed',
  409: 'state.conflict',
  410: 'resource.gone',
  413: 'input.too-large',
  415: 'input.unsupported-media-type',
  422: 'rule.broken',
  429: 'rate.limited',
  500: 'server.internal',
  503: 'service.unavailable',
};

export const codeForStatus = (status: number) => STATUS_CODES[status] ?? (status >= 500 ? 'server.internal' : 'input.invalid');

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

// Exceptions Nest raises itself (multer through FileInterceptor), told apart by their message.
const HTTP_EXCEPTION_CODES: Record<string, string> = {
  '413 File too large': 'file.too-large',
  '400 Unexpected field': 'file.unexpected-field',
  '400 Too many files': 'file.too-many',
};

export const problemType = (slug: string) => `https://hamkar.dev/problems/${slug}`;

const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

// PostgreSQL errors that only bad input can cause: never a 500.
const PG_INPUT_ERRORS: Record<string, { status: number; detail: string; code: string }> = {
  '23505': { status: 409, detail: 'Already exists', code: 'resource.duplicate' },
  '23503': { status: 404, detail: 'A referenced record does not exist', code: 'resource.not-found' },
  '22P02': { status: 400, detail: 'A value has the wrong format', code: 'input.wrong-format' },
  '22003': { status: 400, detail: 'A number is out of range', code: 'input.out-of-range' },
  '22001': { status: 400, detail: 'A value is too long', code: 'input.too-long' },
  '22007': { status: 400, detail: 'A date or time has the wrong format', code: 'input.wrong-format' },
  '22008': { status: 400, detail: 'A date or time is out of range', code: 'input.out-of-range' },
  '22021': { status: 400, detail: 'A value contains a character that cannot be stored', code: 'input.invalid-character' },
};

// A dependency that cannot be reached (PostgreSQL stopped, restarting or out of connections; the
// pool full; Redis away): retry later, nothing changed. Never a 500, never a hang.
const PG_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const NET_UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|Stream isn't writeable|MaxRetriesPerRequest|Reached the max retries per request|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/;

export function isUnavailableError(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && (PG_UNAVAILABLE_CODES.has(e.code) || NET_UNAVAILABLE_CODES.has(e.code))) return true;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return (
    (e.driverError !== undefined && e.driverError !== e && isUnavailableError(e.driverError)) ||
    (e.cause !== undefined && e.cause !== e && isUnavailableError(e.cause))
  );
}

/** Seconds a client should wait before retrying a 503 or 429. */
export const RETRY_AFTER_SECONDS = 5;

/** Maps anything thrown to problem+json; unknown errors become an opaque 500. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    return {
      type: problemType(error.kind),
      title: error.title,
      status: error.status,
      code: error.code,
      params: error.params,
      detail: error.message || undefined,
      errors: error.errors,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const title = STATUS_TITLES[status] ?? error.name;
    const body = error.getResponse();
    const fromBody = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const message = typeof body === 'string' ? body : fromBody.message;
    const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined;
    const errors = Array.isArray(fromBody.errors) ? (fromBody.errors as FieldError[]) : undefined;
    const code =
      typeof fromBody.code === 'string'
        ? fromBody.code
        : (HTTP_EXCEPTION_CODES[`${status} ${detail}`] ??
          (status === 404 && /^Cannot [A-Z]+ \//.test(detail ?? '') ? 'route.not-found' : codeForStatus(status)));
    return { type: problemType(slugOf(title)), title, status, code, detail, errors };
  }
  if (isUnavailableError(error)) {
    return {
      type: problemType('unavailable'),
      title: STATUS_TITLES[503],
      status: 503,
      code: 'service.unavailable',
      detail: 'A service we depend on is unreachable; try again shortly',
    };
  }
  const e = error as { code?: unknown; status?: unknown; statusCode?: unknown; type?: unknown; driverError?: { code?: string } };
  const pgCode = typeof e?.code === 'string' ? e.code : e?.driverError?.code;
  if (pgCode && PG_INPUT_ERRORS[pgCode]) {
    const { status, detail, code } = PG_INPUT_ERRORS[pgCode];
    return { type: problemType(slugOf(STATUS_TITLES[status])), title: STATUS_TITLES[status], status, code, detail };
  }
  // body-parser and multer errors carry a 4xx status of their own.
  const status = Number(e?.status ?? e?.statusCode);
  if (status >= 400 && status < 500) {
    const title = STATUS_TITLES[status] ?? 'Bad request';
    const parseFailed = e?.type === 'entity.parse.failed';
    const detail = parseFailed ? 'The body is not valid JSON' : (error as Error).message;
    const limit = e?.type === 'entity.too.large' ? Number((error as { limit?: unknown }).limit) : NaN;
    return {
      type: problemType(slugOf(title)),
      title,
      status,
      code: parseFailed ? 'input.malformed-json' : codeForStatus(status),
      ...(limit > 0 ? { params: { maxBytes: limit } } : {}),
      detail,
    };
  }
  return {
    type: problemType('internal'),
    title: STATUS_TITLES[500],
    status: 500,
    code: 'server.internal',
    detail: 'Something went wrong on our side',
  };
}
