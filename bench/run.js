#!/usr/bin/env node
// Runs every benchmark in sequence (`npm run bench`); each prints one JSON line of results and writes
// it under bench/results/. `npm run bench -- --quick` runs each small (a few minutes in all) and fails
// only when something is lost, duplicated or counted wrong, never on times (CI runs it so).
// `npm run bench -- messaging` runs only the benchmarks whose file name contains a given word.
// Benchmarks use the built apps in dist/ (or HAMKAR_DIST) and throwaway databases; `npm run build`
// first (web-slow also needs the built web client).
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const BENCHES = [
  'matching.bench.js',
  'messaging.bench.js',
  'realtime.bench.js',
  'history-search.bench.js',
  'jobs.bench.js',
  'scale-out.bench.js',
  'web-slow.bench.js',
];
const DIST = process.env.HAMKAR_DIST || 'dist';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const env = { ...process.env, ...(quick ? { BENCH_QUICK: '1' } : {}) };
const failed = [];
for (const file of BENCHES.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))) {
  const full = path.join(__dirname, file);
  if (!existsSync(full)) continue;
  process.stdout.write(`\n== ${file}${quick ? ' (quick)' : ''}\n`);
  const r = spawnSync(process.execPath, ['-r', path.resolve(DIST, 'register-paths.js'), full], { stdio: 'inherit', env });
  if (r.status !== 0) failed.push(file);
}
if (failed.length) process.stderr.write(`\nfailed: ${failed.join(', ')}\n`);
process.exit(failed.length ? 1 : 0);
