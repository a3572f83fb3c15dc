import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from './domain-error';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) =>
      message.startsWith('property ') && message.endsWith('should not exist')
        ? { field, message: 'is not allowed' }
        : { field, message },
    );
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

export function validationProblem(errors: ValidationError[]): BadRequestException {
  const list = flatten(errors);
  return new BadRequestException({ message: `Invalid input: ${list.map((e) => e.field).join(', ')}`, errors: list });
}

/** Rejects unknown fields and lists every bad one. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: validationProblem,
  });
}
