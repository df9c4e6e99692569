// Dev-only stand-in for issue 3's commands: timeline, notes, follow-ups, insights, Today, text search.
import type { ColdPerson } from "./bindings/ColdPerson";
import type { ErrorBody } from "./bindings/ErrorBody";
import type { Exchange } from "./bindings/Exchange";
import type { ExchangeCount } from "./bindings/ExchangeCount";
import type { Followup } from "./bindings/Followup";
import type { FollowupInput } from "./bindings/FollowupInput";
import type { FollowupListReq } from "./bindings/FollowupListReq";
import type { Interaction } from "./bindings/Interaction";
import type { InteractionInput } from "./bindings/InteractionInput";
import type { MonthActivity } from "./bindings/MonthActivity";
import type { Note } from "./bindings/Note";
import type { Person } from "./bindings/Person";
import type { PersonInsights } from "./bindings/PersonInsights";
import type { PersonSummary } from "./bindings/PersonSummary";
import type { Recurrence } from "./bindings/Recurrence";
import type { SnoozeReq } from "./bindings/SnoozeReq";
import type { TextHit } from "./bindings/TextHit";
import type { TimelinePage } from "./bindings/TimelinePage";
import type { TimelineReq } from "./bindings/TimelineReq";
import type { Today } from "./bindings/Today";
import { fold } from "../lib/fold";
import { dayIn, fromLocalInput, toLocalInput } from "../lib/zone";
import { seedRelations } from "./mockSeed";

/** What the relations mock needs from the people mock. */
export interface PeopleSource {
  get(id: string): Person;
  summary(id: string): PersonSummary;
  has(id: string): boolean;
}

const DAY = 86_400_000;
const fail = (code: ErrorBody["code"], message: string): ErrorBody => ({ code, message, fields: [] });
const invalid = (field: string, message: string): ErrorBody => ({ code: "validation", message, fields: [{ field, message }] });
let seq = 0;
const newId = (p: string) => `0193c000-0000-7000-8000-${p}${(++seq).toString(16).padStart(11, "0")}`.slice(0, 36);

export class RelationsBook {
  interactions: Interaction[] = [];
  notes: Note[] = [];
  followups: Followup[] = [];
  timeZone = "Europe/Paris";

  constructor(private people: PeopleSource, seeded: boolean) {
    if (seeded) seedRelations(this, Date.now());
  }

  private names(ids: string[]): string[] {
    return ids.map((id) => (this.people.has(id) ? this.people.get(id).display_name : "?"));
  }

  private checkPeople(ids: string[]): void {
    if (!ids.length) throw invalid("people", "at least one person");
    for (const id of ids) if (!this.people.has(id)) throw fail("not_found", `person ${id} was not found`);
  }

  interaction(input: InteractionInput, base?: Interaction): Interaction {
    this.checkPeople(input.people);
    const now = new Date().toISOString();
    const at = input.occurred_at ? new Date(input.occurred_at) : new Date();
    if (Number.isNaN(at.getTime())) throw invalid("occurred_at", "not a date");
    const it: Interaction = {
      id: base?.id ?? newId("a"),
      kind: input.kind,
      direction: input.direction,
      exchange: input.direction === "neutral" ? null : (input.exchange ?? null),
      occurred_at: at.toISOString(),
      channel: input.channel,
      our_side: input.our_side,
      body: input.body,
      people: [...new Set(input.people)],
      person_names: this.names([...new Set(input.people)]),
      event_id: input.event_id ?? null,
      created_at: base?.created_at ?? now,
      updated_at: now,
    };
    this.interactions = [...this.interactions.filter((x) => x.id !== it.id), it];
    return structuredClone(it);
  }

  findInteraction(id: string): Interaction {
    const it = this.interactions.find((x) => x.id === id);
    if (!it) throw fail("not_found", `interaction ${id} was not found`);
    return it;
  }

  deleteInteraction(id: string): Interaction {
    const it = this.findInteraction(id);
    this.interactions = this.interactions.filter((x) => x.id !== id);
    return structuredClone(it);
  }

  restoreInteraction(it: Interaction): Interaction {
    this.interactions = [...this.interactions.filter((x) => x.id !== it.id), structuredClone(it)];
    return structuredClone(it);
  }

  private byNewest(personId: string): Interaction[] {
    return this.interactions
      .filter((x) => x.people.includes(personId))
      .sort((a, b) => (a.occurred_at < b.occurred_at ? 1 : a.occurred_at > b.occurred_at ? -1 : a.id < b.id ? 1 : -1));
  }

  timeline(req: TimelineReq): TimelinePage {
    const all = this.byNewest(req.person_id).filter((x) => !req.kind || x.kind === req.kind);
    const limit = Math.min(Math.max(req.limit ?? 50, 1), 500);
    const start = req.cursor ? Number(req.cursor) : 0;
    const items = all.slice(start, start + limit).map((x) => structuredClone(x));
    return { items, next_cursor: start + limit < all.length ? String(start + limit) : null };
  }

