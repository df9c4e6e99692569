// Numbers and dates read the way each language writes them (45,300 / 45 300), through Intl.
import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatRelative, formatTimeIn, formatWallTime, languageName, parseDay, regionName } from "./format";

// French groups thousands with a narrow no-break space; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("numbers", () => {
  it("groups an audience the English way", () => {
    expect(formatNumber(45300, "en")).toBe("45,300");
  });
  it("groups an audience the French way", () => {
    expect(plain(formatNumber(45300, "fr"))).toBe("45 300");
    expect(plain(formatNumber(1234567, "fr"))).toBe("1 234 567");
  });
});

describe("dates", () => {
  it("reads a calendar day without shifting it through UTC", () => {
    const d = parseDay("2026-11-02");
    expect(d?.getFullYear()).toBe(2026);
    expect(d?.getMonth()).toBe(10);
    expect(d?.getDate()).toBe(2);
    expect(parseDay("2026-11")).toBeNull();
  });

  it("writes absolute dates per locale", () => {
    expect(formatDate("2026-11-02", "en")).toBe("Nov 2, 2026");
    expect(formatDate("2026-11-02", "fr")).toBe("2 nov. 2026");
  });

  it("writes relative dates per locale, with words for yesterday", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    expect(formatRelative("2026-11-19T12:00:00Z", now, "en")).toBe("3 days ago");
    expect(formatRelative("2026-11-19T12:00:00Z", now, "fr")).toBe("il y a 3 jours");
    expect(formatRelative("2026-11-21T12:00:00Z", now, "en")).toBe("yesterday");
    expect(formatRelative("2026-11-21T12:00:00Z", now, "fr")).toBe("hier");
    expect(formatRelative("2026-11-22T11:59:50Z", now, "en")).toBe("now");
    expect(formatRelative("2026-09-01T12:00:00Z", now, "en")).toBe("3 months ago");
  });

  it("keeps unreadable input visible instead of printing Invalid Date", () => {
    expect(formatDate("soon", "en")).toBe("soon");
  });

  it("tells the time in a person's zone, and nothing for an unknown zone", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    expect(formatTimeIn("Europe/Paris", now, "fr")).toBe("13:00");
    expect(formatTimeIn("Asia/Tokyo", now, "en")).toBe("9:00 PM");
    expect(formatTimeIn("Mars/Olympus", now, "en")).toBeNull();
  });

  it("writes a place's wall time as the reader's locale does, never shifted by this machine's zone", () => {
    expect(formatWallTime("2026-11-22T14:00", "fr")).toBe("14:00");
    expect(formatWallTime("2026-11-22T14:00", "en")).toBe("2:00 PM");
    expect(formatWallTime("2026-11-22T00:30", "en")).toBe("12:30 AM");
    expect(formatWallTime("2026-11-22", "en")).toBe("2026-11-22");
  });
});

describe("places and languages", () => {
  it("names countries in the reader's language", () => {
    expect(regionName("DE", "en")).toBe("Germany");
    expect(regionName("de", "fr")).toBe("Allemagne");
    expect(regionName("", "fr")).toBe("");
  });
  it("names languages in the reader's language", () => {
    expect(languageName("fr", "en")).toBe("French");
    expect(languageName("en", "fr")).toBe("anglais");
  });
});
