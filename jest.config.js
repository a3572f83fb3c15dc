// One Jest run, four projects: unit tests of pure logic beside the code, service tests of one
// context's real services on a database of their own (no api or worker running), end-to-end tests
// against the real PostgreSQL, Redis, BullMQ workers and Socket.IO, and browser tests in Debian's
// Chromium. SWC transpiles to CommonJS, as tsc builds the apps; NestJS 12's ES modules are then
// loaded through require(esm), which Jest 30 supports on Node 24 given --experimental-vm-modules
// (the npm scripts pass it). Type checking is `npm run typecheck`, part of the build.
const swc = ['@swc/jest', { ...require('./swc.jest.json') }];
const common = {
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@hamkar/common/pure$': '<rootDir>/libs/common/src/pure', '^@hamkar/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
  // Builds, copies of the checkout and other runs' files live there; none is a module or test of this run.
  modulePathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/.tools/'],
  watchPathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/.data/'],
};

module.exports = {
  // Test files stop their own processes; idle keep-alive sockets of fetch must not hold the run open.
  forceExit: true,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/*/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'service',
      testMatch: ['<rootDir>/test/service/**/*.service-spec.ts'],
      globalSetup: '<rootDir>/test/service/support/service-global-setup.ts',
      globalTeardown: '<rootDir>/test/service/support/service-global-teardown.ts',
      setupFiles: ['<rootDir>/test/service/support/require-esm.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/service/support/service-timeout.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/web/'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/e2e-timeout.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/web/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/web-global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/browser-timeout.ts'],
    },
  ],
};
