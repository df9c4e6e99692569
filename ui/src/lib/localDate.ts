// Dates typed and shown in the app's language's order (06/12/2026 in French, 12/06/2026 in English): WebKitGTK's native date fields follow the system's locale, not the page's `lang`.

export type DatePart = "day" | "month" | "year";

/** The order of day, month and year in `locale`'s numeric dates, and the separator between them. */
export function dateOrder(locale: string): { parts: DatePart[]; sep: string } {
  const fmt = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const pieces = fmt.formatToParts(new Date(Date.UTC(2026, 11, 24)));
  const parts = pieces.map((p) => p.type).filter((t): t is DatePart => t === "day" || t === "month" || t === "year");
  const sep = pieces.find((p) => p.type === "literal")?.value ?? "/";
  return { parts: parts.length === 3 ? parts : ["year", "month", "day"], sep };
}

/** `YYYY-MM-DD` as `locale` writes it with digits ("06/12/2026"); "" for anything else. */
export function showDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return "";
  const { parts, sep } = dateOrder(locale);
  const of = { year: m[1], month: m[2], day: m[3] };
  return parts.map((p) => of[p]).join(sep);
}

/** What was typed, read in `locale`'s order (any separator; a two-digit year is 20xx; an ISO
 * `YYYY-MM-DD` is taken as such): `YYYY-MM-DD`, or null when it is not a real day. */
export function readDate(text: string, locale: string): string | null {
  const nums = text.trim().split(/[^0-9]+/).filter(Boolean);
  if (nums.length !== 3) return null;
  const first = nums[0] ?? "";
  const order: DatePart[] = first.length === 4 ? ["year", "month", "day"] : dateOrder(locale).parts;
  const of: Record<DatePart, number> = { day: 0, month: 0, year: 0 };
  order.forEach((p, i) => (of[p] = Number(nums[i])));
  if (String(nums[order.indexOf("year")]).length === 2) of.year += 2000;
  if (of.year < 1000 || of.year > 9999) return null;
  const d = new Date(Date.UTC(of.year, of.month - 1, of.day));
  if (d.getUTCFullYear() !== of.year || d.getUTCMonth() !== of.month - 1 || d.getUTCDate() !== of.day) return null;
  return `${String(of.year).padStart(4, "0")}-${String(of.month).padStart(2, "0")}-${String(of.day).padStart(2, "0")}`;
}
