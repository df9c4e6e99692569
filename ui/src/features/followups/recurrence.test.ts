// The recurrence fields become exactly the Recurrence core expects, and read back as a sentence.
import { describe, expect, it } from "vitest";
import { draftFromRecurrence, recurrenceFromDraft, recurrenceText } from "./recurrence";

describe("recurrence form → Recurrence", () => {
  it("sends nothing for a one-off", () => {
    expect(recurrenceFromDraft({ mode: "none", every: "3", weekdays: [1] })).toEqual({ ok: null });
  });
  it("maps every N days and months", () => {
    expect(recurrenceFromDraft({ mode: "days", every: " 10 ", weekdays: [] })).toEqual({ ok: { unit: "days", every: 10 } });
    expect(recurrenceFromDraft({ mode: "months", every: "1", weekdays: [2] })).toEqual({ ok: { unit: "months", every: 1 } });
  });
  it("keeps weekdays sorted and unique (0 = Monday) for weekly ones", () => {
    expect(recurrenceFromDraft({ mode: "weeks", every: "2", weekdays: [3, 0, 3] })).toEqual({ ok: { unit: "weeks", every: 2, weekdays: [0, 3] } });
  });
  it("refuses a fraction or text as the interval, naming the field; the range is the core's to check", () => {
    for (const every of ["1.5", "abc", ""]) expect(recurrenceFromDraft({ mode: "days", every, weekdays: [] })).toEqual({ error: "every" });
    expect(recurrenceFromDraft({ mode: "days", every: "0", weekdays: [] })).toEqual({ ok: { unit: "days", every: 0 } });
  });
  it("round-trips through the form", () => {
    const r = { unit: "weeks" as const, every: 1, weekdays: [0, 4] };
    expect(recurrenceFromDraft(draftFromRecurrence(r))).toEqual({ ok: r });
    expect(draftFromRecurrence(null).mode).toBe("none");
  });
});

describe("recurrence as a sentence", () => {
  it("reads in English and French with plurals and weekday names", () => {
    expect(recurrenceText({ unit: "days", every: 1 }, "en")).toBe("Every day");
    expect(recurrenceText({ unit: "months", every: 3 }, "en")).toBe("Every 3 months");
    expect(recurrenceText({ unit: "weeks", every: 2, weekdays: [0, 3] }, "en")).toBe("Every 2 weeks on Mon, Thu");
    expect(recurrenceText({ unit: "weeks", every: 1, weekdays: [] }, "fr")).toBe("Chaque semaine");
  });
});
