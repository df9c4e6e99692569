// Sorting and filtering "who's here" in the page itself: instant at a booth, the same rules as the core's list.
import type { Attendee, AttendeeRole, AttendeeSort, AttendeeStatus } from "../../ipc/types";
import { ROLES, STATUSES } from "../../ipc/types";
import { fold, words } from "../../lib/fold";

export interface AttendeeFilter {
  role: AttendeeRole | "";
  status: AttendeeStatus | "";
  query: string;
}

/** Keeps attendees whose name, handle, topics or "why" contain every typed word (accents and case ignored). */
export function filterAttendees(list: readonly Attendee[], f: AttendeeFilter): Attendee[] {
  const want = words(f.query);
  return list.filter((a) => {
    if (f.role && a.role !== f.role) return false;
    if (f.status && a.status !== f.status) return false;
    if (!want.length) return true;
    const hay = words([a.person.display_name, a.person.primary_handle ?? "", ...a.topics, a.why].join(" "));
    return want.every((w) => hay.some((h) => h.startsWith(w)));
  });
}

const nameKey = (a: Attendee) => fold(a.person.display_name);
const byName = (a: Attendee, b: Attendee) => (nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0);

const ORDERS: Record<AttendeeSort, (a: Attendee, b: Attendee) => number> = {
  name: () => 0,
  role: (a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role),
  status: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status),
  // Longest without contact first (never contacted first of all): who to catch up with.
  last_contact: (a, b) => {
    const x = a.last_interaction_at ? Date.parse(a.last_interaction_at) : -Infinity;
    const y = b.last_interaction_at ? Date.parse(b.last_interaction_at) : -Infinity;
    return x === y ? 0 : x < y ? -1 : 1;
  },
  followups: (a, b) => b.open_followups - a.open_followups,
};

/** A sorted copy; ties fall back to the name so the order never flickers. */
export function sortAttendees(list: readonly Attendee[], sort: AttendeeSort): Attendee[] {
  const by = ORDERS[sort];
  return [...list].sort((a, b) => by(a, b) || byName(a, b));
}
