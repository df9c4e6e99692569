// The core's error paths (`emails.1`, `channels.0.handle`) must land on the input that is wrong.
import { describe, expect, it } from "vitest";
import { buildInput, diffPatch, draftFromPerson, emptyDraft, keptIndices, newChannel, splitList } from "./draft";
import { draftPath, inputId, messageKeyFor, placeErrors } from "./fieldErrors";
import type { Person } from "../../ipc/types";

function draftWith(over: Partial<ReturnType<typeof emptyDraft>>) {
  return { ...emptyDraft(), ...over };
}

describe("keptIndices mirrors the core's trim, drop-blank, drop-repeat", () => {
  it("skips blanks and case-insensitive repeats", () => {
    expect(keptIndices(["a@x.fr", "", "A@X.FR", "b@x.fr"], (s) => s.toLowerCase())).toEqual([0, 3]);
  });
});

describe("splitList", () => {
  it("splits topics and tags as a CSV cell does: , ; | (and lines)", () => {
    expect(splitList("mode| beauté ;voyage, mode durable\nPFW")).toEqual(["mode", "beauté", "voyage", "mode durable", "PFW"]);
  });
});

describe("draftPath", () => {
  it("maps an e-mail index past a blank input to the right input", () => {
    const d = draftWith({ emails: ["ok@example.com", "   ", "nope"] });
    const { sent } = buildInput(d);
    expect(draftPath("emails.1", sent)).toBe("emails.2");
  });

  it("maps a channel field past a blank channel row that was not sent", () => {
    const blank = newChannel();
    const bad = { ...newChannel(), handle: "has space" };
    const d = draftWith({ channels: [blank, bad] });
    const { input, sent } = buildInput(d);
    expect(input.channels).toHaveLength(1);
    expect(draftPath("channels.0.handle", sent)).toBe("channels.1.handle");
  });

  it("puts plain fields on their own input and every language error on the languages input", () => {
    const { sent } = buildInput(draftWith({ languages: "fr, xx-!!" }));
    expect(draftPath("country", sent)).toBe("country");
    expect(draftPath("languages.1", sent)).toBe("languages");
  });

  it("returns null for paths no input shows, so the message goes to the form summary", () => {
    const { sent } = buildInput(emptyDraft());
    expect(draftPath("cursor", sent)).toBeNull();
    expect(draftPath("emails.4", sent)).toBeNull();
  });

  it("gives input ids the form can focus", () => {
    expect(inputId("channels.0.handle")).toBe("f-channels-0-handle");
  });
});

describe("placeErrors", () => {
  it("places each error once and keeps unplaceable ones for the summary", () => {
    const d = draftWith({ emails: ["", "bad"], languages: "fr, 12" });
    const { sent } = buildInput(d);
    const placed = placeErrors(
      [
        { field: "display_name", message: "a name is required" },
        { field: "emails.0", message: "not an e-mail" },
        { field: "languages.1", message: "bad code" },
        { field: "mystery", message: "something else" },
      ],
      d,
      sent,
      (key, fe, params) => (key ? `${key}${params.value ? `:${params.value}` : ""}` : fe.message),
    );
    expect(placed.byPath).toEqual({
      display_name: "valid.display_name",
      "emails.1": "valid.email",
      languages: "valid.language:12",
    });
    expect(placed.unplaced).toEqual(["something else"]);
  });

  it("tells a missing handle from a handle with spaces by what the row holds", () => {
    const d = draftWith({ channels: [{ ...newChannel(), audience: "10" }, { ...newChannel(), handle: "a b" }] });
    const { sent } = buildInput(d);
    expect(messageKeyFor("channels.0.handle", d, sent)).toBe("valid.handleMissing");
    expect(messageKeyFor("channels.1.handle", d, sent)).toBe("valid.handleSpaces");
  });
});

describe("buildInput", () => {
  it("catches numbers the core could not parse before sending", () => {
    const d = draftWith({ cadence_days: "soon", channels: [{ ...newChannel(), handle: "@a", audience: "45k" }] });
    const { local, input } = buildInput(d);
    expect(local).toEqual({ cadence_days: "valid.wholeNumber", "channels.0.audience": "valid.wholeNumber" });
    expect(input.cadence_days).toBeUndefined();
  });

  it("accepts audiences typed with thousands separators in either language", () => {
    const d = draftWith({ channels: [{ ...newChannel(), handle: "@a", audience: "45 300" }, { ...newChannel(), handle: "@b", audience: "45,300" }] });
    expect(buildInput(d).input.channels.map((c) => c.audience)).toEqual([45300, 45300]);
  });
});

describe("diffPatch", () => {
  const person: Person = {
    id: "p1", first_name: "Amélie", last_name: "Dubois", display_name: "Amélie Dubois", pronouns: "",
    kind: "journalist", stage: "engaged", bio: "", topics: ["mode"], languages: ["fr"], city: "Paris",
    country: "FR", time_zone: "Europe/Paris", emails: ["a@x.fr"], phones: [], website: "", employer: "",
    title: "", birthday: "", motivations: "", compensation: "", values_note: "", objectives: "", resonance: 4, reach: null,
    relevance: null, cadence_days: 30, source: "", consent_note: "", tags: [], archived: false,
    channels: [{ id: "c1", platform: "instagram", handle: "@a", url: "", audience: 100, as_of: null, created_at: "", updated_at: "" }],
    created_at: "", updated_at: "",
  };

  it("sends only what changed, so untouched fields keep the core's rules", () => {
    const before = buildInput(draftFromPerson(person)).input;
    const d = draftFromPerson(person);
    d.city = "Lyon";
    expect(diffPatch(before, buildInput(d).input)).toEqual({ city: "Lyon" });
  });

  it("clears a rating with null and keeps channel ids", () => {
    const before = buildInput(draftFromPerson(person)).input;
    const d = draftFromPerson(person);
    d.resonance = null;
    d.channels[0]!.audience = "200";
    const patch = diffPatch(before, buildInput(d).input);
    expect(patch.resonance).toBeNull();
    expect(patch.channels).toEqual([{ id: "c1", platform: "instagram", handle: "@a", url: "", audience: 200 }]);
  });

  it("sends nothing when nothing changed", () => {
    const before = buildInput(draftFromPerson(person)).input;
    expect(diffPatch(before, buildInput(draftFromPerson(person)).input)).toEqual({});
  });
});
