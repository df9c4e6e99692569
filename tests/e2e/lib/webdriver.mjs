// A small W3C WebDriver client over fetch: enough to drive the app, with no npm dependency to install.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
export const Keys = { ENTER: '\uE007', ESCAPE: '\uE00C', CONTROL: '\uE009', SHIFT: '\uE008', TAB: '\uE004', BACKSPACE: '\uE003' };

// See `Session.screenshot`: a paint every 100 ms that changes no pixel, ended by REPAINT_STOP or
// after the request's own timeout; a reload ends it too.
const REPAINT_STOP = `clearInterval(window.__shotRepaint); clearTimeout(window.__shotRepaintEnd);
  document.documentElement.style.removeProperty('outline');`;
const REPAINT_START = `${REPAINT_STOP}
  let on = false;
  window.__shotRepaint = setInterval(() => {
    on = !on;
    document.documentElement.style.setProperty('outline', on ? '1px solid transparent' : '0px solid transparent');
  }, 100);
  window.__shotRepaintEnd = setTimeout(() => { ${REPAINT_STOP} }, 60000);`;

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A wedged driver must fail the test in a minute, not hang the run for undici's five.
    signal: AbortSignal.timeout(60_000),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const v = json.value ?? {};
    const err = new Error(`${method} ${path}: ${v.error ?? res.status}: ${v.message ?? ''}`);
    err.code = v.error;
    throw err;
  }
  return json.value;
}

/** Polls `fn` until it returns a truthy value: waiting for a condition, never a fixed sleep. */
export async function until(fn, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application) {
    const v = await call(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application } } },
    });
    return new Session(base, v.sessionId);
  }

  req(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async quit() {
    await this.req('DELETE', '');
  }

  async findAll(xpath) {
    const found = await this.req('POST', '/elements', { using: 'xpath', value: xpath });
    return found.map((e) => new Element(this, e[ELEMENT]));
  }

  /** The first visible element matching `xpath`, waiting for it to appear. */
  async find(xpath, what = xpath, timeoutMs) {
    return until(async () => {
      for (const el of await this.findAll(xpath)) {
        if (await el.displayed()) return el;
      }
      return null;
    }, what, timeoutMs);
  }

  async keys(...chords) {
    // Each chord is a list of keys pressed together, e.g. [Keys.CONTROL, 'k'].
    const actions = [];
    for (const chord of chords) {
      for (const k of chord) actions.push({ type: 'keyDown', value: k });
      for (const k of [...chord].reverse()) actions.push({ type: 'keyUp', value: k });
    }
    await this.req('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.req('DELETE', '/actions');
  }

  /** Clicks `el` with `key` held (Shift-click, Ctrl-click), as a person does: the key goes down
   * before the pointer moves and comes up after the button, so the click event carries it. */
  async clickWith(key, el) {
    const origin = { [ELEMENT]: el.id };
    await this.req('POST', '/actions', {
      actions: [
        { type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'pause' }, { type: 'pause' }, { type: 'pause' }, { type: 'keyUp', value: key }] },
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [{ type: 'pause' }, { type: 'pointerMove', origin, x: 0, y: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
        },
      ],
    });
    await this.req('DELETE', '/actions');
  }

  /** Runs `script` (a function body) in the page and answers what it returns. */
  async execute(script, args = []) {
    return this.req('POST', '/execute/sync', { script, args });
  }

  async title() {
    return this.req('GET', '/title');
  }

  /**
   * The window as a PNG. WebKitGTK's WebDriver takes it in two steps (WebAutomationSession::
   * takeScreenshot): wait for the page's next presentation update, then copy the view. Where
   * WebKit draws without compositing (the app's default where GL is software, as under Xvfb), that
   * update only comes with the page's next real paint, and a page that is still never paints
   * again: the request hung until its 60 s timeout, while the window itself was drawn on the X
   * screen (BENCHMARKS.md, issue 17). So while the request is pending the page repaints a
   * transparent outline on <html> every 100 ms: a paint that changes no pixel of the picture.
   */
  async screenshot() {
    await this.execute(REPAINT_START).catch(() => {});
    try {
      return Buffer.from(await this.req('GET', '/screenshot'), 'base64');
    } finally {
      await this.execute(REPAINT_STOP).catch(() => {});
    }
  }

  async source() {
    return this.req('GET', '/source');
  }
}

export class Element {
  constructor(session, id) {
    this.s = session;
    this.id = id;
  }
  req(method, path, body) {
    return this.s.req(method, `/element/${this.id}${path}`, body);
  }
  click() {
    return this.req('POST', '/click', {});
  }
  async type(text) {
    await this.req('POST', '/value', { text });
  }
  /** Brings the element to the middle of the view: WebKit refuses to clear or type into a field
   * hidden under a sticky bar (the form's Save bar), where a person would scroll first. */
  scrollIntoView() {
    return this.s.execute('arguments[0].scrollIntoView({ block: "center" });', [{ [ELEMENT]: this.id }]);
  }
  async clear() {
    await this.scrollIntoView();
    return this.req('POST', '/clear', {});
  }
  text() {
    return this.req('GET', '/text');
  }
  value() {
    return this.req('GET', '/property/value');
  }
  displayed() {
    return this.req('GET', '/displayed');
  }
}
