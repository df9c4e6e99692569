// Dev-only stand-in for issue 4's commands: events, who's here, meetups, the city view, quick capture.
import type { Attendee } from "./bindings/Attendee";
import type { AttendeeListReq } from "./bindings/AttendeeListReq";
import type { AttendeeRole } from "./bindings/AttendeeRole";
import type { AttendeeStatus } from "./bindings/AttendeeStatus";
import type { AttendReq } from "./bindings/AttendReq";
import type { CityView } from "./bindings/CityView";
import type { ErrorBody } from "./bindings/ErrorBody";
import type { Event } from "./bindings/Event";
import type { EventInput } from "./bindings/EventInput";
import type { EventListReq } from "./bindings/EventListReq";
import type { FieldError } from "./bindings/FieldError";
import type { Meetup } from "./bindings/Meetup";
import type { MeetupInput } from "./bindings/MeetupInput";
import type { MeetupListReq } from "./bindings/MeetupListReq";
import type { MeetupOutcomeReq } from "./bindings/MeetupOutcomeReq";
import type { Person } from "./bindings/Person";
import type { PersonSummary } from "./bindings/PersonSummary";
import type { PersonCreateReq } from "./bindings/PersonCreateReq";
import type { PersonSaved } from "./bindings/PersonSaved";
import type { SearchReq } from "./bindings/SearchReq";
import { fold } from "../lib/fold";
import { fromLocalInput, toLocalInput } from "../lib/zone";
import type { RelationsBook } from "./mockRelations";

/** What the events mock needs from the people mock. */
export interface EventPeople {
  get(id: string): Person;
  summary(id: string): PersonSummary;
  has(id: string): boolean;
  search(req: SearchReq): PersonSummary[];
  create(req: PersonCreateReq): PersonSaved;
  rows: { s: PersonSummary; handles: string[] }[];
}

interface Attendance {
  event: string;
  person: string;
  role: AttendeeRole;
  status: AttendeeStatus;
  why: string;
}

const fail = (code: ErrorBody["code"], message: string): ErrorBody => ({ code, message, fields: [] });
const invalidAll = (fields: FieldError[]): ErrorBody => ({ code: "validation", message: fields.map((f) => `${f.field}: ${f.message}`).join("; "), fields });
let seq = 0;
const newId = (p: string) => `0193d000-0000-7000-8000-${p}${(++seq).toString(16).padStart(11, "0")}`.slice(0, 36);
const isZone = (z: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: z });
    return true;
  } catch {
    return false;
  }
};
const LOCAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

export class EventsBook {
  events: Event[] = [];
  attendance: Attendance[] = [];
  meetups: Meetup[] = [];

  constructor(
    public people: EventPeople,
    public rel: RelationsBook,
  ) {}

  // --- events ---

