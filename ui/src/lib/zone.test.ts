// Times are shown as wall times in the user's zone: the display must hold across DST and zones.
import { describe, expect, it } from "vitest";
import { dayIn, offsetMinutes, toLocalInput } from "./zone";
import { formatRelative } from "./format";

describe("an instant shown as a wall time in a zone", () => {
  // Reading a wall time back into an instant is the core's (it takes the form's value as typed).
  it("shows an instant in the zone's wall time, across a DST change", () => {
    const d = new Date("2026-03-29T01:30:00Z"); // the morning Paris springs forward
    expect(toLocalInput(d, "Europe/Paris")).toBe("2026-03-29T03:30");
    const late = new Date("2026-11-22T23:30:00Z");
    expect(dayIn(late, "Asia/Tokyo")).toBe("2026-11-23");
    expect(offsetMinutes(late, "Asia/Kolkata")).toBe(330);
  });
});

describe("relative times for follow-ups and coldness", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  it("says when something is ahead, in both languages", () => {
    expect(formatRelative("2026-12-18T12:00:00Z", now, "en")).toBe("in 4 weeks");
    expect(formatRelative("2026-11-23T12:00:00Z", now, "en")).toBe("tomorrow");
    expect(formatRelative("2026-11-23T12:00:00Z", now, "fr")).toBe("demain");
    expect(formatRelative("2026-11-22T15:00:00Z", now, "fr")).toBe("dans 3 heures");
  });
});
