import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, ValidationError, ValidatorOptions } from 'class-validator';
import { BadInput, FieldError, ProblemCode } from './domain-error';
import { assertSafeInput } from '../validation/safe-input';
import { anyFieldRequired } from '../validation/any-field';

type Params = NonNullable<ProblemCode['params']>;

/**
 * What each class-validator constraint means for a client, and which of its arguments the client
 * needs to say so ("at most 8000 characters"). A constraint not listed is a wrong format.
 */
const CONSTRAINT_CODES: Record<string, { code: string; params?: (args: unknown[]) => Params }> = {
  whitelistValidation: { code: 'input.not-allowed' },
  isDefined: { code: 'input.required' },
  isNotEmpty: { code: 'input.required' },
  maxLength: { code: 'input.too-long', params: ([max]) => ({ max: Number(max) }) },
  minLength: { code: 'input.too-short', params: ([min]) => ({ min: Number(min) }) },
  isString: { code: 'input.not-a-string' },
  isInt: { code: 'input.not-an-integer' },
  isNumber: { code: 'input.not-a-number' },
  isBoolean: { code: 'input.not-a-boolean' },
  isArray: { code: 'input.not-a-list' },
  isIn: { code: 'input.not-one-of', params: ([allowed]) => ({ allowed: (allowed as unknown[]).join(', ') }) },
  min: { code: 'input.too-small', params: ([min]) => ({ min: Number(min) }) },
  max: { code: 'input.too-large', params: ([max]) => ({ max: Number(max) }) },
  arrayMinSize: { code: 'input.too-few', params: ([min]) => ({ min: Number(min) }) },
  arrayMaxSize: { code: 'input.too-many', params: ([max]) => ({ max: Number(max) }) },
  isLatitude: { code: 'input.not-a-latitude' },
  isLongitude: { code: 'input.not-a-longitude' },
  isUuid: { code: 'input.not-a-uuid' },
  isEmail: { code: 'input.not-an-email' },
  isDate: { code: 'input.not-a-date' },
  isIso8601: { code: 'input.not-a-date' },
  nestedValidation: { code: 'input.not-an-object' },
  isObject: { code: 'input.not-an-object' },
};

const TYPE_CONSTRAINTS = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray']);

/** The arguments a constraint was declared with (`@MaxLength(8000)` → [8000]), for its params. */
function constraintArgs(error: ValidationError, name: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === name);
  return meta?.constraints ?? [];
}

function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const names = Object.keys(e.constraints ?? {});
    // A field left out fails every constraint on it; the client only needs to hear "required".
    if (e.value === undefined && names.length && !names.includes('whitelistValidation')) {
      return [{ field, message: 'is required', code: 'input.required' }];
    }
    // A value of the wrong type fails its length and range checks too; only the type is news.
    const wrongType = names.filter((n) => TYPE_CONSTRAINTS.has(n));
    const own = (wrongType.length ? wrongType : names).map((name): FieldError => {
      const known = CONSTRAINT_CODES[name];
      const message = name === 'whitelistValidation' ? 'is not allowed' : (e.constraints ?? {})[name];
      const params = known?.params?.(constraintArgs(e, name));
      return { field, message, code: known?.code ?? 'input.wrong-format', ...(params ? { params } : {}) };
    });
    return [...own, ...fieldErrors(e.children ?? [], field)];
  });
}

/** Every bad field listed, each with its own code; the problem's code is `input.invalid`. */
export function validationProblem(errors: ValidationError[]): BadInput {
  const list = fieldErrors(errors);
  return new BadInput(`Invalid input: ${[...new Set(list.map((e) => e.field))].join(', ')}`, list, { code: 'input.invalid' });
}

const VALIDATOR_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false };

/**
 * The one validation path for every transport: an HTTP body or query, a socket event, a job.
 * Unsafe characters and deep nesting first, then the DTO (digits normalised by its transforms).
 */
export async function validateInput<T extends object>(dto: new () => T, input: unknown, where = 'body'): Promise<T> {
  assertSafeInput(input);
  const plain = input ?? {};
  if (typeof plain !== 'object' || Array.isArray(plain)) {
    throw new BadInput(
      `The ${where} must be a JSON object`,
      [{ field: where, message: 'must be an object', code: 'input.not-an-object' }],
      { code: 'input.not-an-object' },
    );
  }
  const instance = plainToInstance(dto, plain);
  const errors = await validate(instance, VALIDATOR_OPTIONS);
  if (errors.length) throw validationProblem(errors);
  anyFieldRequired(dto, instance);
  return instance;
}

const BUILT_IN: unknown[] = [String, Boolean, Number, Array, Object];

/** The global pipe: DTO-typed bodies and queries go through `validateInput`, nothing else is touched. */
@Injectable()
export class InputPipe implements PipeTransform {
  transform(value: unknown, { metatype, type }: ArgumentMetadata) {
    if ((type !== 'body' && type !== 'query') || !metatype || BUILT_IN.includes(metatype)) return value;
    return validateInput(metatype as new () => object, value, type);
  }
}

export function createValidationPipe(): PipeTransform {
  return new InputPipe();
}
