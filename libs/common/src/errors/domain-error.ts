export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every error the domain raises on purpose. The filter maps it to problem+json once, so
 * services never think about HTTP and the gateway can reuse the same status and title.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  /** A stable slug, the last part of the problem `type` URI. */
  abstract readonly kind: string;
  readonly errors?: FieldError[];

  constructor(detail?: string, errors?: FieldError[]) {
    super(detail);
    this.name = new.target.name;
    this.errors = errors;
  }
}

export class BadInput extends DomainError {
  readonly status = 400;
  readonly title = 'Bad request';
  readonly kind = 'bad-request';
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly title = 'Unauthorized';
  readonly kind = 'unauthorized';
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly title = 'Forbidden';
  readonly kind = 'forbidden';
}

/** Also what an outsider gets for anything inside a cluster it is not a member of. */
export class NotFound extends DomainError {
  readonly status = 404;
  readonly title = 'Not found';
  readonly kind = 'not-found';
  constructor(what = 'resource') {
    super(`No such ${what}`);
  }
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict';
  readonly kind = 'conflict';
}

export class Gone extends DomainError {
  readonly status = 410;
  readonly title = 'Gone';
  readonly kind = 'gone';
}

export class PayloadTooLarge extends DomainError {
  readonly status = 413;
  readonly title = 'Payload too large';
  readonly kind = 'payload-too-large';
}

export class RuleBroken extends DomainError {
  readonly status = 422;
  readonly title = 'Unprocessable';
  readonly kind = 'rule-broken';
}

export class TooManyRequests extends DomainError {
  readonly status = 429;
  readonly title = 'Too many requests';
  readonly kind = 'too-many-requests';
}

/** A transition the state machine does not allow; the detail names the current state. */
export class InvalidTransition extends Conflict {
  constructor(entity: string, from: string, event: string) {
    super(`Cannot ${event} a ${entity} that is ${from}`);
  }
}
