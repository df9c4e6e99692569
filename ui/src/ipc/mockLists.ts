// Dev-only: hand-picked lists against the fake book, answering the list commands as the core does (unique names case aside, idempotent members).
import type { ErrorBody } from "./bindings/ErrorBody";
import type { List } from "./bindings/List";
import type { ListDetail } from "./bindings/ListDetail";
import type { PersonSummary } from "./bindings/PersonSummary";
import { NOT_MINE } from "./mockEventsCommands";

/** What the lists need from the fake people book. */
export interface ListPeople {
  has(id: string): boolean;
  summary(id: string): PersonSummary;
}

interface MockList {
  list: Omit<List, "member_count">;
  members: string[];
}

const invalid = (field: string, message: string): ErrorBody => ({ code: "validation", message: `${field}: ${message}`, fields: [{ field, message }] });
const notFound = (what: string, id: string): ErrorBody => ({ code: "not_found", message: `${what} ${id} was not found`, fields: [] });

export class ListsBook {
  private lists = new Map<string, MockList>();
  private next = 1;

  constructor(private people: ListPeople) {}

  private find(id: string): MockList {
    const l = this.lists.get(id);
    if (!l) throw notFound("list", id);
    return l;
  }

  private out(l: MockList): List {
    // A person deleted from the book leaves every list, as the core's ON DELETE CASCADE does.
    l.members = l.members.filter((p) => this.people.has(p));
    return { ...l.list, member_count: l.members.length };
  }

  private clean(name: string, description: string, except?: string): { name: string; description: string } {
    const n = name.trim();
    if (!n) throw invalid("name", "a list needs a name");
    if (n.length > 120) throw invalid("name", "at most 120 characters");
    for (const l of this.lists.values()) {
      if (l.list.id !== except && l.list.name.toLowerCase() === n.toLowerCase()) throw invalid("name", `a list named “${n}” already exists`);
    }
    return { name: n, description: description.split(/[\r\n]+/).map((s) => s.trim()).filter(Boolean).join(" ") };
  }

  create(name: string, description = ""): List {
    const c = this.clean(name, description);
    const now = new Date().toISOString();
    const id = `01900000-0000-7000-9000-${String(this.next++).padStart(12, "0")}`;
    const l = { list: { id, ...c, created_at: now, updated_at: now }, members: [] };
    this.lists.set(id, l);
    return this.out(l);
  }

  update(id: string, patch: { name?: string; description?: string }): List {
    const l = this.find(id);
    const c = this.clean(patch.name ?? l.list.name, patch.description ?? l.list.description, id);
    l.list = { ...l.list, ...c, updated_at: new Date().toISOString() };
    return this.out(l);
  }

  delete(id: string): null {
    this.find(id);
    this.lists.delete(id);
    return null;
  }

  all(): List[] {
    return [...this.lists.values()].map((l) => this.out(l)).sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  }

  detail(id: string): ListDetail {
    const l = this.find(id);
    const list = this.out(l);
    return { list, members: l.members.map((p) => this.people.summary(p)) };
  }

  add(id: string, people: string[]): List {
    const l = this.find(id);
    for (const p of people) if (!this.people.has(p)) throw notFound("person", p);
    for (const p of people) if (!l.members.includes(p)) l.members.push(p);
    return this.out(l);
  }

  remove(id: string, people: string[]): List {
    const l = this.find(id);
    l.members = l.members.filter((p) => !people.includes(p));
    return this.out(l);
  }

  ofPerson(person: string): List[] {
    return this.all().filter((l) => this.find(l.id).members.includes(person));
  }
}

type Req = Record<string, unknown> & never;

export function listsCommand(b: ListsBook, cmd: string, req: Req): unknown {
  switch (cmd) {
    case "list_create": {
      const input = req["input"] as { name: string; description?: string };
      return b.create(input.name, input.description ?? "");
    }
    case "list_update":
      return b.update(req["id"], req["patch"]);
    case "list_delete":
      return b.delete(req["id"]);
    case "list_all":
      return b.all();
    case "list_detail":
      return b.detail(req["id"]);
    case "list_add":
      return b.add(req["id"], req["person_ids"]);
    case "list_remove":
      return b.remove(req["id"], req["person_ids"]);
    case "person_lists":
      return b.ofPerson(req["person_id"]);
    default:
      return NOT_MINE;
  }
}
