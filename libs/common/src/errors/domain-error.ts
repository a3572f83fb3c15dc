export interface FieldError {
  field: string;
  message: string;
  /** A stable machine name for what is wrong with the field (`input.required`, `input.too-long`, …). */
  code?: string;
  /** The values the code's message mentions (`{ max: 8000 }`). */
  params?: Record<string, string | number | boolean | null>;
}

/** What a client needs to translate a problem: a stable dotted `code` and the values it mentions. */
export interface ProblemCode {
  code?: string;
  params?: Record<string, string | number | boolean | null>;
}

/**
 * Every error the domain raises on purpose. The filter maps it to problem+json once, so
 * services never think about HTTP and the gateway can reuse the same status and title.
 * `code` is what clients translate (`procurement.wrong-state`); `detail` stays English, for developers.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  /** A stable slug, the last part of the problem `type` URI. */
  abstract readonly kind: string;
  /** The code used when the thrower names none. */
  protected abstract readonly defaultCode: string;
  readonly errors?: FieldError[];
  private readonly explicit: ProblemCode;

  constructor(detail?: string, errorsOrCode?: FieldError[] | ProblemCode, code?: ProblemCode) {
    super(detail);
    this.name = new.target.name;
    this.errors = Array.isArray(errorsOrCode) ? errorsOrCode : undefined;
    this.explicit = (Array.isArray(errorsOrCode) ? code : errorsOrCode) ?? {};
  }

  get code(): string {
    return this.explicit.code ?? this.defaultCode;
  }

  get params(): ProblemCode['params'] {
    return this.explicit.params;
  }
}

export class BadInput extends DomainError {
  readonly status = 400;
  readonly title = 'Bad request';
  readonly kind = 'bad-request';
  protected readonly defaultCode = 'input.invalid';
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly title = 'Unauthorized';
  readonly kind = 'unauthorized';
  protected readonly defaultCode = 'auth.unauthenticated';
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly title = 'Forbidden';
  readonly kind = 'forbidden';
  protected readonly defaultCode = 'access.denied';
}

/** Also what an outsider gets for anything inside a cluster it is not a member of. */
export class NotFound extends DomainError {
  readonly status = 404;
  readonly title = 'Not found';
  readonly kind = 'not-found';
  protected readonly defaultCode = 'resource.not-found';
  constructor(what = 'resource', code?: ProblemCode) {
    super(`No such ${what}`, { code: code?.code, params: { resource: what, ...code?.params } });
  }
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict';
  readonly kind = 'conflict';
  protected readonly defaultCode = 'state.conflict';
}

export class Gone extends DomainError {
  readonly status = 410;
  readonly title = 'Gone';
  readonly kind = 'gone';
  protected readonly defaultCode = 'resource.gone';
}

export class PayloadTooLarge extends DomainError {
  readonly status = 413;
  readonly title = 'Payload too large';
  readonly kind = 'payload-too-large';
  protected readonly defaultCode = 'input.too-large';
}

export class RuleBroken extends DomainError {
  readonly status = 422;
  readonly title = 'Unprocessable';
  readonly kind = 'rule-broken';
  protected readonly defaultCode = 'rule.broken';
}

export class TooManyRequests extends DomainError {
  readonly status = 429;
  readonly title = 'Too many requests';
  readonly kind = 'too-many-requests';
  protected readonly defaultCode = 'rate.limited';
}

/** A dependency (PostgreSQL, or Redis for what needs it) cannot be reached: retry later, nothing changed. */
export class Unavailable extends DomainError {
  readonly status = 503;
  readonly title = 'Service unavailable';
  readonly kind = 'unavailable';
  protected readonly defaultCode = 'service.unavailable';
}

/** A transition the state machine does not allow; the detail names the current state. */
export class InvalidTransition extends Conflict {
  constructor(entity: string, from: string, event: string) {
    super(`Cannot ${event} a ${entity} that is ${from}`, { code: `${entity}.wrong-state`, params: { state: from, event } });
  }
}
