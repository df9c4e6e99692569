// English messages: the reference catalogue whose keys every other language must provide,
// assembled from one catalogue per feature area (<area>.en.ts beside its <area>.fr.ts).
import { enCommon } from "./common.en";
import { enShell } from "./shell.en";
import { enFirstrun } from "./firstrun.en";
import { enPeople } from "./people.en";
import { enSearch } from "./search.en";
import { enToday } from "./today.en";
import { enTimeline } from "./timeline.en";
import { enNotes } from "./notes.en";
import { enFollowups } from "./followups.en";
import { enInsights } from "./insights.en";
import { enEvents } from "./events.en";
import { enCapture } from "./capture.en";
import { enLists } from "./lists.en";
import { enDuplicates } from "./duplicates.en";
import { enIo } from "./io.en";
import { enFilecheck } from "./filecheck.en";
import { enProvenance } from "./provenance.en";
import { enNetwork } from "./network.en";
import { enTeam } from "./team.en";
import { enAffiliations } from "./affiliations.en";
import { enGraph } from "./graph.en";
import { enExports } from "./exports.en";
import { enWorkbook } from "./workbook.en";
import { enSettings } from "./settings.en";
import { enDesktop } from "./desktop.en";
import { enUnlock } from "./unlock.en";
import { enSources } from "./sources.en";
import { enVcard } from "./vcard.en";
import { enDay } from "./day.en";
import { enRekey } from "./rekey.en";
import { enFindall } from "./findall.en";
import { enBulk } from "./bulk.en";
import { enWorklist } from "./worklist.en";
import { enNetsync } from "./netsync.en";
import { enBook } from "./book.en";
import { enCalm } from "./calm.en";
import { enIntro } from "./intro.en";
import { enAttendeeConflicts } from "./attendeeConflicts.en";
import { enListSheet } from "./listSheet.en";

/** Each feature's catalogue by area, so a test can check that no key is defined twice. */
export const enAreas = {
  common: enCommon,
  shell: enShell,
  firstrun: enFirstrun,
  people: enPeople,
  search: enSearch,
  today: enToday,
  timeline: enTimeline,
  notes: enNotes,
  followups: enFollowups,
  insights: enInsights,
  events: enEvents,
  capture: enCapture,
  lists: enLists,
  duplicates: enDuplicates,
  io: enIo,
  filecheck: enFilecheck,
  provenance: enProvenance,
  network: enNetwork,
  team: enTeam,
  affiliations: enAffiliations,
  graph: enGraph,
  exports: enExports,
  workbook: enWorkbook,
  settings: enSettings,
  desktop: enDesktop,
  unlock: enUnlock,
  sources: enSources,
  vcard: enVcard,
  day: enDay,
  rekey: enRekey,
  findall: enFindall,
  bulk: enBulk,
  worklist: enWorklist,
  netsync: enNetsync,
  book: enBook,
  calm: enCalm,
  intro: enIntro,
  attendeeConflicts: enAttendeeConflicts,
  listSheet: enListSheet,
} as const;

export const en = {
  ...enCommon,
  ...enShell,
  ...enFirstrun,
  ...enPeople,
  ...enSearch,
  ...enToday,
  ...enTimeline,
  ...enNotes,
  ...enFollowups,
  ...enInsights,
  ...enEvents,
  ...enCapture,
  ...enLists,
  ...enDuplicates,
  ...enIo,
  ...enFilecheck,
  ...enProvenance,
  ...enNetwork,
  ...enTeam,
  ...enAffiliations,
  ...enGraph,
  ...enExports,
  ...enWorkbook,
  ...enSettings,
  ...enDesktop,
  ...enUnlock,
  ...enSources,
  ...enVcard,
  ...enDay,
  ...enRekey,
  ...enFindall,
  ...enBulk,
  ...enWorklist,
  ...enNetsync,
  ...enBook,
  ...enCalm,
  ...enIntro,
  ...enAttendeeConflicts,
  ...enListSheet,
} as const;

export type MessageKey = keyof typeof en;
/** What every other catalogue must be: the same keys, each a string. */
export type Messages = { readonly [K in MessageKey]: string };
