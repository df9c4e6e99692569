// Dev-only stand-in for the Tauri shell (`?mock` in the URL): answers every command from a fake book.
import { mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { ErrorBody } from "./bindings/ErrorBody";
import type { Person } from "./bindings/Person";
import type { PersonCreateReq } from "./bindings/PersonCreateReq";
import type { PersonFilter } from "./bindings/PersonFilter";
import type { PersonInput } from "./bindings/PersonInput";
import type { PersonListReq } from "./bindings/PersonListReq";
import type { PersonPage } from "./bindings/PersonPage";
import type { PersonSaved } from "./bindings/PersonSaved";
import type { PersonSummary } from "./bindings/PersonSummary";
import type { PersonUpdateReq } from "./bindings/PersonUpdateReq";
import type { SearchReq } from "./bindings/SearchReq";
import type { DuplicateWarning } from "./bindings/DuplicateWarning";
import { fold, words } from "../lib/fold";
import { generatePerson, showcasePeople, summaryOf } from "./mockData";
import { cleanPerson } from "./mockValidate";
import { RelationsBook } from "./mockRelations";
import { relationsCommand } from "./mockCommands";
import { EventsBook } from "./mockEvents";
import { NOT_MINE, eventsCommand, seedEvents } from "./mockEventsCommands";
import { interchangeCommand } from "./mockInterchange";
import { ListsBook, listsCommand } from "./mockLists";
import { SafetyBook, safetyCommand } from "./mockSafety";

interface Row {
  s: PersonSummary;
  key: string;
  created_at: string;
  tags: string[];
  languages: string[];
  platforms: string[];
  emails: string[];
  handles: string[];
  hay: string;
}

// Most words repeat across 100k generated people (names, cities, topics): fold each only once.
const folded = new Map<string, string>();
function foldOnce(s: string): string {
  let v = folded.get(s);
  if (v === undefined) {
    v = fold(s);
    if (folded.size < 50_000) folded.set(s, v);
  }
  return v;
}
const splitWords = (s: string) => foldOnce(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function rowOf(p: Person): Row {
  const hay = [p.first_name, p.last_name, p.display_name === `${p.first_name} ${p.last_name}` ? "" : p.display_name, p.city, p.employer, ...p.topics, ...p.tags];
  const handles = p.channels.map((c) => c.handle.toLowerCase());
  return {
    s: summaryOf(p),
    key: `${p.display_name === `${p.first_name} ${p.last_name}` ? `${foldOnce(p.first_name)} ${foldOnce(p.last_name)}` : fold(p.display_name)}\u0000${p.id}`,
    created_at: p.created_at,
    tags: p.tags.map(foldOnce),
    languages: p.languages.map((l) => l.toLowerCase()),
    platforms: p.channels.map((c) => c.platform),
    emails: p.emails.map((e) => e.toLowerCase()),
    handles,
    hay: ` ${hay.flatMap(splitWords).join(" ")} ${handles.flatMap((h) => h.split(/[^\p{L}\p{N}]+/u)).join(" ")}`,
  };
}

const fail = (code: ErrorBody["code"], message: string): ErrorBody => ({ code, message, fields: [] });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class MockBook {
  rows: Row[] = [];
  full = new Map<string, Person>();
  nextIndex: number;
  private version = 0;
  private views = new Map<string, Row[]>();

  constructor(count: number) {
    const showcase = count > 0 ? showcasePeople() : [];
    for (const p of showcase) {
      this.full.set(p.id, p);
      this.rows.push(rowOf(p));
    }
    for (let i = showcase.length; i < count; i++) this.rows.push(rowOf(generatePerson(i)));
    this.nextIndex = count;
  }

  private touch() {
    this.version++;
    this.views.clear();
  }

  private indexOfId(id: string): number {
    return this.rows.findIndex((r) => r.s.id === id);
  }

  has(id: string): boolean {
    return this.full.has(id) || this.indexOfId(id) >= 0;
  }

  summary(id: string): PersonSummary {
    return summaryOf(this.get(id));
  }

  get(id: string): Person {
    const known = this.full.get(id);
    if (known) return structuredClone(known);
    const row = this.rows.find((r) => r.s.id === id);
    if (!row) throw fail("not_found", `person ${id} was not found`);
    const n = parseInt(id.slice(-12), 16) - 1;
    const p = generatePerson(n);
    this.full.set(id, p);
    return structuredClone(p);
  }

  private view(filter: PersonFilter, sort: PersonListReq["sort"], desc: boolean): Row[] {
    const k = JSON.stringify([filter, sort, desc, this.version]);
    const cached = this.views.get(k);
    if (cached) return cached;
    const started = performance.now();
    const f = filter;
    const country = f.country?.trim().toUpperCase();
    const city = f.city ? fold(f.city.trim()) : "";
    const tag = f.tag ? fold(f.tag.trim().replace(/^#/, "")) : "";
    const lang = f.language?.toLowerCase();
    const out = this.rows.filter(
      (r) =>
        (f.archived === "include" || r.s.archived === (f.archived === "only")) &&
        (!f.kind || r.s.kind === f.kind) &&
        (!f.stage || r.s.stage === f.stage) &&
        (!country || r.s.country === country) &&
        (!city || fold(r.s.city) === city) &&
        (!tag || r.tags.includes(tag)) &&
        (!f.platform || r.platforms.includes(f.platform)) &&
        (!lang || r.languages.some((l) => l === lang || l.startsWith(`${lang}-`))),
    );
    const by = sort === "created" ? (r: Row) => r.created_at : sort === "updated" ? (r: Row) => r.s.updated_at : (r: Row) => r.key;
    out.sort((a, b) => (by(a) < by(b) ? -1 : by(a) > by(b) ? 1 : 0));
    if (desc) out.reverse();
    this.views.set(k, out);
    console.debug(`[mock] view ${k} built in ${Math.round(performance.now() - started)} ms`);
    return out;
  }

  list(req: PersonListReq): PersonPage {
    const all = this.view(req.filter ?? { archived: "hide" }, req.sort ?? "name", req.descending ?? false);
    const limit = Math.min(Math.max(req.limit ?? 100, 1), 1000);
    // The mock's cursor is just the next offset; the real one is a keyset position.
    const start = req.cursor != null ? Number(req.cursor) : (req.offset ?? 0);
    const items = all.slice(start, start + limit).map((r) => r.s);
    const next = start + limit < all.length ? String(start + limit) : null;
    return { items, next_cursor: next, total: all.length };
  }

  search(req: SearchReq): PersonSummary[] {
    const tokens = words(req.query);
    if (!tokens.length) return [];
    const limit = Math.min(Math.max(req.limit ?? 50, 1), 500);
    const out: PersonSummary[] = [];
    for (const r of this.view(req.filter ?? { archived: "hide" }, "name", false)) {
      if (tokens.every((t) => r.hay.includes(` ${t}`))) {
        out.push(r.s);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  private duplicates(p: PersonInput, selfId: string | null): DuplicateWarning[] {
    const out: DuplicateWarning[] = [];
    const emails = new Set(p.emails.map((e) => e.toLowerCase()));
    const handles = new Set(p.channels.map((c) => fold(c.handle)));
    for (const r of this.rows) {
      if (r.s.id === selfId) continue;
      for (const e of r.emails) if (emails.has(e)) out.push({ on: "email", value: e, person_id: r.s.id, display_name: r.s.display_name });
      for (const h of r.handles) if (handles.has(h)) out.push({ on: "handle", value: h, person_id: r.s.id, display_name: r.s.display_name });
    }
    return out.slice(0, 5);
  }

  private store(input: PersonInput, base: Person | null): PersonSaved {
    const now = new Date().toISOString();
    const id = base?.id ?? `0193b000-0000-7000-8000-${(this.nextIndex++).toString(16).padStart(12, "0")}`;
    const person: Person = {
      ...input,
      id,
      resonance: input.resonance ?? null,
      reach: input.reach ?? null,
      relevance: input.relevance ?? null,
      cadence_days: input.cadence_days ?? null,
      archived: base?.archived ?? false,
      channels: input.channels.map((c, i) => ({
        id: c.id ?? `${id}-n${i}-${Date.now()}`,
        platform: c.platform,
        handle: c.handle,
        url: c.url,
        audience: c.audience ?? null,
        as_of: c.as_of || null,
        created_at: base?.channels.find((o) => o.id === c.id)?.created_at ?? now,
        updated_at: now,
      })),
      created_at: base?.created_at ?? now,
      updated_at: now,
    };
    const duplicates = this.duplicates(input, base?.id ?? null);
    this.full.set(id, person);
    const at = base ? this.indexOfId(id) : -1;
    if (at >= 0) this.rows[at] = rowOf(person);
    else this.rows.push(rowOf(person));
    this.touch();
    return { person: structuredClone(person), duplicates };
  }

  create(req: PersonCreateReq): PersonSaved {
    const clean = cleanPerson(req.input);
    if ("code" in clean) throw clean;
    return this.store(clean, null);
  }

  update(req: PersonUpdateReq): PersonSaved {
    const current = this.get(req.id);
    const merged: PersonInput = { ...current, ...req.patch } as PersonInput;
    for (const k of ["resonance", "reach", "relevance", "cadence_days"] as const) {
      if (merged[k] === null) delete merged[k];
    }
    merged.channels = (req.patch.channels ?? current.channels).map((c) => ({
      ...c,
      audience: c.audience ?? undefined,
      as_of: c.as_of ?? undefined,
    }));
    const namesGiven = req.patch.first_name !== undefined || req.patch.last_name !== undefined;
    const wasDefault = current.display_name === [current.first_name, current.last_name].filter(Boolean).join(" ");
    if (namesGiven && req.patch.display_name === undefined && wasDefault) merged.display_name = "";
    const clean = cleanPerson(merged);
    if ("code" in clean) throw clean;
    return this.store(clean, current);
  }

  archive(id: string, archived: boolean): Person {
    const p = this.get(id);
    p.archived = archived;
    p.updated_at = new Date().toISOString();
    this.full.set(id, p);
    this.rows[this.indexOfId(id)] = rowOf(p);
    this.touch();
    return structuredClone(p);
  }

  delete(id: string): null {
    const at = this.indexOfId(id);
    if (at < 0) throw fail("not_found", `person ${id} was not found`);
    this.rows.splice(at, 1);
    this.full.delete(id);
    this.touch();
    return null;
  }

  sample(count: number): number {
    for (let k = 0; k < count; k++) this.rows.push(rowOf(generatePerson(this.nextIndex++)));
    this.touch();
    return count;
  }
}

/**
 * `?mock` = 100,000 people; `?mock=empty` = a first run; `?mock=250` = that many; `&latency=ms`;
 * `?mock=toonew` = a book written by a newer version (every command fails), to see the error screen;
 * `?mock=locked` / `?mock=newlocked` = a book the keychain cannot open (see mockSafety.ts).
 */
export function installMock(params: URLSearchParams): void {
  const spec = params.get("mock") ?? "";
  const count = spec === "empty" || spec === "toonew" || spec === "newlocked" ? 0 : spec === "locked" ? 40 : /^\d+$/.test(spec) ? Number(spec) : 100_000;
  const latency = Number(params.get("latency") ?? 12);
  const book = new MockBook(count);
  const relations = new RelationsBook(book, count >= 8);
  const events = new EventsBook(book, relations);
  const lists = new ListsBook(book);
  const safety = new SafetyBook(params);
  if (count >= 8) seedEvents(events, Date.now());
  // Tests and the console reach the fake book, and can fire the shell's `followup-due` event.
  Object.assign(window, {
    __liaisonMock: book,
    __liaisonRelations: relations,
    __liaisonEvents: events,
    __liaisonLists: lists,
    __liaisonEmitDue: (id: string) => emit("followup-due", relations.findFollowup(id)),
  });

  mockIPC(async (cmd, payload) => {
    await sleep(latency);
    if (spec === "toonew") {
      throw {
        code: "database_too_new",
        message: "this database was written by a newer version of Liaison (schema 9, this build knows 1); update the app to open it",
        fields: [],
      } satisfies ErrorBody;
    }
    const req = (payload as { req?: unknown } | undefined)?.req as never;
    const guarded = safetyCommand(safety, cmd, req);
    if (guarded !== NOT_MINE) return guarded;
    switch (cmd) {
      case "app_info":
        return { version: "0.1.0 (mock)", db_path: "~/.local/share/liaison/liaison.db", person_count: book.rows.length };
      case "person_list":
        return book.list(req);
      case "person_search":
        return book.search(req);
      case "person_get":
        return book.get((req as { id: string }).id);
      case "person_create":
        return book.create(req);
      case "person_update":
        return book.update(req);
      case "person_archive": {
        const r = req as { id: string; archived: boolean };
        return book.archive(r.id, r.archived);
      }
      case "person_delete":
        return book.delete((req as { id: string }).id);
      case "sample_load":
        return book.sample((req as { count?: number }).count ?? 40);
      case "today_get": {
        const day = relations.today();
        return { ...day, ...events.today(day.date) };
      }
      default: {
        const files = await interchangeCommand(book, cmd, req);
        if (files !== NOT_MINE) return files;
        const listed = listsCommand(lists, cmd, req);
        if (listed !== NOT_MINE) return listed;
        const answer = eventsCommand(events, cmd, req);
        return answer === NOT_MINE ? relationsCommand(relations, cmd, req) : answer;
      }
    }
  }, { shouldMockEvents: true });
}
