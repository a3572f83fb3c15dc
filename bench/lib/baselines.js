// Starting the baseline relays beside Hamkar, putting Hamkar's figures beside theirs as ratios, and
// writing each benchmark's result under bench/results/ (git-ignored: the README carries the table).
const { spawn } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

// The relays run with the node flags of `npm run start:api`, as the api does, so only the code differs.
const API_NODE_FLAGS = require('../../package.json')
  .scripts['start:api'].match(/^node((?: --\S+)*) -r /)[1]
  .trim()
  .split(' ')
  .filter(Boolean);

/** Starts bench/baselines/<name>.js as its own process; resolves once it listens. */
function startBaseline(name, env = {}) {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, path.join(__dirname, '..', 'baselines', `${name}.js`)], {
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => child.exitCode === null && child.signalCode === null && child.kill('SIGTERM');
  process.on('exit', stop);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening`)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^listening (\d+)$/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      resolve({ url: `http://127.0.0.1:${m[1]}`, pid: child.pid, stop });
    });
  });
}

const ratio = (a, b) => (a == null || b == null ? null : b === 0 ? (a === 0 ? 1 : null) : Math.round((a / b) * 100) / 100);
const FIGURES = [
  ['p50', (r) => r.sendToReceiveMs.p50],
  ['p99', (r) => r.sendToReceiveMs.p99],
  ['max', (r) => r.sendToReceiveMs.max],
  ['lost', (r) => r.lost],
  ['duplicated', (r) => r.duplicates],
];

/** Hamkar's figure divided by each baseline's (lost and duplicated: 1 when both are 0, null when only the baseline's is). */
function compare(hamkar, baselines) {
  return Object.fromEntries(
    Object.entries(baselines).map(([name, b]) => [name, Object.fromEntries(FIGURES.map(([f, get]) => [f, ratio(get(hamkar), get(b))]))]),
  );
}

function comparisonTable(hamkar, baselines, ratios) {
  const rows = [['', ...FIGURES.map(([f]) => f)]];
  rows.push(['hamkar', ...FIGURES.map(([, get]) => String(get(hamkar)))]);
  for (const [name, b] of Object.entries(baselines)) {
    rows.push([name, ...FIGURES.map(([, get]) => String(get(b)))]);
    rows.push([
      `  hamkar ÷ ${name}`,
      ...FIGURES.map(([f, get]) =>
        f === 'lost' || f === 'duplicated'
          ? get(hamkar) === get(b)
            ? 'same'
            : `${get(hamkar)} vs ${get(b)}`
          : ratios[name][f] == null
            ? '-'
            : `${ratios[name][f]}×`,
      ),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = [
    'send→receive ms and deliveries, same clients and load:',
    ...rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')),
  ];
  for (const [name, r] of [['hamkar', hamkar], ...Object.entries(baselines)]) {
    const u = r.server;
    if (u)
      lines.push(
        `${name}: ${u.rssConnectedMB} MB with the sockets connected (${u.kBPerSocket} kB a socket), CPU ${u.cpuWhileSending} of a core while sending, ${u.cpuMsPerMessage} ms CPU a message`,
      );
  }
  return lines.join('\n');
}

function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
  };
}

/** bench/results/<name>-<time>.json and bench/results/<name>-latest.json. */
function writeResult(name, result) {
  const dir = path.join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const body = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(path.join(dir, `${name}-${result.at ?? new Date().toISOString()}.json`.replace(/:/g, '-')), body);
  writeFileSync(path.join(dir, `${name}-latest.json`), body);
}

/**
 * Runs a benchmark's `main`, which answers what did not hold (never a time): exits 1 naming them, or on an
 * error with its stack; else 0.
 */
function runBench(name, main) {
  main().then(
    (problems) => {
      if (problems.length) process.stderr.write(`[${name}] FAILED: ${problems.join('; ')}\n`);
      process.exit(problems.length ? 1 : 0);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

module.exports = { startBaseline, compare, comparisonTable, machine, writeResult, runBench, API_NODE_FLAGS };
