/** For `@Transform(trim)` in DTOs: spaces around a name or a title are not part of it. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
