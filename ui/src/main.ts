// Entry point: theme and language before first paint, the dev-only backend outside Tauri, then the app.
import "./styles/app.css";
import { mount } from "svelte";
import App from "./App.svelte";
import { theme } from "./lib/theme.svelte";
import { i18n } from "./i18n/i18n.svelte";
import { mark } from "./lib/marks";

// Every module above has been evaluated: the bundle is parsed and run.
mark("boot");

async function start(): Promise<void> {
  // Both flags are literals at build time: in a normal `vite build` this branch and the bridge to
  // the development backend are dropped from the bundle entirely. VITE_LIAISON_DEV_BUILD=1 is only
  // for the CSP test, which needs the production bundle's shape served beside the backend.
  if (import.meta.env.DEV || import.meta.env.VITE_LIAISON_DEV_BUILD === "1") {
    if (!("__TAURI_INTERNALS__" in window)) {
      const { installDevBackend, showBackendMissing } = await import("./ipc/devBackend");
      try {
        await installDevBackend(new URLSearchParams(location.search));
      } catch (e) {
        showBackendMissing(e);
        return;
      }
    }
  }
  theme.start();
  document.documentElement.lang = i18n.locale;
  const target = document.getElementById("app");
  if (!target) throw new Error("index.html lost its #app element");
  // The small capture window (the global shortcut's) is the same page under another label.
  const label = (window as { __TAURI_INTERNALS__?: { metadata?: { currentWindow?: { label?: string } } } }).__TAURI_INTERNALS__
    ?.metadata?.currentWindow?.label;
  if (label === "capture") {
    const { default: CaptureWindow } = await import("./features/capture/CaptureWindow.svelte");
    mount(CaptureWindow, { target });
  } else {
    mount(App, { target });
    mark("mounted");
  }
}

void start();
