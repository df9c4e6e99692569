// One calm notice for the follow-ups that came due (the shell announces each one, often several at launch): a single toast that counts them, links to Today, and leaves by itself.
import type { Followup } from "../../ipc/types";
import { t, tn } from "../../i18n/i18n.svelte";
import { toasts } from "../../lib/app.svelte";
import { navigate, router } from "../../lib/router.svelte";

const KEY = "due";
/** Announcements arrive one by one in a burst (every follow-up due since the app last ran): wait
 * this long for the rest, so a screen reader hears "3 follow-ups due" once, not three toasts. */
export const GATHER_MS = 250;
/** Long enough to be read after looking up from something else; Today keeps the list for good,
 * so the notice need not stay and cover the rows under it. */
export const STAY_MS = 15_000;

class DueNotice {
  private due: Followup[] = [];
  private gather: ReturnType<typeof setTimeout> | undefined;
  private leave: ReturnType<typeof setTimeout> | undefined;

  /** A follow-up the shell says came due. */
  add(f: Followup): void {
    // A notice closed by hand was read: what comes next starts a new count.
    if (this.gather === undefined && !toasts.items.some((x) => x.key === KEY)) this.due = [];
    this.due = [...this.due.filter((d) => d.id !== f.id), f];
    clearTimeout(this.gather);
    this.gather = setTimeout(() => {
      this.gather = undefined;
      this.render(true);
    }, GATHER_MS);
  }

  /** One was dealt with (done, snoozed): the notice counts one fewer, or leaves. */
  remove(id: string): void {
    if (!this.due.some((d) => d.id === id)) return;
    this.due = this.due.filter((d) => d.id !== id);
    this.render(false);
  }

  /** Today was opened: it lists them all, so the notice has said what it had to. */
  clear(): void {
    clearTimeout(this.gather);
    clearTimeout(this.leave);
    this.gather = this.leave = undefined;
    this.due = [];
    toasts.dismissKey(KEY);
  }

  private render(fresh: boolean): void {
    const [only] = this.due;
    if (!only) return this.clear();
    const onToday = router.route.name === "today";
    let text: string;
    let action: { label: string; run: () => void } | undefined;
    if (this.due.length === 1) {
      const who = only.person_names.join(", ");
      text = who ? t("due.singleWith", { title: only.title, people: who }) : t("due.single", { title: only.title });
      const person = only.people[0];
      if (person) action = { label: t("due.openPerson"), run: () => navigate({ name: "person", id: person }) };
      else if (!onToday) action = { label: t("due.openToday"), run: () => navigate({ name: "today" }) };
    } else {
      text = tn("due.many", this.due.length);
      if (!onToday) action = { label: t("due.openToday"), run: () => navigate({ name: "today" }) };
    }
    // Sticky for the toast store: this notice keeps its own clock, restarted by news only.
    toasts.show(text, "info", action, true, KEY);
    if (fresh || this.leave === undefined) {
      clearTimeout(this.leave);
      this.leave = setTimeout(() => this.clear(), STAY_MS);
    }
  }
}

export const dueNotice = new DueNotice();
