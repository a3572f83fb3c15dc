import { BadInput } from '../errors/domain-error';

const ANY_FIELD = Symbol('anyFieldRequired');

/** A change whose fields are all optional still has to change something: `{}` is a 400. */
export const AnyFieldRequired = (): ClassDecorator => (target) => {
  Reflect.defineProperty(target, ANY_FIELD, { value: true });
};

export function anyFieldRequired(dto: object, instance: object): void {
  if (!(dto as Record<symbol, unknown>)[ANY_FIELD]) return;
  if (Object.values(instance).some((v) => v !== undefined)) return;
  throw new BadInput('Name at least one field to change', [{ field: 'body', message: 'names no field to change', code: 'input.empty' }], {
    code: 'input.empty',
  });
}
