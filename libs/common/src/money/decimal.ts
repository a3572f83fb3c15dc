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
