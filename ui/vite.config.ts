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

export default defineConfig({
  plugins: [svelte(), devBackend()],
  // Tauri serves dist/ from its own protocol; relative asset paths keep working whatever the origin.
  base: "./",
  clearScreen: false,
  // Component tests mount Svelte in happy-dom: they need Svelte's browser build, not its server one.
  ...(process.env.VITEST ? { resolve: { conditions: ["browser"] } } : {}),
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
