// A server process's CPU time and resident memory, read from /proc (Linux), for CPU and memory per socket.
const { readFileSync } = require('node:fs');

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function usage(pid) {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    const rssKB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
    return { cpuSeconds, rssMB: Math.round(rssKB / 102.4) / 10 };
  } catch {
    return null; // not Linux, or the process is gone
  }
}

module.exports = { usage };
