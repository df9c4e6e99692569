// The production bundle must run under the shell's strict CSP: no inline script, eval or inline style.
import { after, before, it } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { chromium } from "playwright-core";
import { startBackend } from "./harness.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const out = join(root, "node_modules", ".csp-build");
// The shell's production CSP (src-tauri/tauri.conf.json), with connect-src pointed at this server:
// style-src without 'unsafe-inline' proves no inline styles, form-action 'none' that no form submits.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
let server, browser, url, backend;

before(async () => {
  process.env.VITE_LIAISON_DEV_BUILD = "1";
  await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "error", build: { outDir: out, emptyOutDir: true } });
  delete process.env.VITE_LIAISON_DEV_BUILD;
  backend = await startBackend();
  server = createServer(async (req, res) => {
    // The page reaches the development backend on its own origin, as under Vite: connect-src 'self'.
    if (req.url.startsWith("/__liaison/")) {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const body = req.method === "POST" ? Buffer.concat(chunks) : undefined;
      try {
        const answer = await fetch(`${backend.base}${req.url}`, { method: req.method, body, headers: { "content-type": "application/json" } });
        res.writeHead(answer.status, { "content-type": "application/json" });
        return res.end(Buffer.from(await answer.arrayBuffer()));
      } catch {
        return res.writeHead(502).end(); // the backend stopped (the page's event poll outlives the tests)
      }
    }
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^\/+/, "") || "index.html";
    const file = join(out, path);
    if (!file.startsWith(out) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-security-policy": CSP });
    res.end(await readFile(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  backend?.child.kill();
});

it("index.html carries no inline script", async () => {
  const html = await readFile(join(out, "index.html"), "utf8");
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "every <script> must load a file");
  assert.doesNotMatch(html, /\sstyle=/, "no inline style attributes");
});

it("every screen renders with zero CSP violations", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    // The shell sets freezePrototype: code that assigns over Object.prototype members would throw.
    Object.freeze(Object.prototype);
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${url}?book=300#/people`);
  await page.waitForSelector(".body .row .text");
  await page.locator(".viewport").evaluate((v) => (v.scrollTop = 3000));
  await page.waitForTimeout(200);
  await page.keyboard.press("Control+k");
  await page.keyboard.type("a");
  await page.getByRole("listbox", { name: "Results" }).getByRole("option").first().waitFor();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByRole("button", { name: "Save", exact: true }).waitFor();
  // The network graph (Cytoscape, a Web Worker for the layout) under the same frozen prototype.
  const person = (await page.evaluate(() => location.hash)).match(/#\/people\/([^/?]+)/)[1];
  const session = await page.evaluate(() => window.__liaisonSession);
  const invoke = async (cmd, req) => (await backend.call("invoke", { session, cmd, args: { req } })).ok;
  const other = (await invoke("person_create", { input: { display_name: "Bertrand Lefèvre" } })).person.id;
  await invoke("connect", { input: { from: person, to: other, kind: "knows" } });
  await page.goto(`${url}?book=300#/graph/person/${person}`);
  await page.locator(".graph-canvas[data-ready=true][data-layout=done]").waitFor();
  await page.goto(`${url}?book=300#/people/new`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForSelector("[aria-invalid=true]");
  await page.goto(`${url}?book=300#/lists`);
  await page.getByRole("heading", { level: 1, name: "Lists" }).waitFor();
  await page.goto(`${url}?book=300#/settings`);
  await page.getByLabel("Language", { exact: true }).waitFor();
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, [], "the bundle must not need 'unsafe-inline' or 'unsafe-eval'");
  assert.deepEqual(errors, []);
});
