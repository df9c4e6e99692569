// A birthday reads as the reader writes dates, with or without its year.
import { describe, expect, it } from "vitest";
import { formatBirthday, photoUrl } from "./personFields";

describe("formatBirthday", () => {
  it("says a year-less birthday as a day of the year, in each language", () => {
    expect(formatBirthday("--04-17", "en-GB")).toBe("17 April");
    expect(formatBirthday("--04-17", "fr")).toBe("17 avril");
    expect(formatBirthday("--02-29", "en-GB")).toBe("29 February");
  });
  it("says a full birthday as a date, never a day off", () => {
    expect(formatBirthday("1991-04-17", "en-GB")).toBe("17 Apr 1991");
    expect(formatBirthday("1991-04-17", "fr")).toBe("17 avr. 1991");
  });
});

describe("photoUrl", () => {
  it("makes a data URL of the photo's type", () => {
    expect(photoUrl({ mime: "image/png", data: "iVBORw0KGgo=" })).toBe("data:image/png;base64,iVBORw0KGgo=");
  });
});
