import type { NextFunction, Request, Response } from 'express';
import { BadInput } from '../errors/domain-error';
import { assertSafeInput } from '../validation/safe-input';

const UNSAFE_PATH = /%00|%ED%[AB][0-9A-F]/i; // NUL, or UTF-8 bytes of a surrogate

/**
 * Runs after the body parsers, before routing: a body or query that no service could store
 * (NUL, a lone surrogate) or that nests deeper than any request needs is a 400 for every route
 * at once, including those that read the body before their DTO is checked (login).
 */
export function rejectUnsafeRequests(req: Request, _res: Response, next: NextFunction) {
  try {
    if (UNSAFE_PATH.test(req.path))
      throw new BadInput('The path contains a character that cannot be stored', {
        code: 'input.invalid-character',
        params: { field: 'path' },
      });
    assertSafeInput(req.query, 'query');
    assertSafeInput(req.body);
    next();
  } catch (e) {
    next(e);
  }
}
