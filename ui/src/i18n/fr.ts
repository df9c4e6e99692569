// French messages: typed against the English catalogue so a missing key fails to compile.
// French punctuation keeps no-break spaces (U+00A0 before ":" and "%" and inside « », U+202F before ? ! ;).
import type { Messages } from "./en";
import { frCommon } from "./common.fr";
import { frShell } from "./shell.fr";
import { frFirstrun } from "./firstrun.fr";
import { frPeople } from "./people.fr";
import { frSearch } from "./search.fr";
import { frToday } from "./today.fr";
import { frTimeline } from "./timeline.fr";
import { frNotes } from "./notes.fr";
import { frFollowups } from "./followups.fr";
import { frInsights } from "./insights.fr";
import { frEvents } from "./events.fr";
import { frCapture } from "./capture.fr";
import { frLists } from "./lists.fr";
import { frDuplicates } from "./duplicates.fr";
import { frIo } from "./io.fr";
import { frFilecheck } from "./filecheck.fr";
import { frProvenance } from "./provenance.fr";
import { frNetwork } from "./network.fr";
import { frTeam } from "./team.fr";
import { frAffiliations } from "./affiliations.fr";
import { frGraph } from "./graph.fr";
import { frExports } from "./exports.fr";
import { frWorkbook } from "./workbook.fr";
import { frSettings } from "./settings.fr";
import { frDesktop } from "./desktop.fr";
import { frUnlock } from "./unlock.fr";
import { frSources } from "./sources.fr";
import { frVcard } from "./vcard.fr";
import { frDay } from "./day.fr";
import { frRekey } from "./rekey.fr";
import { frFindall } from "./findall.fr";
import { frBulk } from "./bulk.fr";
import { frWorklist } from "./worklist.fr";
import { frNetsync } from "./netsync.fr";
import { frBook } from "./book.fr";
import { frCalm } from "./calm.fr";
import { frIntro } from "./intro.fr";
import { frAttendeeConflicts } from "./attendeeConflicts.fr";
import { frListSheet } from "./listSheet.fr";

/** Each feature's catalogue by area, beside `enAreas`. */
export const frAreas = {
  common: frCommon,
  shell: frShell,
  firstrun: frFirstrun,
  people: frPeople,
  search: frSearch,
  today: frToday,
  timeline: frTimeline,
  notes: frNotes,
  followups: frFollowups,
  insights: frInsights,
  events: frEvents,
  capture: frCapture,
  lists: frLists,
  duplicates: frDuplicates,
  io: frIo,
  filecheck: frFilecheck,
  provenance: frProvenance,
  network: frNetwork,
  team: frTeam,
  affiliations: frAffiliations,
  graph: frGraph,
  exports: frExports,
  workbook: frWorkbook,
  settings: frSettings,
  desktop: frDesktop,
  unlock: frUnlock,
  sources: frSources,
  vcard: frVcard,
  day: frDay,
  rekey: frRekey,
  findall: frFindall,
  bulk: frBulk,
  worklist: frWorklist,
  netsync: frNetsync,
  book: frBook,
  calm: frCalm,
  intro: frIntro,
  attendeeConflicts: frAttendeeConflicts,
  listSheet: frListSheet,
} as const;

export const fr: Messages = {
  ...frCommon,
  ...frShell,
  ...frFirstrun,
  ...frPeople,
  ...frSearch,
  ...frToday,
  ...frTimeline,
  ...frNotes,
  ...frFollowups,
  ...frInsights,
  ...frEvents,
  ...frCapture,
  ...frLists,
  ...frDuplicates,
  ...frIo,
  ...frFilecheck,
  ...frProvenance,
  ...frNetwork,
  ...frTeam,
  ...frAffiliations,
  ...frGraph,
  ...frExports,
  ...frWorkbook,
  ...frSettings,
  ...frDesktop,
  ...frUnlock,
  ...frSources,
  ...frVcard,
  ...frDay,
  ...frRekey,
  ...frFindall,
  ...frBulk,
  ...frWorklist,
  ...frNetsync,
  ...frBook,
  ...frCalm,
  ...frIntro,
  ...frAttendeeConflicts,
  ...frListSheet,
};
