// Dev-only: answers the app's `invoke` calls through the development backend (src-tauri/crates/devserver), which runs the shell's real commands over the real core on a temporary book.
import { mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";

/** Where the Vite dev server (and the test harness) forward the backend's routes. */
const BASE = "/__liaison";

interface Emitted {
  seq: number;
  event: string;
  payload: unknown;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${BASE}/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const reply = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`the development backend answered ${res.status} to ${path}: ${reply?.message ?? "no message"}`);
  return reply as T;
}

/**
 * Opens a book of its own for this page (`?book=demo|empty|<people>|toonew|locked|newlocked`,
 * `&recovery=1` to be shown the new book's recovery key, `&zone=Europe/Paris` for a time zone other
 * than the computer's) and routes every command to it.
 * The session id is left on `window.__liaisonSession`, so a test can reach the same book.
 */
export async function installDevBackend(params: URLSearchParams): Promise<void> {
  const { session } = await post<{ session: string }>("session", {
    book: params.get("book") ?? "demo",
    recovery: params.get("recovery") === "1",
    zone: params.get("zone"),
  });
  Object.assign(window, { __liaisonSession: session });
  mockIPC(
    async (cmd, args) => {
      const reply = await post<{ ok?: unknown; err?: unknown }>("invoke", { session, cmd, args: args ?? {} });
      if ("err" in reply) throw reply.err;
      return reply.ok;
    },
    { shouldMockEvents: true },
  );
  void pumpEvents(session);
}

/** Long-polls what the shell emitted (progress, due follow-ups) and hands it to the page's listeners. */
async function pumpEvents(session: string): Promise<void> {
  let after = 0;
  for (;;) {
    try {
      const res = await fetch(`${BASE}/events?session=${session}&after=${after}`);
      if (res.status === 410) return; // the backend restarted: the page must be reloaded anyway
      const events = (await res.json()) as Emitted[];
      for (const e of events) {
        after = Math.max(after, e.seq);
        await emit(e.event, e.payload);
      }
    } catch {
      await new Promise((r) => setTimeout(r, 1000)); // the backend is restarting: try again
    }
  }
}

/** Shown instead of the app when the backend cannot be reached, so the fix is on screen. */
export function showBackendMissing(error: unknown): void {
  const box = document.createElement("pre");
  box.className = "dev-backend-missing";
  box.textContent = `The development backend did not answer (${String(error)}).\n\n` +
    "`npm run dev` starts it (the first start builds it with cargo, which takes a few minutes);\n" +
    "or run `cargo run -p liaison-devserver` and set LIAISON_DEV_BACKEND=http://127.0.0.1:5174.";
  document.getElementById("app")?.replaceChildren(box);
}
