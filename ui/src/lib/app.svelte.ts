// App-wide state that several screens read: the book's size (first run), list freshness, notices.
import { ipc } from "../ipc/ipc";
import type { AppInfo, DuplicateWarning, ErrorBody } from "../ipc/types";
import { errorBodyOf } from "../ipc/types";

class AppState {
  info: AppInfo | null = $state(null);
  /** Set when the book cannot even be opened; the whole window shows it. */
  fatal: ErrorBody | null = $state(null);
  /** Bumped after every write, so a mounted list refetches what it shows. */
  listVersion = $state(0);
  /** Duplicate warnings from the last save, shown once on the saved person's page. */
  duplicates: { personId: string; items: DuplicateWarning[] } | null = $state(null);

  async load(): Promise<void> {
    try {
      this.info = await ipc.appInfo();
      this.fatal = null;
    } catch (e) {
      this.fatal = errorBodyOf(e);
    }
  }

  /** After a create, update, archive, delete or sample load. */
  changed(): void {
    this.listVersion++;
    void this.load();
  }
}

export const app = new AppState();

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  text: string;
  tone: "info" | "error";
  action?: ToastAction;
  /** Lets the thing a toast is about take it back (a reminder, once its follow-up is done). */
  key?: string;
}

class Toasts {
  items: Toast[] = $state([]);
  private next = 1;

  show(text: string, tone: Toast["tone"] = "info", action?: ToastAction, sticky = false, key?: string): void {
    const id = this.next++;
    this.items = [...this.items.filter((t) => !key || t.key !== key).slice(-2), { id, text, tone, action, key }];
    // Errors and reminders stay until dismissed: they may need reading twice, or come while away.
    // An Undo gets time to be reached.
    if (tone === "info" && !sticky) setTimeout(() => this.dismiss(id), action ? 10000 : 4000);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id);
  }

  dismissKey(key: string): void {
    this.items = this.items.filter((t) => t.key !== key);
  }
}

export const toasts = new Toasts();

/** A link from a note or an interaction waiting for "Open in browser?"; one at a time. */
class LinkAsk {
  url: string | null = $state(null);

  ask(url: string): void {
    this.url = url;
  }
}

export const linkAsk = new LinkAsk();
