export * from './digits';
export * from './optional';
export * from './safe-input';
export * from './any-field';
export * from './trim';