  private clean(i: EventInput, base?: Event): Event {
    const errs: FieldError[] = [];
    const zone = i.time_zone?.trim() || this.rel.timeZone;
    const country = (i.country ?? "").trim().toUpperCase();
    let url = (i.url ?? "").trim();
    if (url && !url.includes("://")) url = `https://${url}`;
    if (!i.name.trim()) errs.push({ field: "name", message: "an event needs a name" });
    if (!isZone(zone)) errs.push({ field: "time_zone", message: "use an IANA time zone such as Europe/Paris" });
    if (country && !/^[A-Z]{2}$/.test(country)) errs.push({ field: "country", message: "use a two-letter ISO country code such as FR or US" });
    if (url && !/^https?:\/\//.test(url)) errs.push({ field: "url", message: "this is not a web address (https://…)" });
    const s = i.start_local.trim();
    const e = i.end_local.trim();
    if (!LOCAL.test(s)) errs.push({ field: "start_local", message: "use a date such as 2026-11-27 or 2026-11-27T09:30" });
    if (e && !LOCAL.test(e)) errs.push({ field: "end_local", message: "use a date such as 2026-11-29 or 2026-11-29T18:00" });
    const start = s.length === 10 ? `${s}T00:00` : s;
    const end = !e ? `${s.slice(0, 10)}T23:59` : e.length === 10 ? `${e}T23:59` : e;
    if (!errs.length && end < start) errs.push({ field: "end_local", message: "the event cannot end before it starts" });
    if (errs.length) throw invalidAll(errs);
    const now = new Date().toISOString();
    return {
      id: base?.id ?? newId("e"),
      name: i.name.trim(),
      kind: i.kind,
      time_zone: zone,
      start_local: start,
      end_local: end,
      start_at: (fromLocalInput(start, zone) ?? new Date()).toISOString(),
      end_at: (fromLocalInput(end, zone) ?? new Date()).toISOString(),
      city: (i.city ?? "").trim(),
      country,
      venue: (i.venue ?? "").trim(),
      booth: (i.booth ?? "").trim(),
      url,
      notes: i.notes ?? "",
      attendee_count: base ? this.attendance.filter((a) => a.event === base.id).length : 0,
      created_at: base?.created_at ?? now,
      updated_at: now,
    };
  }

  event(input: EventInput, id?: string): Event {
    const e = this.clean(input, id ? this.find(id) : undefined);
    this.events = [...this.events.filter((x) => x.id !== e.id), e];
    return structuredClone(e);
  }

  find(id: string): Event {
    const e = this.events.find((x) => x.id === id);
    if (!e) throw fail("not_found", `event ${id} was not found`);
    return { ...e, attendee_count: this.attendance.filter((a) => a.event === id).length };
  }

  deleteEvent(id: string): Event {
    const e = this.find(id);
    this.events = this.events.filter((x) => x.id !== id);
    this.attendance = this.attendance.filter((a) => a.event !== id);
    return e;
  }

  list(req: EventListReq): Event[] {
    const now = new Date().toISOString();
    const city = req.city?.trim() ? fold(req.city.trim()) : "";
    const when = req.when ?? "upcoming";
    const out = this.events
      .filter((e) => (when === "all" || (when === "upcoming") === (e.end_at >= now)) && (!city || fold(e.city) === city))
      .sort((a, b) => (a.start_at < b.start_at ? -1 : 1));
    if (when === "past") out.reverse();
    return out.slice(0, req.limit ?? 100).map((e) => this.find(e.id));
  }

  // --- who's here ---

  attend(req: AttendReq): Attendee {
    this.find(req.event_id);
    if (!this.people.has(req.person_id)) throw invalidAll([{ field: "person_id", message: "this person does not exist" }]);
    if ((req.why ?? "").length > 500) throw invalidAll([{ field: "why", message: "keep it to one line (500 characters at most)" }]);
    let a = this.attendance.find((x) => x.event === req.event_id && x.person === req.person_id);
    if (!a) {
      a = { event: req.event_id, person: req.person_id, role: "attendee", status: "invited", why: "" };
      this.attendance.push(a);
    }
    if (req.role) a.role = req.role;
    if (req.status) a.status = req.status;
    if (req.why !== undefined) a.why = req.why.replace(/\s+/g, " ").trim();
    return this.attendee(a);
  }

  unattend(eventId: string, personId: string): null {
    this.attendance = this.attendance.filter((a) => !(a.event === eventId && a.person === personId));
    return null;
  }

  private attendee(a: Attendance): Attendee {
    const p = this.people.get(a.person);
    const last = this.rel.interactions.filter((x) => x.people.includes(a.person)).reduce<string | null>((m, x) => (!m || x.occurred_at > m ? x.occurred_at : m), null);
    return {
      person: this.people.summary(a.person),
      role: a.role,
      status: a.status,
      why: a.why,
      last_interaction_at: last,
      open_followups: this.rel.followups.filter((f) => !f.done_at && f.people.includes(a.person)).length,
      topics: p.topics,
    };
  }

  attendees(req: AttendeeListReq): Attendee[] {
    this.find(req.event_id);
    const words = fold(req.query ?? "").split(/\s+/).filter(Boolean);
    const out = this.attendance
      .filter((a) => a.event === req.event_id && (!req.role || a.role === req.role) && (!req.status || a.status === req.status))
      .map((a) => this.attendee(a))
      .filter((a) => {
        const hay = fold([a.person.display_name, a.person.primary_handle ?? "", ...a.topics, a.why].join(" "));
        return words.every((w) => hay.includes(w));
      });
    const name = (a: Attendee) => fold(a.person.display_name);
    const cmp: Record<string, (a: Attendee, b: Attendee) => number> = {
      name: (a, b) => name(a).localeCompare(name(b)),
      role: (a, b) => a.role.localeCompare(b.role),
      status: (a, b) => a.status.localeCompare(b.status),
      last_contact: (a, b) => (a.last_interaction_at ?? "").localeCompare(b.last_interaction_at ?? ""),
      followups: (a, b) => b.open_followups - a.open_followups,
    };
    const by = cmp[req.sort ?? "name"] ?? cmp["name"]!;
    return out.sort((a, b) => by(a, b) || name(a).localeCompare(name(b)));
  }

  csv(id: string): { file_name: string; mime: string; text: string } {
    const e = this.find(id);
    const q = (s: string) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const rows = this.attendees({ event_id: id, sort: "name" }).map((a) =>
      [a.person.display_name, a.role, a.status, a.why, a.last_interaction_at ?? "", String(a.open_followups), a.topics.join("; ")].map(q).join(","),
    );
    return { file_name: `${slug(e.name)}-attendees.csv`, mime: "text/csv", text: ["name,role,status,why,last_contact,open_followups,topics", ...rows].join("\r\n") + "\r\n" };
  }

  ics(id: string): { file_name: string; mime: string; text: string } {
    const e = this.find(id);
    const stamp = (s: string) => s.replace(/[-:]/g, "").replace(/\.\d+/, "");
    const items = this.meetups.filter((m) => m.event_id === id).map((m) => ["BEGIN:VEVENT", `UID:${m.id}`, `DTSTART:${stamp(m.start_at)}`, `SUMMARY:${m.title}`, `LOCATION:${m.place}`, "END:VEVENT"].join("\r\n"));
    return { file_name: `${slug(e.name)}-meetups.ics`, mime: "text/calendar", text: ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Liaison mock//EN", ...items, "END:VCALENDAR", ""].join("\r\n") };
  }

  detail(id: string) {
    return { event: this.find(id), attendees: this.attendees({ event_id: id, sort: "name" }), meetups: this.meetupList({ event_id: id, when: "all" }) };
  }

  // --- meetups ---

  meetup(input: MeetupInput, id?: string): Meetup {
    const base = id ? this.findMeetup(id) : undefined;
    const ev = input.event_id ? this.events.find((e) => e.id === input.event_id) : undefined;
    const errs: FieldError[] = [];
    if (!input.title.trim()) errs.push({ field: "title", message: "a meetup needs a title" });
    if (input.event_id && !ev) errs.push({ field: "event_id", message: "this event does not exist" });
    const zone = input.time_zone?.trim() || ev?.time_zone || this.rel.timeZone;
    if (!isZone(zone)) errs.push({ field: "time_zone", message: "use an IANA time zone such as Europe/Paris" });
    const s = input.start_local.trim();
    if (!LOCAL.test(s)) errs.push({ field: "start_local", message: "use a date and time such as 2026-11-27T12:30" });
    const minutes = input.minutes ?? 60;
    if (minutes < 1 || minutes > 1440) errs.push({ field: "minutes", message: "a meetup lasts between 1 minute and 24 hours" });
    input.people.forEach((p, n) => this.people.has(p) || errs.push({ field: `people.${n}`, message: "this person does not exist" }));
    if (errs.length) throw invalidAll(errs);
    const start = s.length === 10 ? `${s}T09:00` : s;
    const now = new Date().toISOString();
    const m: Meetup = {
      id: base?.id ?? newId("m"),
      title: input.title.trim(),
      event_id: ev?.id ?? null,
      event_name: ev?.name ?? null,
      time_zone: zone,
      start_local: start,
      start_at: (fromLocalInput(start, zone) ?? new Date()).toISOString(),
      minutes,
      place: input.place.trim(),
      city: input.city.trim() || ev?.city || "",
      country: input.country.trim().toUpperCase() || ev?.country || "",
      notes: input.notes,
      people: [...new Set(input.people)],
      person_names: [...new Set(input.people)].map((p) => this.people.get(p).display_name),
      outcome: base?.outcome ?? null,
      outcome_at: base?.outcome_at ?? null,
      created_at: base?.created_at ?? now,
      updated_at: now,
    };
    this.meetups = [...this.meetups.filter((x) => x.id !== m.id), m];
    return structuredClone(m);
  }

  findMeetup(id: string): Meetup {
    const m = this.meetups.find((x) => x.id === id);
    if (!m) throw fail("not_found", `meetup ${id} was not found`);
    return m;
  }

  deleteMeetup(id: string): Meetup {
    const m = this.findMeetup(id);
    this.meetups = this.meetups.filter((x) => x.id !== id);
    return m;
  }

  meetupList(req: MeetupListReq): Meetup[] {
    const now = new Date().toISOString();
    const when = req.when ?? "upcoming";
    const end = (m: Meetup) => new Date(Date.parse(m.start_at) + m.minutes * 60_000).toISOString();
    const out = this.meetups
      .filter((m) => (!req.event_id || m.event_id === req.event_id) && (when === "all" || (when === "upcoming") === (end(m) >= now)))
      .sort((a, b) => (a.start_at < b.start_at ? -1 : 1));
    if (when === "past") out.reverse();
    return out.slice(0, req.limit ?? 100).map((m) => structuredClone(m));
  }

  outcome(req: MeetupOutcomeReq): Meetup {
    const m = this.findMeetup(req.id);
    if (!req.outcome.trim()) throw invalidAll([{ field: "outcome", message: "say in a few words how it went" }]);
    const met = req.met ?? m.people;
    if (!met.length) throw invalidAll([{ field: "met", message: "say who you met" }]);
    this.rel.interaction({ kind: "meetup", direction: "neutral", channel: m.place, our_side: "", body: req.outcome, people: met, occurred_at: m.start_at, event_id: m.event_id ?? undefined });
    if (m.event_id) for (const p of met) this.attend({ event_id: m.event_id, person_id: p, status: "met" });
    m.outcome = req.outcome;
    m.outcome_at = new Date().toISOString();
    return structuredClone(m);
  }

  // --- the city view and Today ---

  city(city: string, country?: string): CityView {
    if (!city.trim()) throw invalidAll([{ field: "city", message: "name a city" }]);
    const key = fold(city.trim());
    const cc = country?.trim().toUpperCase() ?? "";
    const inCity = this.people.rows.filter((r) => fold(r.s.city) === key && (!cc || r.s.country === cc) && !r.s.archived);
    const code = cc || inCity[0]?.s.country || this.events.find((e) => fold(e.city) === key)?.country || "";
    const near = code ? this.people.rows.filter((r) => r.s.country === code && fold(r.s.city) !== key && !r.s.archived) : [];
    return {
      city: city.trim(),
      country: code,
      people_in: inCity.slice(0, 200).map((r) => r.s),
      people_near: near.slice(0, 100).map((r) => r.s),
      events: this.list({ when: "upcoming", city }),
      meetups: this.meetupList({ when: "upcoming" }).filter((m) => fold(m.city) === key),
    };
  }

  /** Events under way or within two weeks, and the meetups of the user's day. */
  today(date: string): { events: Event[]; meetups: Meetup[] } {
    const now = Date.now();
    const soon = new Date(now + 14 * 86_400_000).toISOString();
    const events = this.list({ when: "upcoming" }).filter((e) => e.start_at <= soon);
    const meetups = this.meetups.filter((m) => toLocalInput(new Date(m.start_at), this.rel.timeZone).startsWith(date)).sort((a, b) => (a.start_at < b.start_at ? -1 : 1));
    return { events, meetups: structuredClone(meetups) };
  }

  /** The event under way now, soonest-ending first, as quick capture links it. */
  current(): Event | null {
    const now = new Date().toISOString();
    return this.events.filter((e) => e.start_at <= now && now <= e.end_at).sort((a, b) => (a.end_at < b.end_at ? -1 : 1))[0] ?? null;
  }
}

function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "event";
}
