// Dev-only: a small copy of the core's quick-capture grammar (`Name: text #tag -> todo fri`), enough for mock mode.
import { fold } from "../lib/fold";

export interface MockLine {
  who: { handle?: string; name?: string }[];
  explicit: boolean;
  words: string[];
  tags: string[];
  /** `YYYY-MM-DD` and an optional `HH:MM`. */
  due: { date: string; time: string | null } | null;
  duePhrase: string | null;
  todo: string | null;
}

const TODO_MARKERS = ["->", "→", "todo:", "to do:", "à faire:", "a faire:"];
const WEEKDAYS: Record<string, number> = {
  mon: 1, monday: 1, lun: 1, lundi: 1, tue: 2, tuesday: 2, mar: 2, mardi: 2, wed: 3, wednesday: 3, mer: 3, mercredi: 3,
  thu: 4, thursday: 4, jeu: 4, jeudi: 4, fri: 5, friday: 5, ven: 5, vendredi: 5, sat: 6, saturday: 6, sam: 6, samedi: 6,
  sun: 0, sunday: 0, dim: 0, dimanche: 0,
};
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, feb: 2, february: 2, fevrier: 2, march: 3, mars: 3, apr: 4, april: 4, avril: 4,
  may: 5, mai: 5, jun: 6, june: 6, juin: 6, jul: 7, july: 7, juillet: 7, aug: 8, august: 8, aout: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, oct: 10, october: 10, octobre: 10, nov: 11, november: 11, novembre: 11,
  dec: 12, december: 12, decembre: 12,
};
const MARKERS = new Set(["on", "by", "next", "due", "le", "pour", "avant", "for"]);

const trimPunct = (w: string) => w.replace(/^[.,;:!?()"«»]+|[.,;:!?()"«»]+$/g, "");
const iso = (d: Date) => d.toISOString().slice(0, 10);
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}
function upcoming(today: string, month: number, day: number): string | null {
  const y = Number(today.slice(0, 4));
  for (const year of [y, y + 1]) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) return null;
    if (iso(d) >= today) return iso(d);
  }
  return null;
}

/** A date phrase starting at word i (folded words): its end and its day. */
function phraseAt(w: string[], i: number, today: string): [number, string] | null {
  const word = w[i] ?? "";
  if (["today", "aujourd'hui", "tonight"].includes(word)) return [i + 1, today];
  if (["tomorrow", "tmrw", "demain"].includes(word)) return [i + 1, addDays(today, 1)];
  if ((word === "in" || word === "dans") && w[i + 1] && w[i + 2]) {
    const n = ({ a: 1, an: 1, one: 1, un: 1, une: 1, two: 2, deux: 2 } as Record<string, number>)[w[i + 1] ?? ""] ?? Number(w[i + 1]);
    const unit = w[i + 2] ?? "";
    if (!Number.isInteger(n) || n < 1) return null;
    if (/^(days?|jours?)$/.test(unit)) return [i + 3, addDays(today, n)];
    if (/^(weeks?|semaines?)$/.test(unit)) return [i + 3, addDays(today, 7 * n)];
    if (/^(months?|mois)$/.test(unit)) {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + n);
      return [i + 3, iso(d)];
    }
    return null;
  }
  const wd = WEEKDAYS[word];
  if (wd !== undefined && (word.length > 4 || i === w.length - 1 || MARKERS.has(w[i - 1] ?? ""))) {
    const now = new Date(`${today}T00:00:00Z`).getUTCDay();
    return [i + 1, addDays(today, ((wd - now + 6) % 7) + 1)];
  }
  const num = /^(\d{1,2})\/(\d{1,2})$/.exec(word);
  if (num) {
    const d = upcoming(today, Number(num[2]), Number(num[1]));
    return d ? [i + 1, d] : null;
  }
  if (/^\d{1,2}$/.test(word) && MONTHS[w[i + 1] ?? ""] !== undefined) {
    const d = upcoming(today, MONTHS[w[i + 1] ?? ""] ?? 1, Number(word));
    return d ? [i + 2, d] : null;
  }
  return null;
}

function timeAt(w: string[], i: number): [number, string] | null {
  const at = w[i] === "at" || w[i] === "à" || w[i] === "a" ? i + 1 : i;
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?$/.exec(w[at] ?? "");
  if (!m || (at === i && !/[:h]/.test(w[at] ?? ""))) return null;
  const h = Number(m[1]);
  if (h > 23) return null;
  return [at + 1, `${String(h).padStart(2, "0")}:${m[2] ?? "00"}`];
}

function findDate(list: string[], today: string): { start: number; end: number; date: string; time: string | null } | null {
  const w = list.map((x) => fold(trimPunct(x)));
  let best = null;
  for (let i = 0; i < w.length; i++) {
    const p = phraseAt(w, i, today);
    if (!p) continue;
    const t = timeAt(w, p[0]);
    const start = i > 0 && MARKERS.has(w[i - 1] ?? "") ? i - 1 : i;
    best = { start, end: t ? t[0] : p[0], date: p[1], time: t ? t[1] : null };
    i = best.end - 1;
  }
  return best;
}

export function parseLine(raw: string, today: string): MockLine {
  const line = raw.trim().replace(/[’‘]/g, "'");
  const out: MockLine = { who: [], explicit: false, words: [], tags: [], due: null, duePhrase: null, todo: null };
  const lower = line.toLowerCase();
  const cut = TODO_MARKERS.map((m) => [lower.indexOf(m), m.length] as const).filter(([at]) => at >= 0).sort((a, b) => a[0] - b[0])[0];
  let head = cut ? line.slice(0, cut[0]) : line;
  const todoWords = cut ? line.slice(cut[0] + cut[1]).split(/\s+/).filter(Boolean) : [];
  const colon = head.indexOf(":");
  if (colon > 0 && !head.slice(colon + 1).startsWith("//") && !/\d$/.test(head.slice(0, colon)) && head.slice(0, colon).length <= 120) {
    out.who = head
      .slice(0, colon)
      .split(/\s*(?:,|&|\band\b|\bet\b)\s*/)
      .map((n) => n.trim())
      .filter(Boolean)
      .map((name) => ({ name }));
    out.explicit = out.who.length > 0;
    head = head.slice(colon + 1);
  }
  const words: string[] = [];
  for (const token of head.split(/\s+/).filter(Boolean)) {
    const bare = trimPunct(token);
    if (bare.startsWith("@") && bare.length > 1) out.who.push({ handle: bare.slice(1) });
    else if (bare.startsWith("#") && bare.length > 1) {
      if (!out.tags.some((t) => fold(t) === fold(bare.slice(1)))) out.tags.push(bare.slice(1));
    } else words.push(token);
  }
  for (const list of [todoWords, words]) {
    const f = findDate(list, today);
    if (f) {
      out.due = { date: f.date, time: f.time };
      out.duePhrase = list.slice(f.start, f.end).join(" ");
      list.splice(f.start, f.end - f.start);
      break;
    }
  }
  out.words = words;
  const todo = todoWords.join(" ").trim();
  out.todo = todo || null;
  return out;
}
