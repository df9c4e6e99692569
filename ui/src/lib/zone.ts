// Instants shown as wall times in the user's IANA time zone, through Intl only; reading a wall time back into an instant is the core's.

const parts = new Map<string, Intl.DateTimeFormat>();
function fmt(timeZone: string): Intl.DateTimeFormat {
  let f = parts.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    parts.set(timeZone, f);
  }
  return f;
}

function fields(d: Date, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of fmt(timeZone).formatToParts(d)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return out;
}

/** The zone's offset from UTC at that instant, in minutes (Paris in winter: 60). */
export function offsetMinutes(d: Date, timeZone: string): number {
  const f = fields(d, timeZone);
  const asUtc = Date.UTC(f.year ?? 1970, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0);
  return Math.round((asUtc - Math.floor(d.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DDTHH:MM` as a clock in `timeZone` shows it at that instant. */
export function toLocalInput(d: Date, timeZone: string): string {
  const f = fields(d, timeZone);
  return `${f.year}-${pad(f.month ?? 1)}-${pad(f.day ?? 1)}T${pad(f.hour ?? 0)}:${pad(f.minute ?? 0)}`;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function dayIn(d: Date, timeZone: string): string {
  return toLocalInput(d, timeZone).slice(0, 10);
}

/** The zone this engine runs in, the default before settings answer. */
export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
