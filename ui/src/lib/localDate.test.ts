import { describe, expect, it } from "vitest";
import { dateOrder, readDate, showDate } from "./localDate";

describe("dates in the app's language's order", () => {
  it("French reads day first, English month first, whatever the system's locale", () => {
    expect(dateOrder("fr").parts).toEqual(["day", "month", "year"]);
    expect(dateOrder("en").parts).toEqual(["month", "day", "year"]);
    expect(showDate("2026-12-06", "fr")).toBe("06/12/2026");
    expect(showDate("2026-12-06", "en")).toBe("12/06/2026");
  });

  it("reads what a person types back into the same day", () => {
    expect(readDate("06/12/2026", "fr")).toBe("2026-12-06");
    expect(readDate("6.12.26", "fr")).toBe("2026-12-06");
    expect(readDate("12/6/2026", "en")).toBe("2026-12-06");
    expect(readDate("2026-12-06", "fr")).toBe("2026-12-06");
  });

  it("refuses what is not a real day, so the form can say so", () => {
    expect(readDate("31/02/2026", "fr")).toBeNull();
    expect(readDate("13/13/2026", "en")).toBeNull();
    expect(readDate("06/12", "fr")).toBeNull();
    expect(readDate("", "fr")).toBeNull();
  });
});
