// The capture preview's words and choices: what Enter will do is what the box says.
import { describe, expect, it } from "vitest";
import type { CapturePreview, PersonSummary } from "../../ipc/types";
import { canSave, choose, formatDue, keepChoices, pendingChoice } from "./captureFormat";

const p = (id: string): PersonSummary => ({ id, display_name: id, kind: "other", stage: "engaged", city: "", country: "", employer: "", primary_handle: null, archived: false, updated_at: "", has_photo: false });
function preview(over: Partial<CapturePreview> = {}): CapturePreview {
  return { people: [], kind: "note", body: "hi", tags: [], due_local: null, due_phrase: null, followup_title: null, event: null, problems: [], ...over };
}

describe("quick-capture preview", () => {
  it("says the follow-up date in words", () => {
    expect(formatDue("2026-11-27T09:00", "en", new Date(2026, 10, 22)).replace(/\u202f/g, " ")).toBe("Fri 27 Nov, 09:00");
  });
  it("finds the name that still needs a choice, and none once chosen", () => {
    const amb = { text: "Amélie", person: null, is_new: false, candidates: [p("a1"), p("a2")] };
    const known = { text: "Marc", person: p("m"), is_new: false, candidates: [] };
    const fresh = { text: "Zed", person: null, is_new: true, candidates: [] };
    expect(pendingChoice(preview({ people: [known, fresh, amb] }))?.text).toBe("Amélie");
    expect(pendingChoice(preview({ people: [known, fresh] }))).toBeNull();
    expect(canSave(preview({ people: [known, amb] }))).toBe(false);
    expect(canSave(preview({ people: [known] }))).toBe(true);
    expect(canSave(preview({ people: [known], problems: [{ kind: "no_text" }] }))).toBe(false);
  });
  it("offers a new person for a handle no one has, instead of saving without it", () => {
    const known = { text: "Anaïs", person: p("a"), is_new: false, candidates: [] };
    const stray = { text: "@heloise.mc", person: null, is_new: false, candidates: [] };
    const pv = preview({ people: [known, stray], problems: [{ kind: "unknown_handle", text: "@heloise.mc" }] });
    expect(pendingChoice(pv)?.text).toBe("@heloise.mc");
    expect(canSave(pv)).toBe(false);
  });
  it("keeps one choice per name, and drops choices for names no longer typed", () => {
    let c = choose([], "Amélie", "a1");
    c = choose(c, "amélie", "a2");
    expect(c).toEqual([{ text: "amélie", person_id: "a2" }]);
    const now = preview({ people: [{ text: "Marc", person: p("m"), is_new: false, candidates: [] }] });
    expect(keepChoices(c, now)).toEqual([]);
  });
});
