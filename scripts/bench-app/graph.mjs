// Issue 16's graph figure in the real window: a book whose list holds ~10,000 people and organizations (made by the release CLI from a generated CSV), its network view opened by a click, then panned and zoomed with synthetic mouse and wheel input while the frames are counted.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homeEnv } from '../../tests/e2e/lib/app.mjs';
import { until } from '../../tests/e2e/lib/webdriver.mjs';

// Invented names from syllables: 20 × 20 first names and 20³ last names, so no two people of
// the file share a name (the import would take them for duplicates).
const SYL = ['ba', 'ce', 'di', 'fo', 'ga', 'hu', 'ka', 'le', 'mi', 'no', 'pa', 're', 'si', 'to', 'va', 'xe', 'za', 'lo', 'ri', 'ne'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const KINDS = ['Media', 'Agency', 'Studio', 'Talent', 'Labs'];

/** The i-th invented person's first and last name. */
function name(i) {
  const first = cap(SYL[i % 20] + SYL[Math.floor(i / 20) % 20]);
  const j = Math.floor(i / 400);
  const last = cap(SYL[j % 20] + SYL[Math.floor(j / 20) % 20] + SYL[Math.floor(j / 400) % 20] + 'n');
  return [first, last];
}

/**
 * Writes a CSV of `people` invented people, each working for one of `orgs` invented companies:
 * the import makes each company an organization and each person its member, so the list's graph
 * has `people + orgs` nodes and `people` ties.
 */
export function graphCsv(file, people, orgs) {
  const rows = ['First name,Last name,Email,Company'];
  for (let i = 0; i < people; i++) {
    const [first, last] = name(i);
    const org = i % orgs;
    rows.push(`${first},${last},${first}.${last}.${i}@example.com,${cap(SYL[org % 20] + SYL[Math.floor(org / 20) % 20])} ${KINDS[org % KINDS.length]} ${org}`);
  }
  writeFileSync(file, rows.join('\n') + '\n');
}

/**
 * Makes the graph book under `home` with the release CLI `cli` (its key in the keychain, as the
 * app's): the CSV's people imported, then all put on one list. Answers the list's id.
 */
export function graphBook(cli, home, nodes, orgs) {
  const env = homeEnv(home);
  const run = (args) => execFileSync(cli, args, { env, maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const csv = join(home, 'network.csv');
  graphCsv(csv, nodes - orgs, orgs);
  run(['import', 'csv', csv]);
  const list = JSON.parse(run(['--json', 'list', 'add', 'Network bench'])).id;
  const ids = JSON.parse(run(['--json', 'person', 'list', '--all', '--limit', '1000'])).map((p) => p.id);
  for (let i = 0; i < ids.length; i += 500) run(['list', 'put', list, ...ids.slice(i, i + 500)]);
  return list;
}

/**
 * Opens the list's page, then clicks its "Network view" link and answers, in ms from the click
 * (its event in the page): `painted`, the second frame after the graph view's canvas says
 * Cytoscape drew its first frame (`.graph-canvas[data-ready=true]`; the layout worker was
 * started before that frame), and `nodes`/`edges`, what its first frame holds. `all()` waits for the
 * second frame after the ties are drawn too (`data-drawn="all"`: a big graph's first frame has its
 * nodes only, its ties join with the layout's first positions); `every()` the second frame after
 * every node is drawn (`data-drawn="nodes"`: the first frame has a share of them). `settled()` then
 * waits for `data-layout="done"` (ForceAtlas2's last positions in) and answers ms from the click.
 */
export async function openGraph(s, listId, timeoutMs = 300_000) {
  await s.execute(`location.hash = '#/lists/' + encodeURIComponent(arguments[0]); return true;`, [listId]);
  await s.find(`//a[@href=${JSON.stringify(`#/graph/list/${encodeURIComponent(listId)}`)}]`, 'the list page\'s Network view link', 60_000);
  await s.execute(`window.__benchGraph = {};
    const g = window.__benchGraph;
    document.addEventListener('click', () => { g.click ??= performance.now(); }, { capture: true, once: true });
    const canvas = () => document.querySelector('.graph-canvas');
    const look = () => {
      const c = canvas();
      if (c && c.dataset.ready === 'true' && g.ready === undefined) {
        g.ready = performance.now();
        g.layoutAtPaint = c.dataset.layout;
        // What the first frame holds, read in that moment (a big graph's other nodes join later).
        g.firstNodes = c._cyreg && c._cyreg.cy ? c._cyreg.cy.nodes().length : undefined;
        g.firstEdges = c._cyreg && c._cyreg.cy ? c._cyreg.cy.edges().length : undefined;
        requestAnimationFrame(() => requestAnimationFrame(() => { g.painted = performance.now(); }));
      }
      if (c && c.dataset.drawn === 'some') g.some = true;
      if (c && g.some && (c.dataset.drawn === 'nodes' || c.dataset.drawn === 'all') && g.nodesReady === undefined) {
        g.nodesReady = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => { g.nodes = performance.now(); }));
      }
      if (c && c.dataset.drawn === 'all' && g.allReady === undefined) {
        g.allReady = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => { g.all = performance.now(); }));
      }
      if (c && c.dataset.layout === 'done' && g.done === undefined) g.done = performance.now();
      if (g.ready !== undefined && g.done !== undefined && g.allReady !== undefined) o.disconnect();
    };
    const o = new MutationObserver(look);
    o.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-layout', 'data-drawn'] });
    return true;`);
  // A click where a person would: on the link's text. The link wraps after its icon on the list
  // page, so the centre of its box (where WebDriver's element click aims) is blank and refused.
  const [x, y] = await s.execute(`const a = document.querySelector('a[href=' + JSON.stringify(arguments[0]) + ']');
    const rs = [...a.getClientRects()], r = rs[rs.length - 1];
    return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];`, [`#/graph/list/${encodeURIComponent(listId)}`]);
  await s.req('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
    { type: 'pointerMove', x, y, origin: 'viewport' }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }] });
  await s.req('DELETE', '/actions');
  const first = await until(
    () => s.execute(`const g = window.__benchGraph, c = document.querySelector('.graph-canvas');
      const cy = c && c._cyreg && c._cyreg.cy;
      if (g.painted === undefined || !cy) return null;
      // The view's own marks (GraphView.svelte), ms from the click: where the time went.
      const steps = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('graph-') && m.startTime >= g.click)
        .map((m) => m.name.slice(6) + ' ' + Math.round(m.startTime - g.click)).join(', ');
      // What the page's WebGL is (Cytoscape's WebGL renderer needs WebGL 2), for the log.
      const gl = document.createElement('canvas').getContext('webgl2') || document.createElement('canvas').getContext('webgl');
      const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
      const webgl = gl ? (gl instanceof WebGL2RenderingContext ? 'WebGL 2' : 'WebGL 1') + ' (' + (info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) + ')' : '';
      return { painted: g.painted - g.click, layoutAtPaint: g.layoutAtPaint, nodes: g.firstNodes ?? cy.nodes().length, edges: g.firstEdges ?? cy.edges().length, steps, webgl };`),
    'the graph view painted',
    timeoutMs,
  );
  return {
    ...first,
    /** The view's marks again, once its ties are drawn (graph-ties, graph-all), ms from the click. */
    later: () => s.execute(`const g = window.__benchGraph;
      return performance.getEntriesByType('mark').filter((m) => m.name.startsWith('graph-') && m.startTime >= g.click)
        .map((m) => m.name.slice(6) + ' ' + Math.round(m.startTime - g.click)).join(', ');`),
    settled: () => until(() => s.execute(`const g = window.__benchGraph; return g.done !== undefined ? g.done - g.click : null;`), 'the graph layout to settle', timeoutMs),
    // -1: a build that does not say (older than its first share of nodes: never `data-drawn="some"`).
    every: () => until(() => s.execute(`const g = window.__benchGraph, c = document.querySelector('.graph-canvas');
      return c && !g.some ? -1 : g.nodes !== undefined ? { ms: g.nodes - g.click, count: c._cyreg.cy.nodes().length } : null;`), 'every node of the graph drawn', timeoutMs),
    // -1: a build older than `data-drawn`, which does not say.
    all: () => until(() => s.execute(`const g = window.__benchGraph, c = document.querySelector('.graph-canvas');
      return c && c.dataset.drawn === undefined ? -1 : g.all !== undefined ? g.all - g.click : null;`), "the graph's ties drawn", timeoutMs),
  };
}

/**
 * Drives the graph for `seconds` as a person would and counts the frames the page gets
 * (requestAnimationFrame callbacks: Cytoscape draws in its own, on the same main thread):
 * `pan` drags the background with the mouse (pointerdown/mousedown from an empty corner, one
 * mousemove per frame along a circle, mouseup), `zoom` sends one wheel event per frame at the
 * centre, in for half a second then out. Answers { fps, worst } (the longest frame, ms), after
 * checking through the Cytoscape instance (read only) that the view really moved.
 */
export async function gesture(s, kind, seconds) {
  const out = await s.execute(`const [kind, seconds] = arguments;
    const box = document.querySelector('.graph-canvas');
    const cy = box && box._cyreg && box._cyreg.cy;
    if (!cy) return { error: 'no Cytoscape instance on .graph-canvas' };
    const r = box.getBoundingClientRect();
    const z0 = cy.zoom(), p0 = { ...cy.pan() };
    let zmin = z0, zmax = z0, moved = 0;
    let sx, sy, target, base;
    if (kind === 'pan') {
      // The drag starts on the background (on a node it would move the node): the first corner,
      // 12 px in, with no node under it.
      const nodeAt = (x, y) => cy.nodes().some((n) => {
        const b = n.renderedBoundingBox();
        return x - r.left >= b.x1 && x - r.left <= b.x2 && y - r.top >= b.y1 && y - r.top <= b.y2;
      });
      const corner = [[r.left + 12, r.top + 12, 1], [r.right - 12, r.top + 12, 1], [r.left + 12, r.bottom - 12, -1], [r.right - 12, r.bottom - 12, -1]]
        .find(([x, y]) => !nodeAt(x, y));
      if (!corner) return { error: 'no corner of the graph without a node to start a drag from' };
      [sx, sy] = corner;
      const down = corner[2];
      target = document.elementFromPoint(sx, sy);
      base = { bubbles: true, cancelable: true, composed: true, view: window, button: 0, buttons: 1 };
      target.dispatchEvent(new PointerEvent('pointerdown', { ...base, clientX: sx, clientY: sy, pointerType: 'mouse', pointerId: 1, isPrimary: true }));
      target.dispatchEvent(new MouseEvent('mousedown', { ...base, clientX: sx, clientY: sy }));
      base.down = down;
    } else {
      sx = r.left + r.width / 2;
      sy = r.top + r.height / 2;
      target = document.elementFromPoint(sx, sy);
    }
    return new Promise((resolve) => {
      let frames = 0, worst = 0, start = null, last = 0;
      const frame = (now) => {
        if (start === null) start = now;
        else {
          frames++;
          worst = Math.max(worst, now - last);
        }
        last = now;
        const z = cy.zoom(), p = cy.pan();
        zmin = Math.min(zmin, z);
        zmax = Math.max(zmax, z);
        moved = Math.max(moved, Math.hypot(p.x - p0.x, p.y - p0.y));
        if (now - start >= seconds * 1000) {
          if (kind === 'pan') target.dispatchEvent(new MouseEvent('mouseup', { ...base, buttons: 0, clientX: sx, clientY: sy }));
          return resolve({ fps: frames / ((last - start) / 1000), worst, moved, zoomed: zmax / zmin });
        }
        if (kind === 'pan') {
          // A circle of 150 px through the start, into the graph, a turn every 2 s (by the
          // clock, so a slow frame rate still moves the view as far).
          const a = ((now - start) / 2000) * 2 * Math.PI;
          const x = sx + 150 * Math.sin(a) * (sx > r.left + r.width / 2 ? -1 : 1);
          const y = sy + 150 * (1 - Math.cos(a)) * base.down;
          target.dispatchEvent(new MouseEvent('mousemove', { ...base, clientX: x, clientY: y }));
        } else {
          const inward = Math.floor((now - start) / 500) % 2 === 0;
          target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, view: window, clientX: sx, clientY: sy, deltaY: inward ? -40 : 40, deltaMode: 0 }));
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });`, [kind, seconds]);
  if (out.error) throw new Error(`the ${kind} gesture could not run: ${out.error}`);
  if (kind === 'pan' && out.moved < 50) throw new Error(`the pan gesture did not move the view (${out.moved.toFixed(0)} px): no figure`);
  if (kind === 'zoom' && out.zoomed < 1.1) throw new Error(`the wheel did not zoom the view (×${out.zoomed.toFixed(2)}): no figure`);
  return out;
}
