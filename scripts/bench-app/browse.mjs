// What the app bench does on a big book in the real window: unlock it, type searches key by key, open person pages; each timed inside the page, from the input to the frame painted after the answer.

import { until, Keys } from '../../tests/e2e/lib/webdriver.mjs';

/** Runs `body` (a function body) in the page with `args`, awaiting the promise it answers. */
const run = (s, body, args = []) => s.execute(body, args);

/** If the book asks for its passphrase: types it and answers ms from "Open" to Today painted. */
export async function unlock(s, passphrase) {
  const asks = await until(
    () => run(s, `return document.getElementById('unlock-secret') ? 'ask' : (performance.getEntriesByName('liaison:today').length ? 'open' : null);`),
    'the unlock screen or Today',
    60_000,
  );
  if (asks === 'open') return null;
  if (!passphrase) throw new Error('the book asks for a passphrase: set LIAISON_BENCH_PASSPHRASE');
  const field = (await s.findAll("//*[@id='unlock-secret']"))[0];
  await field.type(passphrase);
  const t = await run(s, `window.__benchOpen = performance.now(); return true;`);
  void t;
  await s.keys([Keys.ENTER]);
  return until(
    () => run(s, `const m = performance.getEntriesByName('liaison:today:painted')[0]; return m ? m.startTime - window.__benchOpen : null;`),
    'Today after unlocking',
    300_000,
  );
}

/**
 * Opens search (Ctrl+K) and types each query one key at a time, waiting for each key's answer:
 * ms from the key's keydown in the page to the second frame after the results answering the
 * text typed so far were put in the DOM (#search-results[data-answered]).
 * With `steps`, each sample is { ms, steps } where steps says when, in ms from the keydown, the
 * input event ran (`in`), the key's requests began and all three answered (`ask`, `ans`: the
 * dialog's marks), Svelte updated the DOM (`dom`, the observer; `upd`, the dialog's mark after
 * `tick()`), how long the new rows' style and layout took
 * (`lay`, forced right after `dom`, so the work moves, not grows), the first frame began (`f1`)
 * and the second frame began (`f2`, the figure); `frames`: when each animation frame began
 * until then (a long gap is the page or the window busy).
 */
export async function typeSearches(s, queries, steps = false) {
  await s.keys([Keys.CONTROL, 'k']);
  await until(() => run(s, `return !!document.getElementById('search-input');`), 'the search box');
  await run(s, `if (!window.__benchKeys) { window.__benchKeys = true;
    addEventListener('keydown', (e) => { window.__benchKeydown = performance.now(); window.__benchSteps = {};
      if (arguments[0]) { const st = window.__benchSteps; st.frames = [];
        const loop = () => { if (st.f2 === undefined && st.frames.length < 60) { st.frames.push(Math.round(performance.now() - window.__benchKeydown)); requestAnimationFrame(loop); } };
        requestAnimationFrame(loop); }
      for (const m of ['ask', 'answer', 'updated']) performance.clearMarks('liaison:search:' + m); }, true);
    if (arguments[0]) {
      const at = (k) => { const st = window.__benchSteps; if (st && st[k] === undefined) st[k] = performance.now() - window.__benchKeydown; };
      addEventListener('input', () => at('in'), true);
    } } return true;`, [steps]);
  const samples = [];
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      const typed = q.slice(0, i);
      if (!typed.trim()) continue;
      // Listen before the key goes, so a fast answer cannot come before the observer.
      await run(s, `const want = arguments[0];
        window.__benchAnswer = new Promise((resolve) => {
          const list = () => document.getElementById('search-results');
          const check = () => list()?.dataset.answered === want;
          const st = () => window.__benchSteps ?? {};
          const since = () => performance.now() - window.__benchKeydown;
          const done = () => { const ms = since(); st().f2 = ms;
            // The dialog's own marks (SearchDialog.svelte), read once they are all set.
            for (const [k, m] of [['ask', 'ask'], ['ans', 'answer'], ['upd', 'updated']]) {
              const e = performance.getEntriesByName('liaison:search:' + m).at(-1);
              if (e) st()[k] = e.startTime - window.__benchKeydown;
            }
            resolve(arguments[1] ? { ms, steps: st() } : ms); };
          const frame1 = () => { st().f1 = since(); requestAnimationFrame(done); };
          // The layout is forced as soon as the rows are in the DOM: WebKit's layout timer runs
          // it before the next frame anyway (forced at the first frame, it always read 0).
          const painted = () => { st().dom = since();
            if (arguments[1]) { const t = performance.now(); void document.getElementById('search-results')?.offsetHeight; st().lay = performance.now() - t; }
            requestAnimationFrame(frame1); };
          if (check()) return painted();
          const o = new MutationObserver(() => { if (check()) { o.disconnect(); painted(); } });
          o.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-answered'] });
        }); return true;`, [typed, steps]);
      await s.keys([q[i - 1]]);
      samples.push(await run(s, `return window.__benchAnswer;`));
    }
    // Empty the box for the next query (Ctrl+A, Backspace): no answer to wait for.
    await s.keys([Keys.CONTROL, 'a'], [Keys.BACKSPACE]);
  }
  await s.keys([Keys.ESCAPE]);
  return samples;
}

/** People to open: the first of the book in name order and in creation order, with their
 * interaction counts (given + received + neutral over the chart's year, and all-time given +
 * received), asked through the page's own door to the shell. */
export async function candidates(s, n) {
  return run(s, `const inv = window.__TAURI_INTERNALS__.invoke;
    const half = Math.max(1, Math.ceil(arguments[0] / 2));
    const a = await inv('person_list', { req: { filter: {}, sort: 'name', descending: false, limit: half } });
    const b = await inv('person_list', { req: { filter: {}, sort: 'created', descending: true, limit: half } });
    const seen = new Map();
    for (const p of [...a.items, ...b.items]) seen.set(p.id, p.display_name);
    const out = [];
    for (const [id, name] of seen) {
      const ins = await inv('person_insights', { req: { person_id: id } });
      out.push({ id, name, weight: ins.reciprocity.given_total + ins.reciprocity.received_total });
    }
    return out;`, [n]);
}

/**
 * Opens a person's page by its address and answers ms from the change of address to the second
 * frame after the page showed its name, the insights strip and the timeline's first page (or
 * its "nothing yet").
 */
export async function openPerson(s, p) {
  return run(s, `const [id, name] = arguments;
    return new Promise((resolve) => {
      const start = performance.now();
      const ready = () => {
        const h1 = document.querySelector('main h1');
        return h1 && h1.textContent.trim() === name && document.querySelector('main dl.stats')
          && document.querySelector('main .stream .items > li, main .stream .empty');
      };
      const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
      const o = new MutationObserver(() => { if (ready()) { o.disconnect(); painted(); } });
      o.observe(document.body, { subtree: true, childList: true, characterData: true });
      location.hash = '#/people/' + encodeURIComponent(id);
    });`, [p.id, p.name]);
}
