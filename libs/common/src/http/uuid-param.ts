import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A path id that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new BadRequestException({ message: `${name} must be a UUID`, errors: [{ field: name, message: 'must be a UUID' }] }),
    }),
  );
