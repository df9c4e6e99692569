// Dev-only: routes issue 3's command names to the fake relations book, as the shell routes them to core.
import type { RelationsBook } from "./mockRelations";

type Req = Record<string, unknown> & never;

export function relationsCommand(b: RelationsBook, cmd: string, req: Req): unknown {
  switch (cmd) {
    case "interaction_create":
      return b.interaction(req["input"]);
    case "interaction_update":
      return b.interaction(req["input"], b.findInteraction(req["id"]));
    case "interaction_delete":
      return b.deleteInteraction(req["id"]);
    case "interaction_restore":
      return b.restoreInteraction(req["interaction"]);
    case "timeline_list":
      return b.timeline(req);
    case "note_create": {
      const input = req["input"] as { person_id: string; body: string; pinned: boolean };
      return b.note(input.person_id, input.body, input.pinned);
    }
    case "note_update": {
      const n = b.findNote(req["id"]);
      return b.note(n.person_id, req["body"], req["pinned"], n);
    }
    case "note_delete":
      return b.deleteNote(req["id"]);
    case "note_list":
      return b.noteList(req["person_id"]);
    case "person_insights":
      return b.insights(req["person_id"]);
    case "takers_list":
      return b.takers((req["limit"] as number | undefined) ?? 50);
    case "followup_create":
      return b.followup(req["input"]);
    case "followup_update":
      return b.followup(req["input"], b.findFollowup(req["id"]));
    case "followup_done":
      return b.done(req["id"]);
    case "followup_snooze":
      return b.snooze(req);
    case "followup_delete":
      return b.deleteFollowup(req["id"]);
    case "followup_list":
      return b.followupList(req);
    case "today_get":
      return b.today();
    case "text_search":
      return b.textSearch(req["query"], (req["limit"] as number | undefined) ?? 20);
    case "settings_get":
      return { time_zone: b.timeZone };
    case "settings_set":
      b.timeZone = (req as { time_zone: string }).time_zone;
      return { time_zone: b.timeZone };
    case "link_open":
      // The real shell hands the URL to the system browser; the mock records it for tests.
      (window as unknown as { __liaisonOpened?: string[] }).__liaisonOpened ??= [];
      (window as unknown as { __liaisonOpened: string[] }).__liaisonOpened.push((req as { url: string }).url);
      return null;
    default:
      throw `command ${cmd} not found`;
  }
}
