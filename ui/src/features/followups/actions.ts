// Done and Snooze as every list does them: call the shell, say what happened, let lists refresh.
import { ipc } from "../../ipc/ipc";
import { errorBodyOf, type Followup, type Snooze } from "../../ipc/types";
import { i18n, t } from "../../i18n/i18n.svelte";
import { app, toasts } from "../../lib/app.svelte";
import { formatDateTime } from "../../lib/format";
import { settings } from "../../lib/settings.svelte";
import { dueNotice } from "./dueNotice.svelte";

export async function markDone(f: Followup): Promise<Followup | null> {
  try {
    const after = await ipc.followupDone({ id: f.id });
    dueNotice.remove(f.id);
    toasts.show(
      after.done_at
        ? t("followup.doneToast", { title: f.title })
        : t("followup.nextToast", { title: f.title, when: formatDateTime(after.due_at, i18n.locale, settings.timeZone) }),
    );
    app.changed();
    return after;
  } catch (e) {
    toasts.show(t(`error.${errorBodyOf(e).code}`), "error");
    return null;
  }
}

export async function snooze(f: Followup, s: { preset?: Snooze; until?: string }): Promise<Followup | null> {
  try {
    const after = await ipc.followupSnooze({ id: f.id, ...s });
    dueNotice.remove(f.id);
    toasts.show(t("followup.snoozedToast", { title: f.title, when: formatDateTime(after.due_at, i18n.locale, settings.timeZone) }));
    app.changed();
    return after;
  } catch (e) {
    toasts.show(t(`error.${errorBodyOf(e).code}`), "error");
    return null;
  }
}
