// Drives the prototype page (proto/main.ts) in MiniBrowser over WebKitWebDriver: first frame (wall, and the web processes' CPU from /proc), then pan and zoom fps with the bench's gestures (scripts/bench-app/graph.mjs).
// node proto/drive.mjs <sigma|cy> <url of the built page> <1: compositing off> [gesture seconds] [extra query, e.g. '&hide=1'], under xvfb-run -a -s '-screen 0 1280x800x24'.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
const require0 = createRequire(import.meta.url);
const PORT = 4471, base = `http://127.0.0.1:${PORT}`;
const [,, r, url, noComp, seconds = '4', extra = ''] = process.argv;
const call = async (m, p, b) => { const res = await fetch(base + p, { method: m, headers: { 'content-type': 'application/json' }, body: b === undefined ? undefined : JSON.stringify(b) }); const j = await res.json(); if (!res.ok) throw new Error(JSON.stringify(j.value).slice(0, 400)); return j.value; };
const env = { ...process.env };
if (noComp === '1') env.WEBKIT_DISABLE_COMPOSITING_MODE = '1';
const mine0 = (await import('node:fs')).readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => { try { return (require0('fs').readFileSync(`/proc/${p}/cmdline`, 'utf8')).includes('WebKitWebProcess'); } catch { return false; } });
const drv = spawn('WebKitWebDriver', [`--port=${PORT}`], { env, stdio: 'ignore' });
await new Promise((res) => setTimeout(res, 800));
let sid;
try {
  const v = await call('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } } } });
  sid = v.sessionId;
  const ex = (script, args = []) => call('POST', `/session/${sid}/execute/sync`, { script, args });
  const exa = (script, args = []) => call('POST', `/session/${sid}/execute/async`, { script, args });
  await call('POST', `/session/${sid}/timeouts`, { script: 120000 });
  await call('POST', `/session/${sid}/url`, { url: `${url}?r=${r}${extra}` });
  // The web process's CPU (user+sys ticks of 10 ms) sampled every 10 ms, to read between the page's marks.
  const { readFileSync, readdirSync } = await import('node:fs');
  const procs = () => readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => { try { return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('WebKitWebProcess'); } catch { return false; } });
  const samples = [];
  const cpuOf = (p) => { try { const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' '); return Number(f[11]) + Number(f[12]); } catch { return 0; } };
  const timer = setInterval(() => samples.push([Date.now(), procs().filter((p) => !mine0.includes(p)).reduce((a, p) => a + cpuOf(p), 0)]), 10);
  let first;
  for (let i = 0; i < 600; i++) { first = await ex('return window.__proto && window.__proto.painted !== undefined ? window.__proto : null'); if (first) break; await new Promise((q) => setTimeout(q, 100)); }
  await new Promise((q) => setTimeout(q, 2500));
  first = await ex('return { ...window.__proto, origin: performance.timeOrigin, t0abs: performance.timeOrigin + window.__proto.t0 }');
  clearInterval(timer);
  const at = (t) => { let v = 0; for (const [ts, c] of samples) if (ts <= t) v = c; return v; };
  const base0 = first.t0abs;
  first.cpuToBuilt = (at(base0 + first.built) - at(base0)) * 10;
  first.cpuToRender = (at(base0 + first.render) - at(base0)) * 10;
  first.cpuToPainted = (at(base0 + first.painted) - at(base0)) * 10;
  delete first.origin; delete first.t0abs;
  const res = { ...first };
  for (const kind of ['pan', 'zoom']) {
    const o = await exa(`const [kind, seconds, done] = arguments;
      const box = document.querySelector('.graph-canvas'); const r = box.getBoundingClientRect();
      const s = window.__sigma, cy = window.__cy;
      const view = () => s ? (() => { const c = s.getCamera().getState(); return { z: 1 / c.ratio, x: c.x * r.width, y: c.y * r.height }; })() : { z: cy.zoom(), x: cy.pan().x, y: cy.pan().y };
      const v0 = view(); let zmin = v0.z, zmax = v0.z, moved = 0;
      let sx = r.left + 12, sy = r.top + 12, target, base, down = 1;
      if (kind === 'pan') {
        target = document.elementFromPoint(sx, sy);
        base = { bubbles: true, cancelable: true, composed: true, view: window, button: 0, buttons: 1 };
        target.dispatchEvent(new PointerEvent('pointerdown', { ...base, clientX: sx, clientY: sy, pointerType: 'mouse', pointerId: 1, isPrimary: true }));
        target.dispatchEvent(new MouseEvent('mousedown', { ...base, clientX: sx, clientY: sy }));
      } else { sx = r.left + r.width / 2; sy = r.top + r.height / 2; target = document.elementFromPoint(sx, sy); }
      let frames = 0, worst = 0, start = null, last = 0;
      const frame = (now) => {
        if (start === null) start = now; else { frames++; worst = Math.max(worst, now - last); }
        last = now;
        const v = view(); zmin = Math.min(zmin, v.z); zmax = Math.max(zmax, v.z); moved = Math.max(moved, Math.hypot(v.x - v0.x, v.y - v0.y));
        if (now - start >= seconds * 1000) {
          if (kind === 'pan') target.dispatchEvent(new MouseEvent('mouseup', { ...base, buttons: 0, clientX: sx, clientY: sy }));
          return done({ fps: frames / ((last - start) / 1000), worst, moved, zoomed: zmax / zmin });
        }
        if (kind === 'pan') {
          const a = ((now - start) / 2000) * 2 * Math.PI;
          target.dispatchEvent(new MouseEvent('mousemove', { ...base, clientX: sx + 150 * Math.sin(a), clientY: sy + 150 * (1 - Math.cos(a)) }));
        } else {
          const inward = Math.floor((now - start) / 500) % 2 === 0;
          target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, view: window, clientX: sx, clientY: sy, deltaY: inward ? -40 : 40, deltaMode: 0 }));
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);`, [kind, Number(seconds)]);
    res[kind] = `${o.fps.toFixed(1)} fps worst ${Math.round(o.worst)} ms moved ${Math.round(o.moved)} zoomed x${o.zoomed.toFixed(2)}`;
  }
  for (const k of Object.keys(res)) if (typeof res[k] === 'number') res[k] = Math.round(res[k]);
  console.log(JSON.stringify({ comp: noComp === '1' ? 'off' : 'on', ...res }));
} catch (e) { console.log('ERROR', r, e.message); }
finally { if (sid) await call('DELETE', `/session/${sid}`).catch(() => {}); drv.kill(); }
