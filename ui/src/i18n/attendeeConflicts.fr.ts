// French messages for conflicts on the attendee list; typed against attendeeConflicts.en.ts so a missing key fails to compile.
import type { enAttendeeConflicts } from "./attendeeConflicts.en";

export const frAttendeeConflicts: { readonly [K in keyof typeof enAttendeeConflicts]: string } = {
  "whoConflict.count.one": "{count} participant présente un conflit : lisez sa ligne avant d’aller le saluer.",
  "whoConflict.count.other": "{count} participants présentent un conflit : lisez leurs lignes avant d’aller les saluer.",
  "whoConflict.competitor": "{kind} chez un concurrent : {brand} ({dates})",
  "whoConflict.exclusive": "Exclusivité avec {brand} ({dates})",
  "whoConflict.do_not_contact": "Ne pas contacter",
};
