// Entry point: theme and language before first paint, the dev-only mock shell when asked, then the app.
import "./styles/app.css";
import { mount } from "svelte";
import App from "./App.svelte";
import { theme } from "./lib/theme.svelte";
import { i18n } from "./i18n/i18n.svelte";

async function start(): Promise<void> {
  // Both flags are literals at build time: in a normal `vite build` this branch and the mock
  // module (with its fake book) are dropped from the bundle entirely. VITE_LIAISON_MOCK_BUILD=1
  // is only for the CSP test, which needs the production bundle's shape with fake data.
  if (import.meta.env.DEV || import.meta.env.VITE_LIAISON_MOCK_BUILD === "1") {
    const params = new URLSearchParams(location.search);
    const outsideTauri = !("__TAURI_INTERNALS__" in window);
    if (params.has("mock") || import.meta.env.VITE_MOCK === "1" || outsideTauri) {
      const { installMock } = await import("./ipc/mock");
      installMock(params);
    }
  }
  theme.start();
  document.documentElement.lang = i18n.locale;
  const target = document.getElementById("app");
  if (!target) throw new Error("index.html lost its #app element");
  mount(App, { target });
}

void start();
