// Scrolls a 10,000-person list (the development backend's largest sample) in headless Chromium and reports frame times and jump latency.
// Usage: node scripts/perf.mjs   (needs `npm run dev`); numbers are indicative, not a test.
import { chromium } from "playwright-core";

const base = process.env.LIAISON_URL ?? "http://127.0.0.1:5173/";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const t0 = Date.now();
await page.goto(`${base}?book=10000#/people`);
await page.waitForSelector(".body .row .text", { timeout: 30000 });
console.log(`first rows after ${Date.now() - t0} ms (includes the backend making 10,000 sample people)`);

const frames = await page.evaluate(async () => {
  const vp = document.querySelector(".viewport");
  const times = [];
  // Long animation frames (>50 ms) with how much of each was script versus style/layout/paint.
  const loaf = [];
  const obs = new PerformanceObserver((l) => loaf.push(...l.getEntries().map((e) => ({ d: e.duration, script: e.scripts.reduce((a, s) => a + s.duration, 0), render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0 }))));
  try { obs.observe({ type: "long-animation-frame", buffered: false }); } catch {}
  let last = performance.now();
  const end = last + 3000;
  await new Promise((done) => {
    function step(now) {
      times.push(now - last);
      last = now;
      vp.scrollTop += 120; // a brisk wheel flick every frame
      if (now < end) requestAnimationFrame(step);
      else done();
    }
    requestAnimationFrame(step);
  });
  const rows = document.querySelectorAll(".body .row").length;
  obs.disconnect();
  return { times, rows, scrollTop: vp.scrollTop, loaf };
});
const sorted = [...frames.times].sort((a, b) => a - b);
const pct = (p) => sorted[Math.floor((sorted.length - 1) * p)].toFixed(1);
console.log(`scrolled to ${frames.scrollTop}px in ${frames.times.length} frames; rows in DOM: ${frames.rows}`);
console.log(`frame ms p50 ${pct(0.5)} p95 ${pct(0.95)} max ${pct(1)}`);
console.log(`long frames: ${frames.loaf.length}`, frames.loaf.slice(0, 5).map((l) => `${l.d.toFixed(0)}ms (script ${l.script.toFixed(0)}, render ${l.render.toFixed(0)})`).join("; "));

const jump = await page.evaluate(async () => {
  const vp = document.querySelector(".viewport");
  const start = performance.now();
  vp.scrollTop = vp.scrollHeight / 2;
  while (performance.now() - start < 5000) {
    await new Promise((r) => requestAnimationFrame(r));
    const rows = [...document.querySelectorAll(".body .row")];
    const deep = rows.some((r) => Number(r.id.slice(4)) > 40000);
    if (deep && rows.every((r) => r.querySelector(".text"))) return { ms: performance.now() - start, index: rows[0].id };
  }
  return { ms: -1 };
});
console.log(`jump to the middle: rows filled after ${jump.ms.toFixed(0)} ms (first drawn ${jump.index})`);
await browser.close();
