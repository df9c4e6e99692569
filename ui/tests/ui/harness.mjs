// Starts the Vite dev server in mock mode and Debian's Chromium, for the UI flow tests.
import { createServer } from "vite";
import { chromium } from "playwright-core";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function start() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
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
  return {
    url,
    browser,
    /** A fresh page (own storage) on `?mock=<spec>#<hash>`, failing the test on any page error or alert. */
    async open(spec, hash = "/people", opts = {}) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US", ...opts });
      const page = await ctx.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
      page.on("dialog", (d) => {
        problems.push(`a script opened a dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`${url}?mock=${spec}#${hash}`);
      return { page, ctx, problems };
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}
