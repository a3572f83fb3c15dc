import Decimal from 'decimal.js';

// One configured Decimal for the whole platform: money and quantities never touch floats.
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const dec = (v: Decimal.Value) => new Dec(v);

/** Wire format: a plain decimal string, never exponent notation. */
export const decimalString = (v: Decimal.Value, places?: number) => {
  const d = new Dec(v);
  return places === undefined ? d.toFixed() : d.toFixed(places);
};

export const sumDecimals = (values: Decimal.Value[]) => values.reduce<Dec>((acc, v) => acc.plus(v), new Dec(0));

/** For DTOs: a non-negative decimal string with at most `scale` places. */
export const decimalPattern = (scale = 4) => new RegExp(`^(0|[1-9]\\d{0,14})(\\.\\d{1,${scale}})?$`);
