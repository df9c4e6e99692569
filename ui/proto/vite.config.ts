// Builds the graph prototype page (proto/main.ts) on its own, outside the app; see main.ts for how to run it.
import { defineConfig, type Plugin } from "vite";
// PATCH=1: Cytoscape skips the style triggers (dirty caches, bounds events, z-order) of an element's first style, when it has no caches yet.
const from = "styfn$8.checkTriggers = function(ele, name, fromValue, toValue) {\n";
const patch: Plugin = { name: "p", transform(code, id) { if (!process.env.PATCH || !/cytoscape\.esm\.m?js$/.test(id)) return null; const f = "styfn$8.checkTriggers = function (ele, name, fromValue, toValue) {\n"; if (!code.includes(f)) this.error("no checkTriggers"); return { code: code.split(f).join(f + "  if (!ele._private.appliedInitStyle) return;\n"), map: null }; } };
export default defineConfig({ plugins: [patch], root: __dirname, base: "./", build: { outDir: process.env.OUT ?? "/tmp/sigma-proto-dist", minify: true, emptyOutDir: true, target: "es2022", sourcemap: false } });
