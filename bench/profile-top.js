#!/usr/bin/env node
// What costs most in a V8 CPU profile (`API_CPU_PROF=<dir> npm run bench -- messaging` writes one):
// the functions with the most self time, and self time summed by package or source folder.
// Run: node bench/profile-top.js <file.cpuprofile> [how many, 25]
const { readFileSync } = require('node:fs');

const [file, howMany = '25'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile-top.js <file.cpuprofile> [n]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
// Each sample names the node running then; timeDeltas[i] is the time before sample i.
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const where = (url) => {
  if (!url) return '(native/V8)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node core';
  const h = /(apps|libs)\/([^/]+)/.exec(url);
  return h ? `${h[1]}/${h[2]}` : url;
};
const fns = new Map();
const groups = new Map();
for (const [id, us] of selfUs) {
  const { callFrame: f } = byId.get(id);
  const key = `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/^.*\/(node_modules|apps|libs)\//, '$1/')}:${f.lineNumber + 1}` : ''}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  const g = f.functionName === '(idle)' ? '(idle)' : f.functionName === '(garbage collector)' ? '(garbage collector)' : where(f.url);
  groups.set(g, (groups.get(g) ?? 0) + us);
}
const show = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(
  `${(total / 1e6).toFixed(1)} s sampled\n\nby package or folder:\n${show(groups, 20)}\n\nby function (self time):\n${show(fns, Number(howMany))}`,
);
