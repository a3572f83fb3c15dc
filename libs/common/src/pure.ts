// The parts of common that do not load NestJS, for pure domain code that unit tests import
// directly (Jest cannot load Nest's ES modules; see README "How tests work").
export * from './errors/domain-error';
export * from './money/decimal';
export * from './text/locale';
export * from './text/normalize';
