export * from './demo-people';
export * from './demo-seed';
export * from './demo.module';
