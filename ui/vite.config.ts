// Vite build for the Liaison window: a static bundle in ui/dist that the Tauri shell serves under a strict CSP.
import { defineConfig, type Plugin } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// Outside the Tauri window the page talks to the development backend (src-tauri/crates/devserver):
// the shell's real commands over the real core. The test harness starts its own and says where.
const backend = process.env.LIAISON_DEV_BACKEND ?? "http://127.0.0.1:5174";

/** `npm run dev` starts the backend beside Vite (cargo builds it the first time) and stops it with Vite. */
function devBackend(): Plugin {
  return {
    name: "liaison-dev-backend",
    apply: "serve",
    configureServer(server) {
      if (process.env.LIAISON_DEV_BACKEND || process.env.VITEST) return;
      const repo = fileURLToPath(new URL("..", import.meta.url));
      const port = new URL(backend).port;
      const child = spawn("cargo", ["run", "--quiet", "-p", "liaison-devserver", "--", "--port", port, "--exit-with-stdin"], {
        cwd: repo,
        stdio: ["pipe", "inherit", "inherit"],
      });
      server.httpServer?.on("close", () => child.kill());
    },
  };
}

/**
 * Cytoscape copies its selector methods, `toString` among them, onto a plain object with
 * `Object.assign`. The shell freezes `Object.prototype` (`freezePrototype` in tauri.conf.json), so
 * that assignment to an inherited read-only property throws when the module loads and the whole
 * window stays blank. Defining the properties instead of assigning them is what the copy means;
 * a build against a Cytoscape without that line stops here rather than ship a blank window.
 */
function cytoscapeUnderFrozenPrototype(): Plugin {
  const from = "[parse$1, matching].forEach(function (p) {\n  return extend(selfn, p);\n});";
  const to =
    "[parse$1, matching].forEach(function (p) {\n  Object.defineProperties(selfn, Object.getOwnPropertyDescriptors(p));\n});";
  return {
    name: "cytoscape-under-frozen-prototype",
    transform(code, id) {
      if (!/[\\/]cytoscape[\\/]dist[\\/]cytoscape\.esm\.m?js$/.test(id)) return null;
      if (!code.includes(from)) this.error("Cytoscape changed: check it still loads with Object.prototype frozen (vite.config.ts)");
      return { code: code.replace(from, to), map: null };
    },
  };
}

export default defineConfig({
  plugins: [svelte(), devBackend(), cytoscapeUnderFrozenPrototype()],
  // Tauri serves dist/ from its own protocol; relative asset paths keep working whatever the origin.
  base: "./",
  clearScreen: false,
  // Component tests mount Svelte in happy-dom: they need Svelte's browser build, not its server one.
  ...(process.env.VITEST ? { resolve: { conditions: ["browser"] } } : {}),
  // Served through the plugins in development too (the pre-bundler skips `transform`).
  optimizeDeps: { exclude: ["cytoscape"] },
  server: {
    port: 5173,
    strictPort: true,
    host: "127.0.0.1",
    // Same origin for the page, so the strict CSP's connect-src 'self' covers it.
    proxy: { "/__liaison": { target: backend } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK 2.4x and WebView2 both run modern JS; no legacy transforms needed.
    target: "es2022",
    // The CSP forbids inline scripts and data: script URLs, so nothing may be inlined as a data URL.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
  },
});