  note(personId: string, body: string, pinned: boolean, base?: Note): Note {
    if (!this.people.has(personId)) throw fail("not_found", `person ${personId} was not found`);
    if (!body.trim()) throw invalid("body", "a note needs text");
    const now = new Date().toISOString();
    const n: Note = { id: base?.id ?? newId("b"), person_id: personId, body, pinned, created_at: base?.created_at ?? now, updated_at: now };
    this.notes = [...this.notes.filter((x) => x.id !== n.id), n];
    return structuredClone(n);
  }

  findNote(id: string): Note {
    const n = this.notes.find((x) => x.id === id);
    if (!n) throw fail("not_found", `note ${id} was not found`);
    return n;
  }

  deleteNote(id: string): Note {
    const n = this.findNote(id);
    this.notes = this.notes.filter((x) => x.id !== id);
    return n;
  }

  noteList(personId: string): Note[] {
    return this.notes
      .filter((n) => n.person_id === personId)
      .sort((a, b) => Number(b.pinned) - Number(a.pinned) || (a.updated_at < b.updated_at ? 1 : -1))
      .map((n) => structuredClone(n));
  }

  followup(input: FollowupInput, base?: Followup): Followup {
    this.checkPeople(input.people);
    if (!input.title.trim()) throw invalid("title", "a title is required");
    const zone = input.time_zone ?? this.timeZone;
    const local = input.due_local.length === 10 ? `${input.due_local}T09:00` : input.due_local;
    const due = fromLocalInput(local, zone);
    if (!due) throw invalid("due_local", "not a date and time");
    const now = new Date().toISOString();
    const f: Followup = {
      id: base?.id ?? newId("c"),
      title: input.title.trim(),
      body: input.body,
      people: input.people,
      person_names: this.names(input.people),
      time_zone: zone,
      due_local: local,
      due_at: due.toISOString(),
      recurrence: input.recurrence ?? null,
      done_at: null,
      created_at: base?.created_at ?? now,
      updated_at: now,
    };
    this.followups = [...this.followups.filter((x) => x.id !== f.id), f];
    return structuredClone(f);
  }

  findFollowup(id: string): Followup {
    const f = this.followups.find((x) => x.id === id);
    if (!f) throw fail("not_found", `follow-up ${id} was not found`);
    return f;
  }

  done(id: string): Followup {
    const f = this.findFollowup(id);
    const now = new Date().toISOString();
    if (f.recurrence) {
      const next = nextOccurrence(f.due_local, f.recurrence);
      f.due_local = next;
      f.due_at = (fromLocalInput(next, f.time_zone) ?? new Date()).toISOString();
    } else f.done_at = now;
    f.updated_at = now;
    return structuredClone(f);
  }

  snooze(req: SnoozeReq): Followup {
    const f = this.findFollowup(req.id);
    const now = Date.now();
    let until: number;
    if (req.until) until = Date.parse(req.until);
    else if (req.preset === "one_hour") until = now + 3600_000;
    else {
      const days = req.preset === "next_week" ? 7 : 1;
      until = (fromLocalInput(`${dayIn(new Date(now + days * DAY), this.timeZone)}T09:00`, this.timeZone) ?? new Date()).getTime();
    }
    if (Number.isNaN(until)) throw fail("validation", "until is not a date");
    f.due_at = new Date(until).toISOString();
    f.updated_at = new Date().toISOString();
    return structuredClone(f);
  }

  deleteFollowup(id: string): Followup {
    const f = this.findFollowup(id);
    this.followups = this.followups.filter((x) => x.id !== id);
    return f;
  }

  followupList(req: FollowupListReq): Followup[] {
    return this.followups
      .filter((f) => (!req.person_id || f.people.includes(req.person_id)) && (req.status === "all" || (req.status === "open") === (f.done_at === null)))
      .sort((a, b) => (a.due_at < b.due_at ? -1 : 1))
      .slice(0, req.limit ?? 100)
      .map((f) => structuredClone(f));
  }

  private cadence(p: Person): number | null {
    if (p.stage === "paused" || p.stage === "do_not_contact") return null;
    return p.cadence_days ?? ({ identified: 90, contacted: 30, engaged: 30, collaborating: 14, ambassador: 30 } as Record<string, number>)[p.stage] ?? 30;
  }

