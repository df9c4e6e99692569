// Dev-only: routes issue 4's command names to the fake events book, resolves quick-capture lines, and seeds events.
import type { CapturePerson } from "./bindings/CapturePerson";
import type { CapturePreview } from "./bindings/CapturePreview";
import type { CaptureReq } from "./bindings/CaptureReq";
import type { CaptureSaved } from "./bindings/CaptureSaved";
import type { ErrorBody } from "./bindings/ErrorBody";
import type { PersonSummary } from "./bindings/PersonSummary";
import { fold } from "../lib/fold";
import { dayIn, toLocalInput } from "../lib/zone";
import type { EventsBook } from "./mockEvents";
import { parseLine } from "./mockCapture";

type Req = Record<string, unknown> & never;
/** Returned for a command this book does not answer, so the next book gets it (null is an answer). */
export const NOT_MINE = Symbol("not mine");

export function eventsCommand(b: EventsBook, cmd: string, req: Req): unknown {
  switch (cmd) {
    case "event_create":
      return b.event(req["input"]);
    case "event_update":
      return b.event(req["input"], req["id"]);
    case "event_delete":
      return b.deleteEvent(req["id"]);
    case "event_get":
      return b.find(req["id"]);
    case "event_detail":
      return b.detail(req["id"]);
    case "event_list":
      return b.list(req);
    case "event_attend":
      return b.attend(req);
    case "event_unattend":
      return b.unattend(req["event_id"], req["person_id"]);
    case "event_attendees":
      return b.attendees(req);
    case "event_attendees_csv":
      return b.csv(req["id"]);
    case "event_ics":
      return b.ics(req["id"]);
    case "meetup_create":
      return b.meetup(req["input"]);
    case "meetup_update":
      return b.meetup(req["input"], req["id"]);
    case "meetup_delete":
      return b.deleteMeetup(req["id"]);
    case "meetup_list":
      return b.meetupList(req);
    case "meetup_outcome":
      return b.outcome(req);
    case "city_view":
      return b.city(req["city"], req["country"]);
    case "capture_preview":
      return preview(b, req);
    case "capture_save":
      return save(b, req);
    case "file_save": {
      // The real shell opens the system save dialog; the mock records what would be written.
      const w = window as unknown as { __liaisonSaved?: { file_name: string; text: string }[] };
      (w.__liaisonSaved ??= []).push(req);
      return `/home/you/Documents/${(req as { file_name: string }).file_name}`;
    }
    default:
      return NOT_MINE;
  }
}

/** People whose name holds every typed word (accents and case ignored); `exact` for whole words. */
function named(b: EventsBook, text: string, exact: boolean): PersonSummary[] {
  const words = fold(text).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  if (!words.length) return [];
  return b.people
    .search({ query: text, filter: { archived: "hide" }, limit: 200 })
    .filter((p) => {
      const name = fold(p.display_name).split(/[\s-]+/);
      return words.every((w) => name.some((n) => (exact ? n === w : n.startsWith(w))));
    })
    .slice(0, 8);
}

function resolve(req: CaptureReq, text: string, found: PersonSummary[]): CapturePerson {
  const choice = req.choices.find((c) => fold(c.text) === fold(text));
  if (choice) {
    const person = found.find((p) => p.id === choice.person_id) ?? null;
    return { text, person, is_new: !choice.person_id, candidates: [] };
  }
  if (found.length === 0) return { text, person: null, is_new: true, candidates: [] };
  if (found.length === 1) return { text, person: found[0] ?? null, is_new: false, candidates: [] };
  return { text, person: null, is_new: false, candidates: [...found].sort((a, b) => a.display_name.localeCompare(b.display_name)) };
}

function preview(b: EventsBook, req: CaptureReq): CapturePreview {
  const today = dayIn(new Date(), b.rel.timeZone);
  const line = parseLine(req.line, today);
  const people: CapturePerson[] = [];
  for (const w of line.who) {
    if (w.handle) {
      const h = w.handle.toLowerCase();
      const found = b.people.rows.filter((r) => r.handles.some((x) => x.replace(/^@/, "") === h)).map((r) => r.s);
      people.push(resolve(req, `@${w.handle}`, found));
    } else if (w.name) {
      const found = named(b, w.name, false);
      const chosen = req.choices.find((c) => fold(c.text) === fold(w.name ?? "") && c.person_id);
      if (chosen && !found.some((p) => p.id === chosen.person_id) && b.people.has(chosen.person_id)) found.push(b.people.summary(chosen.person_id));
      people.push(resolve(req, w.name, found));
    }
  }
  if (!line.who.length) {
    for (let k = Math.min(3, line.words.length); k >= 1; k--) {
      const text = line.words.slice(0, k).join(" ").replace(/[.,;:!?]+$/, "");
      const found = named(b, text, true);
      if (found.length) {
        line.words.splice(0, k);
        people.push(resolve(req, text, found));
        break;
      }
    }
  }
  const problems: string[] = [];
  if (!people.length) problems.push("Who was it? Start with a name and a colon (Amélie: …) or an @handle.");
  for (const p of people) if (!p.person && !p.is_new) problems.push(`“${p.text}” could be ${p.candidates.length} people: choose one.`);
  const event = req.no_event ? null : req.event_id ? b.find(req.event_id) : b.current();
  let body = line.words.join(" ").trim();
  if (!body) body = line.todo ?? "";
  if (!body && !line.due) problems.push("What happened? Add a few words.");
  const due_local = line.due ? `${line.due.date}T${line.due.time ?? "09:00"}` : null;
  const names = people.map((p) => p.person?.display_name ?? p.text);
  return {
    people,
    kind: req.kind ?? (event ? "meeting" : "note"),
    body,
    tags: line.tags,
    due_local,
    due_phrase: line.duePhrase,
    followup_title: due_local ? (line.todo ?? (body ? body.split("\n")[0]!.slice(0, 120) : `Follow up with ${names.join(", ")}`)) : null,
    event,
    problems,
  };
}

