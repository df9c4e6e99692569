// The app under measurement as the kernel sees it: its process tree under tauri-driver, PSS summed from smaps_rollup, CPU ticks, the load average.

import { execFileSync, spawn } from 'node:child_process';
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

/** Each process's share of `pssMB`, in words, with its anonymous part (heap, stacks: what the
 * process allocated, as against the libraries and files it maps): "liaison-app 120 (anon 80)". */
export function pssEach(pids) {
  const procs = table();
  return pids
    .map((pid) => {
      const roll = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const mb = (field) => {
        const m = roll.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
        return m ? Math.round(Number(m[1]) / 1024) : '?';
      };
      return `${procs.get(pid)?.comm ?? '?'} ${mb('Pss')} (anon ${mb('Pss_Anon')})`;
    })
    .join(', ');
}

/** tid → { name, ticks, ns, slices } for each thread of `pid` (LIAISON_BENCH_THREADS=1 prints
 * which woke up). */
function threads(pid) {
  const out = new Map();
  try {
    for (const t of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
        const close = stat.lastIndexOf(')');
        const f = stat.slice(close + 2).split(' ');
        const [ns, , n] = readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').trim().split(' ').map(Number);
        out.set(t, { name: stat.slice(stat.indexOf('(') + 1, close), ticks: Number(f[11]) + Number(f[12]), ns, slices: n });
      } catch {
        /* ended meanwhile */
      }
    }
  } catch {
    /* process gone */
  }
  return out;
}

/** "VBlankMonitor 3 (0.4 ms), tokio-rt-worker 1 (0.1 ms)": the threads of `pid` that woke up
 * between two reads, with how many times and their CPU time. */
function busyThreads(pid, before, after) {
  const busy = [];
  for (const [tid, t] of after) {
    const b = before.get(tid);
    const n = t.slices - (b?.slices ?? 0);
    if (n > 0) busy.push(`${t.name}${tid === String(pid) ? ' (main)' : ''} ${n} (${((t.ns - (b?.ns ?? 0)) / 1e6).toFixed(1)} ms)`);
  }
  return busy.join(', ') || 'none';
}

/**
 * The exact CPU time of each of `pids` so far, in ns: the kernel's clock of the whole process
 * (CLOCK_PROCESS_CPUTIME_ID of another pid, clockid ((~pid) << 3) | 2), which counts threads that
 * ended too. Ticks (/proc/PID/stat) are this time cut into 10 ms steps: a window that works for
 * 0.1 ms may read one tick or none, and one that works for 19 ms one. Node has no clock_gettime
 * with a clock id: python3 (set up by scripts/setup.sh) reads it.
 */
function cpuNs(pids) {
  const out = execFileSync('python3', ['-c', 'import sys, time\nfor p in sys.argv[1:]: print(time.clock_gettime_ns(((~int(p)) << 3) | 2))', ...pids.map(String)]);
  return out.toString().trim().split('\n').map(Number);
}

/**
 * The threads of `pids` alive now: tid → times it was put on a CPU (/proc/PID/task/TID/schedstat,
 * its third field): between two reads, the wake-ups of the threads alive at both.
 */
function slices(pids) {
  const out = new Map();
  for (const pid of pids) {
    let tids = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // gone: idleTicks says so
    }
    for (const t of tids) {
      try {
        out.set(t, Number(readFileSync(`/proc/${pid}/task/${t}/schedstat`, 'utf8').trim().split(' ')[2]));
      } catch {
        /* ended meanwhile */
      }
    }
  }
  return out;
}

/** User + system CPU ticks (1/100 s on Linux) used so far by `pids`. */
export function ticks(pids) {
  const procs = table();
  return pids.reduce((sum, p) => sum + (procs.get(p)?.ticks ?? 0), 0);
}

/**
 * What `pids` use over `seconds` of doing nothing: { ticks, ms, wakeups }: ticks per process (the
 * process list read again at the end), the exact CPU ms (cpuNs), and the wake-ups of the threads
 * alive at both ends (a thread started and ended inside is in the ms, not in the wake-ups).
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
  const nsBefore = cpuNs(pids);
  const slicesBefore = slices(pids);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const slicesAfter = slices(pids);
  const nsAfter = cpuNs(pids);
  const after = table();
  if (perf) await new Promise((r) => (perf.exitCode !== null ? r() : perf.on('exit', r)));
  if (perThread) {
    pids.forEach((p, i) => console.error(`    ${after.get(p)?.comm ?? p} threads: ${busyThreads(p, threadsBefore[i], threads(p))}`));
  }
  const gone = pids.filter((p) => !after.has(p));
  // A process that exited meanwhile takes its ticks with it: the sum would be too low.
  if (gone.length) throw new Error(`processes ${gone.join(', ')} exited during the idle window`);
  const each = pids.map((p) => ({ comm: after.get(p).comm, ticks: after.get(p).ticks - (before.get(p)?.ticks ?? 0) }));
  const ms = nsAfter.reduce((sum, ns, i) => sum + (ns - nsBefore[i]), 0) / 1e6;
  let wakeups = 0;
  for (const [tid, n] of slicesAfter) if (slicesBefore.has(tid)) wakeups += n - slicesBefore.get(tid);
  const started = [...slicesAfter.keys()].filter((t) => !slicesBefore.has(t)).length;
  const ended = [...slicesBefore.keys()].filter((t) => !slicesAfter.has(t)).length;
  if (label) {
    const threadsNote = started || ended ? `; threads started ${started}, ended ${ended}` : '';
    console.error(`  ${label}: ${each.map((e, i) => `${e.comm} ${e.ticks} ticks ${((nsAfter[i] - nsBefore[i]) / 1e6).toFixed(1)} ms`).join(', ')}; ${wakeups} wake-ups${threadsNote}`);
  }
  return { ticks: each.reduce((sum, e) => sum + e.ticks, 0), ms, wakeups };
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

/**
 * Waits until `pids` do no work: three seconds in a row with under 1 ms of CPU each among them
 * (cpuNs, exact), for up to `maxSeconds`; answers the seconds until those three began. Stricter
 * than untilQuiet's ticks: the garbage collector of the page's JavaScript goes on for ~10 s after
 * a launch in bursts of a few ms, a tick or none each; an idle window measured before it ends
 * counts the launch, not idle. Throws if the window never gets there.
 */
export async function untilIdle(pids, maxSeconds = 60) {
  const seen = [cpuNs(pids).reduce((a, b) => a + b, 0)];
  for (let s = 1; s <= maxSeconds; s++) {
    await new Promise((r) => setTimeout(r, 1000));
    seen.push(cpuNs(pids).reduce((a, b) => a + b, 0));
    const n = seen.length - 1;
    if (n >= 3 && [1, 2, 3].every((k) => seen[n - k + 1] - seen[n - k] < 1e6)) return n - 3;
  }
  throw new Error(`the window still worked ${maxSeconds} s after it was quiet`);
}

export function loadavg() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
