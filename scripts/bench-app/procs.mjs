// The app under measurement as the kernel sees it: its process tree under tauri-driver, PSS summed from smaps_rollup, CPU ticks, the load average.

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** pid → { ppid, comm, ticks } for every process readable now. */
function table() {
  const out = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // comm is in parentheses and may hold spaces: split after the last ')'.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const f = stat.slice(close + 2).split(' ');
      // After comm: state(0) ppid(1) … utime(11) stime(12).
      out.set(Number(d), { ppid: Number(f[1]), comm, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/**
 * The app and its WebKit children, started (through WebKitWebDriver) by the tauri-driver whose
 * pid is `driverPid`: every descendant but the two drivers themselves.
 */
export function appTree(driverPid) {
  const procs = table();
  const found = [];
  const walk = (pid) => {
    for (const [child, p] of procs) {
      if (p.ppid !== pid) continue;
      if (!/^(tauri-driver|WebKitWebDriver)$/.test(p.comm)) found.push(child);
      walk(child);
    }
  };
  walk(driverPid);
  return found;
}

/** The names of the processes in `pids` ("liaison-app, WebKitWebProcess, WebKitNetworkProcess"). */
export function names(pids) {
  const procs = table();
  return pids.map((p) => procs.get(p)?.comm ?? '?').join(', ');
}

/** Proportional set size summed over `pids`, in MB (shared pages split between their users). */
export function pssMB(pids) {
  let kb = 0;
  for (const pid of pids) {
    const m = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
    if (!m) throw new Error(`no Pss line in /proc/${pid}/smaps_rollup`);
    kb += Number(m[1]);
  }
  if (!pids.length) throw new Error('no app process to read the memory of');
  return kb / 1024;
}

/** Each process's share of `pssMB`, in words ("liaison-app 120, WebKitWebProces 250"). */
export function pssEach(pids) {
  const procs = table();
  return pids
    .map((pid) => {
      const m = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
      return `${procs.get(pid)?.comm ?? '?'} ${m ? Math.round(Number(m[1]) / 1024) : '?'}`;
    })
    .join(', ');
}

/** tid → { name, ticks } for each thread of `pid` (LIAISON_BENCH_THREADS=1 prints their shares). */
function threads(pid) {
  const out = new Map();
  try {
    for (const t of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        const f = stat.slice(close + 2).split(' ');
        out.set(t, { name: stat.slice(stat.indexOf('(') + 1, close), ticks: Number(f[11]) + Number(f[12]) });
      } catch {
        /* ended meanwhile */
      }
    }
  } catch {
    /* process gone */
  }
  return out;
}

/** "VBlankMonitor 3, tokio-rt-worker 1": the threads of `pid` that used CPU between two reads. */
function busyThreads(pid, before, after) {
  const busy = [];
  for (const [tid, t] of after) {
    const d = t.ticks - (before.get(tid)?.ticks ?? 0);
    if (d > 0) busy.push(`${t.name}${tid === String(pid) ? ' (main)' : ''} ${d}`);
  }
  return busy.join(', ') || 'none';
}

/** User + system CPU ticks (1/100 s on Linux) used so far by `pids`. */
export function ticks(pids) {
  const procs = table();
  return pids.reduce((sum, p) => sum + (procs.get(p)?.ticks ?? 0), 0);
}

/**
 * CPU ticks `pids` use over `seconds` of doing nothing (the process list read again at the end).
 * With a `label`, prints each process's share on stderr ("liaison-app 2, WebKitWebProces 280"):
 * the total says that something works, the split says where to look.
 */
export async function idleTicks(pids, seconds, label) {
  if (!pids.length) throw new Error('no app process to read the CPU time of');
  const perThread = label && process.env.LIAISON_BENCH_THREADS === '1';
  const threadsBefore = perThread ? pids.map(threads) : [];
  // LIAISON_BENCH_PERF=DIR: each labelled idle window is also sampled by `perf record` (call
  // stacks of every app process) into DIR/<label>.data, to say which code the ticks are.
  const perfDir = label && process.env.LIAISON_BENCH_PERF;
  const perf = perfDir
    ? spawn('perf', ['record', '-q', '-F', '999', ...(process.env.LIAISON_BENCH_PERF_DWARF === '1' ? ['--call-graph', 'dwarf,16384'] : ['-g']), '-p', pids.join(','), '-o', `${perfDir}/${label.replace(/[^\w]+/g, '-')}.data`, '--', 'sleep', String(seconds)], { stdio: 'ignore' })
    : null;
  const before = table();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const after = table();
  if (perf) await new Promise((r) => (perf.exitCode !== null ? r() : perf.on('exit', r)));
  if (perThread) {
    pids.forEach((p, i) => console.error(`    ${after.get(p)?.comm ?? p} threads: ${busyThreads(p, threadsBefore[i], threads(p))}`));
  }
  const gone = pids.filter((p) => !after.has(p));
  // A process that exited meanwhile takes its ticks with it: the sum would be too low.
  if (gone.length) throw new Error(`processes ${gone.join(', ')} exited during the idle window`);
  const each = pids.map((p) => ({ comm: after.get(p).comm, ticks: after.get(p).ticks - (before.get(p)?.ticks ?? 0) }));
  if (label) console.error(`  ${label}: ${each.map((e) => `${e.comm} ${e.ticks}`).join(', ')}`);
  return each.reduce((sum, e) => sum + e.ticks, 0);
}

/**
 * Waits until `pids` go quiet (three seconds in a row with at most one tick a second among them;
 * WebKit's drawing after a scroll pauses for a second before it resumes), for up to
 * `maxSeconds`: what the window still does after a screen was painted is that screen's cost, not
 * idle. Answers how long until the quiet began and the ticks spent until then; throws if the
 * window never goes quiet.
 */
export async function untilQuiet(pids, maxSeconds = 40) {
  const start = ticks(pids);
  const seen = [ticks(pids)]; // the total at the end of each second
  for (let s = 1; s <= maxSeconds; s++) {
    await new Promise((r) => setTimeout(r, 1000));
    seen.push(ticks(pids));
    const n = seen.length - 1;
    if (n >= 3 && [1, 2, 3].every((k) => seen[n - k + 1] - seen[n - k] <= 1)) {
      return { seconds: n - 3, ticks: seen[n - 3] - start };
    }
  }
  throw new Error(`the window was still busy ${maxSeconds} s after the screen was painted`);
}

export function loadavg() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
