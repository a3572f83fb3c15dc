#!/usr/bin/env node
'use strict';
// `npm run check:boundaries`: fails when a context touches another's tables, imports another's
// internals, or a landed migration changed. The rules are in boundaries/check.js, the owner map and
// the allow-list in boundaries/config.js.
const path = require('node:path');
const { checkBoundaries } = require('./boundaries/check');
const config = require('./boundaries/config');

const root = path.resolve(__dirname, '..');
const result = checkBoundaries({ root, ...config });
for (const v of result.violations) console.log(`${v.file}:${v.line}  [${v.rule}] ${v.message}`);
if (result.skipped) console.log(`boundaries: ${result.skipped}`);
const kept = result.allowed.length ? `, ${result.allowed.length} allowed by the list in scripts/boundaries/config.js` : '';
console.log(
  `boundaries: ${result.files} files, ${result.landedMigrations} landed migrations: ${result.violations.length} violation(s)${kept}`,
);
process.exit(result.violations.length ? 1 : 0);
