export * from './demo-people';
export * from './demo-seed';
export * from './demo.module';
export * from './demo-activity';
