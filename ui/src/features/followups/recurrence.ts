// The recurrence form's fields ⇄ the Recurrence the shell takes, and a readable line for each.
import type { Recurrence } from "../../ipc/types";
import { catalogues, interpolate, pluralKey, type Locale } from "../../i18n/messages";

export type RecurrenceMode = "none" | "days" | "weeks" | "months";
export interface RecurrenceDraft {
  mode: RecurrenceMode;
  /** As typed: validated on save. */
  every: string | number;
  /** 0 = Monday … 6 = Sunday, as core counts them. */
  weekdays: number[];
}

export function emptyRecurrence(): RecurrenceDraft {
  return { mode: "none", every: "1", weekdays: [] };
}

export function draftFromRecurrence(r: Recurrence | null): RecurrenceDraft {
  if (!r) return emptyRecurrence();
  return { mode: r.unit, every: String(r.every), weekdays: r.unit === "weeks" ? [...r.weekdays] : [] };
}

/** `null` = does not repeat; `"every"` names the field that is wrong. */
export function recurrenceFromDraft(d: RecurrenceDraft): { ok: Recurrence | null } | { error: "every" } {
  if (d.mode === "none") return { ok: null };
  // A number input bound with bind:value hands over a number, a text one a string.
  const text = String(d.every).trim();
  const every = Number(text);
  // Only what the form can read; how often is allowed is the core's rule (it answers `recurrence.every`).
  if (text === "" || !Number.isInteger(every)) return { error: "every" };
  if (d.mode === "weeks") {
    const weekdays = [...new Set(d.weekdays)].filter((w) => w >= 0 && w <= 6).sort((a, b) => a - b);
    return { ok: { unit: "weeks", every, weekdays } };
  }
  return { ok: { unit: d.mode, every } };
}

/** Short weekday names, Monday first, in the given locale. */
export function weekdayNames(locale: string, width: "short" | "long" = "short"): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

export function recurrenceText(r: Recurrence, locale: Locale): string {
  const cat = catalogues[locale];
  const base = `recur.${r.unit}` as const;
  const line = interpolate(cat[pluralKey(base, r.every, locale)], { count: r.every });
  if (r.unit !== "weeks" || !r.weekdays.length) return line;
  const names = weekdayNames(locale);
  const days = new Intl.ListFormat(locale, { style: "narrow", type: "conjunction" }).format(r.weekdays.map((w) => names[w] ?? ""));
  return interpolate(cat["recur.onDays"], { rule: line, days });
}
