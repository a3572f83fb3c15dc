import { Param, ParseUUIDPipe } from '@nestjs/common';
import { BadInput } from '../errors/domain-error';

/** A path id that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new BadInput(`${name} must be a UUID`, [{ field: name, message: 'must be a UUID', code: 'input.not-a-uuid' }], {
          code: 'input.not-a-uuid',
          params: { field: name },
        }),
    }),
  );
