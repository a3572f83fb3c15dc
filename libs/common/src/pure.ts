// The parts of common that do not load NestJS, for pure domain code: its unit tests import it
// directly and stay fast, with no Nest, database or vm modules (see README "How tests work").
export * from './errors/domain-error';
export * from './money/decimal';
export * from './text/locale';
export * from './text/normalize';
