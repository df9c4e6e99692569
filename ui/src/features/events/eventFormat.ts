// Event and meetup times as the venue's clock shows them (wall times, no zone shift), in the reader's language.
import type { Event } from "../../ipc/types";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A venue wall time as a Date on the UTC clock, so formatting with timeZone UTC shows it unchanged. */
export function wall(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

const allDayStart = (local: string) => local.length === 10 || local.endsWith("T00:00");
const allDayEnd = (local: string) => local.length === 10 || local.endsWith("T23:59");

/** "24–26 Nov 2026", "Tue, 24 Nov 2026, 09:00 – 19:00": the dates an event covers at its venue. */
export function formatEventWhen(e: Pick<Event, "start_local" | "end_local">, locale: string): string {
  const s = wall(e.start_local);
  const end = wall(e.end_local) ?? s;
  if (!s || !end) return e.start_local;
  const sameDay = e.start_local.slice(0, 10) === e.end_local.slice(0, 10) || !e.end_local;
  const whole = allDayStart(e.start_local) && allDayEnd(e.end_local || e.start_local);
  if (sameDay && !whole) {
    const f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    return f.formatRange(s, end);
  }
  const f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric", ...(sameDay ? { weekday: "short" } : {}) });
  return sameDay ? f.format(s) : f.formatRange(s, end);
}

/** "Tue 24 Nov, 15:30": a meetup's or a follow-up's wall time, with the year only when it is not this one. */
export function formatWallTime(local: string, locale: string, now: Date = new Date()): string {
  const d = wall(local);
  if (!d) return local;
  const opts: Intl.DateTimeFormatOptions = { timeZone: "UTC", weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  if (d.getUTCFullYear() !== now.getFullYear()) opts.year = "numeric";
  const parts = new Intl.DateTimeFormat(locale, opts).formatToParts(d);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  const year = opts.year ? ` ${get("year")}` : "";
  return `${get("weekday")} ${get("day")} ${get("month")}${year}, ${get("hour")}:${get("minute")}`;
}

export type EventPhase = "now" | "soon" | "past";

/** Under way, still to come, or over — from the UTC instants, so the reader's zone does not matter. */
export function phaseOf(e: Pick<Event, "start_at" | "end_at">, now: Date): EventPhase {
  const t = now.getTime();
  if (Date.parse(e.end_at) < t) return "past";
  return Date.parse(e.start_at) <= t ? "now" : "soon";
}

/** Whole days until an event starts (0 when it starts today or has started). */
export function daysUntil(e: Pick<Event, "start_at">, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(e.start_at) - now.getTime()) / 86_400_000));
}

/** "Paris, FR" / "Paris" / "": where, in one short line. */
export function placeLine(...parts: string[]): string {
  return parts.filter((p) => p.trim()).join(" · ");
}
