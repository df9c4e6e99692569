// Event dates read as the venue's clock shows them, whatever the reader's zone.
import { describe, expect, it } from "vitest";
import { daysUntil, formatEventWhen, formatWallTime, phaseOf, wall } from "./eventFormat";

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, " ");

describe("event dates", () => {
  it("keeps the wall time as typed, with no zone shift", () => {
    expect(wall("2026-11-24T09:30")?.toISOString()).toBe("2026-11-24T09:30:00.000Z");
    expect(wall("2026-11-24")?.toISOString()).toBe("2026-11-24T00:00:00.000Z");
    expect(wall("24/11/2026")).toBeNull();
  });
  it("shows a multi-day event as a range of days", () => {
    const s = plain(formatEventWhen({ start_local: "2026-11-24T00:00", end_local: "2026-11-26T23:59" }, "en"));
    expect(s).toMatch(/Nov 24/);
    expect(s).toMatch(/26/);
    expect(s).toMatch(/2026/);
    expect(s).not.toMatch(/00:00|23:59/);
  });
  it("shows a dinner with its hours", () => {
    const s = plain(formatEventWhen({ start_local: "2026-12-16T20:00", end_local: "2026-12-16T23:00" }, "fr"));
    expect(s).toMatch(/20:00/);
    expect(s).toMatch(/23:00/);
    expect(s).toMatch(/déc/);
  });
  it("writes a wall time as 'Fri 27 Nov, 09:00', the year only when another", () => {
    const now = new Date(2026, 10, 22);
    expect(plain(formatWallTime("2026-11-27T09:00", "en", now))).toBe("Fri 27 Nov, 09:00");
    expect(plain(formatWallTime("2026-11-27T09:00", "fr", now))).toBe("ven. 27 nov., 09:00");
    expect(plain(formatWallTime("2027-01-04T14:30", "en", now))).toBe("Mon 4 Jan 2027, 14:30");
  });
  it("tells under way, to come and over apart from the UTC instants", () => {
    const e = { start_at: "2026-11-22T08:00:00Z", end_at: "2026-11-24T18:00:00Z" };
    expect(phaseOf(e, new Date("2026-11-23T12:00:00Z"))).toBe("now");
    expect(phaseOf(e, new Date("2026-11-21T12:00:00Z"))).toBe("soon");
    expect(phaseOf(e, new Date("2026-11-25T12:00:00Z"))).toBe("past");
    expect(daysUntil(e, new Date("2026-11-20T08:00:00Z"))).toBe(2);
    expect(daysUntil(e, new Date("2026-11-23T08:00:00Z"))).toBe(0);
  });
});
