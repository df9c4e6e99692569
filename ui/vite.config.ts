// Vite build for the Liaison window: a static bundle in ui/dist that the Tauri shell serves under a strict CSP.
import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig({
  plugins: [svelte()],
  // Tauri serves dist/ from its own protocol; relative asset paths keep working whatever the origin.
  base: "./",
  clearScreen: false,
  // Component tests mount Svelte in happy-dom: they need Svelte's browser build, not its server one.
  ...(process.env.VITEST ? { resolve: { conditions: ["browser"] } } : {}),
  server: { port: 5173, strictPort: true, host: "127.0.0.1" },
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
