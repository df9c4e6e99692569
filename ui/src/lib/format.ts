// Dates, numbers, countries and languages shown the way each locale writes them, through Intl only.

// Intl objects are costly to build and the list formats thousands of cells: cache by locale+options.
const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  let v = cache.get(key) as T | undefined;
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

export function formatNumber(n: number, locale: string): string {
  return memo(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** "45K" / "45 k": for tight cells where the exact figure is one click away. */
export function formatCompact(n: number, locale: string): string {
  return memo(
    `c|${locale}`,
    () => new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }),
  ).format(n);
}

/** `YYYY-MM-DD` is a calendar day, not an instant: read it in local time so it never shifts a day. */
export function parseDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return value;
  const d = parseDay(value) ?? new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDate(value: string | Date, locale: string): string {
  const d = toDate(value);
  if (!d) return String(value);
  return memo(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "medium" })).format(d);
}

export function formatDateTime(value: string | Date, locale: string, timeZone?: string): string {
  const d = toDate(value);
  if (!d) return String(value);
  return memo(
    `dt|${locale}|${timeZone ?? ""}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }),
  ).format(d);
}

/** The wall-clock time in a person's time zone, or null when the zone is unknown to this engine. */
export function formatTimeIn(timeZone: string, now: Date, locale: string): string | null {
  try {
    return memo(
      `t|${locale}|${timeZone}`,
      () => new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }),
    ).format(now);
  } catch {
    return null;
  }
}

/** A wall time `YYYY-MM-DDTHH:MM` (a meetup's, at its place) as the locale writes times: "14:00", "2:00 PM". */
export function formatWallTime(local: string, locale: string): string {
  const m = /T(\d{2}):(\d{2})/.exec(local);
  if (!m) return local;
  // Read as UTC and written as UTC: the digits stay the place's own, whatever this machine's zone.
  const at = new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])));
  return memo(`w|${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: "UTC" })).format(at);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 days ago" / "il y a 3 jours", "yesterday" / "hier"; under a minute reads as "now". */
export function formatRelative(value: string | Date, now: Date, locale: string): string {
  const d = toDate(value);
  if (!d) return String(value);
  const rtf = memo(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  const secs = (d.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(secs) >= size) return rtf.format(Math.round(secs / size), unit);
  }
  return rtf.format(0, "second");
}

export function regionName(code: string, locale: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return (
      memo(`rg|${locale}`, () => new Intl.DisplayNames(locale, { type: "region" })).of(code.toUpperCase()) ??
      code
    );
  } catch {
    return code;
  }
}

export function languageName(tag: string, locale: string): string {
  try {
    return memo(`lg|${locale}`, () => new Intl.DisplayNames(locale, { type: "language" })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Every IANA zone the engine knows, for the time-zone suggestions; empty on old engines. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  return intl.supportedValuesOf?.("timeZone") ?? [];
}
