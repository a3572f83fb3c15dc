/** The units and currencies the forms offer; each is shown translated (`units.*`, `currencies.*`), never as its code. */
export const UNITS = ['kg', 't', 'l', 'm', 'm2', 'm3', 'piece', 'pair', 'set', 'box', 'roll', 'sheet', 'bag'];
export const CURRENCIES = ['IRR', 'AZN', 'USD', 'EUR', 'TRY'];
