// Follow-ups are due at a wall time in the user's zone: the conversions must hold across DST and zones.
import { describe, expect, it } from "vitest";
import { dayIn, fromLocalInput, offsetMinutes, toLocalInput, toRfc3339 } from "./zone";
import { formatRelative } from "./format";

describe("wall time in a zone", () => {
  it("reads 09:00 in Paris as 08:00 UTC in winter and 07:00 UTC in summer", () => {
    expect(fromLocalInput("2026-11-23T09:00", "Europe/Paris")?.toISOString()).toBe("2026-11-23T08:00:00.000Z");
    expect(fromLocalInput("2026-07-01T09:00", "Europe/Paris")?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(fromLocalInput("2026-11-23T09:00", "America/Toronto")?.toISOString()).toBe("2026-11-23T14:00:00.000Z");
  });
  it("takes a date alone as 09:00 and refuses what is not a date", () => {
    expect(fromLocalInput("2026-11-23", "UTC")?.toISOString()).toBe("2026-11-23T09:00:00.000Z");
    expect(fromLocalInput("tomorrow", "UTC")).toBeNull();
  });
  it("round-trips an instant through the form's value", () => {
    const d = new Date("2026-03-29T01:30:00Z"); // the morning Paris springs forward
    expect(toLocalInput(d, "Europe/Paris")).toBe("2026-03-29T03:30");
    expect(fromLocalInput(toLocalInput(d, "Europe/Paris"), "Europe/Paris")?.toISOString()).toBe(d.toISOString());
  });
  it("writes RFC 3339 with the zone's offset and tells the local day", () => {
    const d = new Date("2026-11-22T23:30:00Z");
    expect(toRfc3339(d, "Europe/Paris")).toBe("2026-11-23T00:30:00+01:00");
    expect(toRfc3339(d, "America/Los_Angeles")).toBe("2026-11-22T15:30:00-08:00");
    expect(dayIn(d, "Asia/Tokyo")).toBe("2026-11-23");
    expect(offsetMinutes(d, "Asia/Kolkata")).toBe(330);
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
