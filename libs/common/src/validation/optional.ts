import { ValidateIf } from 'class-validator';

// class-validator's IsOptional also skips validation for null, so `{"displayName": null}` used to
// reach the services and fail there as a 500. Leaving a field out and sending null are different.

/** The field may be left out; null is refused like any other wrong value. */
export const Optional = () => ValidateIf((_object, value) => value !== undefined);

/** The field may be left out or be null (which clears it); any other value is validated. */
export const Nullable = () => ValidateIf((_object, value) => value !== undefined && value !== null);
