import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RETRY_AFTER_SECONDS, toProblem } from './problem';

/** The one place where HTTP errors become `application/problem+json`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const problem = toProblem(error);
    // Every 5xx is logged: a 500 is a bug to fix, a 503 a dependency to look at.
    if (problem.status === 503)
      this.logger.warn({ err: error, url: req.url, method: req.method, code: problem.code }, 'service unavailable');
    else if (problem.status >= 500) this.logger.error({ err: error, url: req.url, method: req.method }, 'unhandled error');
    if (res.headersSent) return;
    // Clients and proxies back off instead of hammering a dependency that is away or a limit that is hit.
    if ((problem.status === 503 || problem.status === 429) && !res.getHeader('Retry-After'))
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }
}
