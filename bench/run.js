#!/usr/bin/env node
// Runs every benchmark in sequence (`npm run bench`); each prints one JSON line of results.
// Benchmarks use the built apps in dist/ and throwaway databases; `npm run build` first (web-slow also needs the built web client).
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const BENCHES = ['matching.bench.js', 'messaging.bench.js', 'web-slow.bench.js'];

const only = process.argv.slice(2);
let failed = 0;
for (const file of BENCHES.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))) {
  const full = path.join(__dirname, file);
  if (!existsSync(full)) continue;
  process.stdout.write(`\n== ${file}\n`);
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, '..', 'dist', 'register-paths.js'), full], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
