import { SourceTextModule } from 'node:vm';

// NestJS 12 is ES modules only. Our code runs as CommonJS (SWC here, tsc in the build) and reaches
// Nest through require(esm), which Jest implements with vm modules: without the flag that enables
// them, every file would fail on its first decorator with a puzzling ERR_REQUIRE_ESM.
if (typeof SourceTextModule !== 'function') {
  throw new Error(
    'Service tests load NestJS (ES modules) through require(esm), which needs Node started with --experimental-vm-modules: ' +
      'run them with `npm test`, `npm run test:service`, or `NODE_OPTIONS=--experimental-vm-modules npx jest …`.',
  );
}
