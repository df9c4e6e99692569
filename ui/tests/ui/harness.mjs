// Starts the development backend (the shell's real commands over the real core), the Vite dev server in front of it, and Debian's Chromium, for the UI flow tests.
import { createServer } from "vite";
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const DEVSERVER = process.env.LIAISON_DEVSERVER ?? `${process.env.CARGO_TARGET_DIR ?? `${repo}target`}/debug/liaison-devserver`;

/** The backend on a free loopback port; it exits when this process does (its stdin closes). */
export async function startBackend() {
  if (!existsSync(DEVSERVER)) throw new Error(`no development backend at ${DEVSERVER}: cargo build -p liaison-devserver`);
  const child = spawn(DEVSERVER, ["--port", "0", "--exit-with-stdin"], { stdio: ["pipe", "pipe", "inherit"] });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the development backend exited (${code}) before listening`)));
  });
  const base = line.slice(line.indexOf("http://")).trim();
  async function call(path, body) {
    const res = await fetch(`${base}/__liaison/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const reply = await res.json();
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${reply.message}`);
    return reply;
  }
  return { base, child, call };
}

export async function start() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const backend = await startBackend();
  process.env.LIAISON_DEV_BACKEND = backend.base;
  const server = await createServer({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: "error",
    server: { port: Number(process.env.UI_TEST_PORT ?? 5179), strictPort: false, host: "127.0.0.1" },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite did not report its URL");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  /** The page's own book, as the backend knows it. */
  const sessionOf = async (page) => {
    await page.waitForFunction(() => window.__liaisonSession !== undefined);
    return page.evaluate(() => window.__liaisonSession);
  };
  const h = {
    url,
    browser,
    /** A fresh page (own storage, own book) on `?book=<spec>&zone=Europe/Paris#<hash>`, failing the test on any page error or alert.
     * `opts` are the browser context's, except `init`: a script run in the page before the app's own. */
    async open(spec, hash = "/people", { init, ...opts } = {}) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US", ...opts });
      if (init) await ctx.addInitScript(init);
      const page = await ctx.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("dialog", (d) => {
        problems.push(`a script opened a dialog: ${d.message()}`);
        void d.dismiss();
      });
      // A Paris-based manager, whatever the machine's zone: the flows read days and times.
      await page.goto(`${url}?book=${spec}&zone=Europe/Paris#${hash}`);
      return { page, ctx, problems };
    },
    /** A command on the page's book, from the test, through the same shell the page uses: reply, or throws the error body. */
    async invoke(page, cmd, req) {
      const session = await sessionOf(page);
      const reply = await backend.call("invoke", { session, cmd, args: req === undefined ? {} : { req } });
      if ("err" in reply) throw Object.assign(new Error(`${cmd}: ${JSON.stringify(reply.err)}`), { body: reply.err });
      return reply.ok;
    },
    /** The backend's hand on the dialogs and reminders: `pick` {paths}, `save` {path?, cancel?}, `record`, `tick`,
     * and the desktop's: `drop` {paths} (files dropped on the window), `link` {url} (a liaison:// link handed over). */
    async dev(page, op, body = {}) {
      return backend.call("dev", { session: await sessionOf(page), op, ...body });
    },
    /** The id of the one person the core's search finds for `name`. */
    async idOf(page, name) {
      const found = await h.invoke(page, "person_search", { query: name, limit: 2 });
      if (found.length !== 1) throw new Error(`"${name}" should name one person, found ${found.length}`);
      return found[0].id;
    },
    /** `open`, then that person's page, found by name through the core's search (the book makes its own ids). */
    async openPerson(spec, name, opts = {}) {
      const s = await h.open(spec, "/people", opts);
      const id = await h.idOf(s.page, name);
      await h.go(s.page, `/people/${id}`);
      return { ...s, id };
    },
    /** Moves within the app by its hash router: a reload would open a new book. */
    async go(page, hash) {
      await page.evaluate((to) => {
        location.hash = to;
      }, hash);
    },
    /** Polls `check` (an async function answering a value, falsy for "not yet") for up to 5 s: the page's writes are asynchronous. */
    async until(check, what) {
      const end = Date.now() + 5000;
      for (;;) {
        const v = await check();
        if (v) return v;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      await browser.close();
      await server.close();
      backend.child.kill();
    },
  };
  return h;
}
