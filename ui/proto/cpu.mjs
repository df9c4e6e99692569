// node proto/cpu.mjs <url>...: main-thread CPU of the page from data-in-hand until the ties are drawn (Chromium's ThreadTime metric), beside the wall marks.
import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu"] });
const out = [];
for (const url of process.argv.slice(2)) {
  const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
  const c = await p.context().newCDPSession(p);
  await c.send("Performance.enable", { timeDomain: "threadTicks" });
  const m = async () => Object.fromEntries((await c.send("Performance.getMetrics")).metrics.map((x) => [x.name, x.value]));
  await p.goto(url);
  await p.waitForFunction(() => window.__proto && window.__proto.built === undefined, null, { timeout: 60000 }).catch(() => {});
  const a = await m();
  await p.waitForFunction(() => window.__proto && window.__proto.render !== undefined, null, { timeout: 120000, polling: 20 });
  const r = await m();
  await p.waitForFunction(() => window.__proto && window.__proto.edgesIn !== undefined, null, { timeout: 120000, polling: 20 });
  const e = await m();
  const w = await p.evaluate(() => window.__proto);
  console.log(url.slice(17, 21), `cpu to first render ${Math.round((r.ThreadTime - a.ThreadTime) * 1000)} ms, to ties drawn ${Math.round((e.ThreadTime - a.ThreadTime) * 1000)} ms | wall built ${Math.round(w.built)} render ${Math.round(w.render)} edgesIn ${Math.round(w.edgesIn)}`);
  await p.close();
}
await b.close();