  insights(personId: string): PersonInsights {
    const p = this.people.get(personId);
    const mine = this.byNewest(personId);
    const last = mine[0]?.occurred_at ?? null;
    const cadence = this.cadence(p);
    const now = Date.now();
    const count = (xs: Interaction[]): ExchangeCount[] => {
      const m = new Map<Exchange | null, ExchangeCount>();
      for (const x of xs) {
        if (x.direction === "neutral") continue;
        const c = m.get(x.exchange) ?? { exchange: x.exchange, given: 0, received: 0 };
        c[x.direction]++;
        m.set(x.exchange, c);
      }
      return [...m.values()];
    };
    const activity: MonthActivity[] = [];
    const d = new Date(now);
    for (let k = 11; k >= 0; k--) {
      const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k, 1)).toISOString().slice(0, 7);
      const xs = mine.filter((x) => x.occurred_at.startsWith(m));
      activity.push({ month: m, given: xs.filter((x) => x.direction === "given").length, received: xs.filter((x) => x.direction === "received").length, neutral: xs.filter((x) => x.direction === "neutral").length });
    }
    return {
      last_interaction_at: last,
      cold_at: last && cadence ? new Date(Date.parse(last) + cadence * DAY).toISOString() : null,
      cadence_days: cadence,
      reciprocity: {
        last_90_days: count(mine.filter((x) => now - Date.parse(x.occurred_at) <= 90 * DAY)),
        all_time: count(mine),
        given_total: mine.filter((x) => x.direction === "given").length,
        received_total: mine.filter((x) => x.direction === "received").length,
      },
      activity,
    };
  }

  takers(limit: number): PersonSummary[] {
    const ids = [...new Set(this.interactions.flatMap((x) => x.people))].filter((id) => this.people.has(id));
    return ids
      .filter((id) => {
        const xs = this.interactions.filter((x) => x.people.includes(id));
        return xs.some((x) => x.direction === "received") && !xs.some((x) => x.direction === "given");
      })
      .slice(0, limit)
      .map((id) => this.people.summary(id));
  }

  today(): Today {
    const now = new Date();
    const date = dayIn(now, this.timeZone);
    const open = this.followups.filter((f) => !f.done_at).sort((a, b) => (a.due_at < b.due_at ? -1 : 1));
    const cold: ColdPerson[] = [];
    for (const id of new Set(this.interactions.flatMap((x) => x.people))) {
      if (!this.people.has(id)) continue;
      const ins = this.insights(id);
      if (!ins.cold_at || !ins.last_interaction_at || Date.parse(ins.cold_at) > now.getTime()) continue;
      const days = Math.floor((now.getTime() - Date.parse(ins.cold_at)) / DAY);
      cold.push({ person: this.people.summary(id), last_interaction_at: ins.last_interaction_at, cold_since: ins.cold_at, days_late: days });
    }
    cold.sort((a, b) => b.days_late - a.days_late);
    return {
      date,
      time_zone: this.timeZone,
      overdue: open.filter((f) => Date.parse(f.due_at) <= now.getTime() && dayIn(new Date(f.due_at), this.timeZone) < date).map((f) => structuredClone(f)),
      due_today: open.filter((f) => dayIn(new Date(f.due_at), this.timeZone) === date || (Date.parse(f.due_at) <= now.getTime() && dayIn(new Date(f.due_at), this.timeZone) >= date)).map((f) => structuredClone(f)),
      going_cold: cold,
      events: [],
      meetups: [],
    };
  }

  textSearch(query: string, limit: number): TextHit[] {
    const terms = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!terms.length || terms.some((t) => t.length < 3)) return [];
    const hits: TextHit[] = [];
    const snippet = (body: string) => {
      const i = fold(body).indexOf(terms[0] ?? "");
      const s = Math.max(0, i - 30);
      return `${s > 0 ? "…" : ""}${body.slice(s, s + 90)}${s + 90 < body.length ? "…" : ""}`;
    };
    for (const x of [...this.interactions].sort((a, b) => (a.occurred_at < b.occurred_at ? 1 : -1))) {
      const hay = fold(x.body);
      if (terms.every((t) => hay.includes(t))) hits.push({ kind: "interaction", id: x.id, person_ids: x.people, person_names: this.names(x.people), at: x.occurred_at, snippet: snippet(x.body) });
    }
    for (const n of this.notes) {
      if (terms.every((t) => fold(n.body).includes(t))) hits.push({ kind: "note", id: n.id, person_ids: [n.person_id], person_names: this.names([n.person_id]), at: n.updated_at, snippet: snippet(n.body) });
    }
    return hits.slice(0, limit);
  }
}

/** The next wall time of a recurring follow-up (the real rule lives in core; this is close enough). */
export function nextOccurrence(local: string, r: Recurrence): string {
  const [day = "", time = "09:00"] = local.split("T");
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const base = new Date(Date.UTC(y, m - 1, d));
  if (r.unit === "days") base.setUTCDate(base.getUTCDate() + r.every);
  else if (r.unit === "months") base.setUTCMonth(base.getUTCMonth() + r.every);
  else {
    const days = r.weekdays.length ? r.weekdays : [(base.getUTCDay() + 6) % 7];
    do base.setUTCDate(base.getUTCDate() + 1);
    while (!days.includes((base.getUTCDay() + 6) % 7));
  }
  return `${base.toISOString().slice(0, 10)}T${time}`;
}

export { toLocalInput };
