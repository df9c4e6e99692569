// A conflict's words, shared by the warning before an action (with the name) and the attendee list's flag (on the person's own line, without it).
import type { Conflict } from "../../ipc/types";
import { t } from "../../i18n/i18n.svelte";
import type { MessageKey } from "../../i18n/messages";

/** From → to, "…" where open: an exclusivity ending next spring says so. */
export function conflictDates(c: Conflict): string {
  if (!c.since && !c.until) return t("brands.open");
  return t("brands.dates", { since: c.since ?? t("brands.open"), until: c.until ?? t("brands.open") });
}

function params(c: Conflict) {
  const kind = c.affiliation_kind ? t(`brands.kind.${c.affiliation_kind}` as MessageKey) : "";
  return { name: c.person_name, brand: c.brand_name ?? "", kind, dates: conflictDates(c) };
}

/** "Ana: Ambassador of a competitor, Lumière (2026-01-01 → …)": said before adding or planning. */
export function conflictLine(c: Conflict): string {
  return t(`conflict.${c.kind}` as MessageKey, params(c));
}

/** "Ambassador of a competitor: Lumière (2026-01-01 → …)": said on the person's own line. */
export function conflictReason(c: Conflict): string {
  return t(`whoConflict.${c.kind}` as MessageKey, params(c));
}