function save(b: EventsBook, req: CaptureReq): CaptureSaved {
  const p = preview(b, req);
  if (p.problems.length) throw { code: "validation", message: p.problems.join(" "), fields: p.problems.map((message) => ({ field: "line", message })) } satisfies ErrorBody;
  const created: PersonSummary[] = [];
  const ids: string[] = [];
  for (const who of p.people) {
    let id = who.person?.id;
    if (!id) {
      const handle = who.text.startsWith("@") ? who.text.slice(1) : "";
      const [first = "", ...rest] = handle ? [handle] : who.text.split(/\s+/);
      const saved = b.people.create({
        input: {
          first_name: handle ? "" : first, last_name: handle ? "" : rest.join(" "), display_name: handle, pronouns: "", kind: "other", stage: "identified", bio: "",
          topics: [], languages: [], city: "", country: "", time_zone: "", emails: [], phones: [], website: "", employer: "", motivations: "", compensation: "",
          values_note: "", objectives: "", source: "quick capture", consent_note: "", tags: [...p.tags],
          channels: handle ? [{ platform: "other", handle, url: "" }] : [],
        },
      });
      id = saved.person.id;
      created.push(b.people.summary(id));
    }
    if (!ids.includes(id)) ids.push(id);
  }
  const interaction = b.rel.interaction({ kind: p.kind, direction: "neutral", channel: p.event ? "in_person" : "", our_side: "", body: p.body, people: ids, event_id: p.event?.id });
  if (p.event) for (const id of ids) b.attend({ event_id: p.event.id, person_id: id, status: "met" });
  const followup = p.due_local && p.followup_title ? b.rel.followup({ title: p.followup_title, body: "", people: ids, due_local: p.due_local }) : null;
  return { interaction, followup, event: p.event ? b.find(p.event.id) : null, created };
}

const AMELIE = "0193a000-0000-7000-8000-aaaaaaaaaaaa";
const gen = (i: number) => `0193a000-0000-7000-8000-${(i + 1).toString(16).padStart(12, "0")}`;

/** VivaTech under way today, a conference and a dinner to come, a fashion week gone by. */
export function seedEvents(b: EventsBook, now: number): void {
  const zone = "Europe/Paris";
  const day = (offset: number) => toLocalInput(new Date(now + offset * 86_400_000), zone).slice(0, 10);
  const base = { time_zone: zone, url: "", notes: "", booth: "", venue: "", country: "FR", city: "Paris" };
  const viva = b.event({ ...base, name: "VivaTech", kind: "trade_show", start_local: `${day(-1)}T09:00`, end_local: `${day(1)}T19:00`, venue: "Paris Expo Porte de Versailles", booth: "Hall 1, B42", url: "https://vivatech.com", notes: "Our booth is next to the startup village." });
  const summit = b.event({ ...base, name: "Web Summit", kind: "conference", start_local: day(9), end_local: day(11), city: "Lisboa", country: "PT", time_zone: "Europe/Lisbon", venue: "Altice Arena" });
  b.event({ ...base, name: "Creators' dinner", kind: "dinner", start_local: `${day(30)}T20:00`, end_local: `${day(30)}T23:00`, city: "New York", country: "US", time_zone: "America/New_York", venue: "Le Coucou" });
  const pfw = b.event({ ...base, name: "Paris Fashion Week", kind: "conference", start_local: day(-60), end_local: day(-54), venue: "Carrousel du Louvre" });
  const at = (event: string, person: string, role: "speaker" | "attendee" | "press" | "exhibitor" | "host", status: "invited" | "confirmed" | "met" | "declined", why = "") =>
    b.people.has(person) && b.attend({ event_id: event, person_id: person, role, status, why });
  at(viva.id, AMELIE, "speaker", "confirmed", "On the sustainability panel; wants the repair capsule numbers.");
  for (let i = 2; i < 9; i++) at(viva.id, gen(i), (["attendee", "press", "exhibitor", "attendee", "host", "attendee", "press"] as const)[i - 2]!, (["invited", "confirmed", "met", "declined", "confirmed", "invited", "met"] as const)[i - 2]!, i === 4 ? "Covers cloud for a big trade paper." : "");
  at(summit.id, AMELIE, "attendee", "invited");
  at(summit.id, gen(3), "speaker", "confirmed", "Keynote on creator economics.");
  at(pfw.id, AMELIE, "speaker", "met");
  if (b.people.has(AMELIE)) {
    b.meetup({ title: "Coffee with Amélie", event_id: viva.id, start_local: `${day(0)}T15:30`, minutes: 45, place: "Press lounge", city: "", country: "", notes: "", people: [AMELIE] });
    b.meetup({ title: "Lisbon creators breakfast", event_id: summit.id, start_local: `${day(10)}T08:30`, place: "Time Out Market", city: "", country: "", notes: "", people: b.people.has(gen(3)) ? [AMELIE, gen(3)] : [AMELIE] });
  }
}
