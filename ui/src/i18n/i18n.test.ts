// The French catalogue must say everything the English one says, with the same placeholders.
import { describe, expect, it } from "vitest";
import { en, enAreas } from "./en";
import { fr, frAreas } from "./fr";
import { catalogues, interpolate, localeFrom, placeholders, pluralKey, split } from "./messages";

describe("catalogue parity", () => {
  it("fr has exactly the keys of en, so no screen falls back to a key name", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it("each feature's French catalogue has exactly the keys of its English one, so a feature translates as a whole", () => {
    expect(Object.keys(frAreas).sort()).toEqual(Object.keys(enAreas).sort());
    for (const [area, cat] of Object.entries(enAreas)) {
      expect(Object.keys(frAreas[area as keyof typeof frAreas]).sort(), area).toEqual(Object.keys(cat).sort());
    }
  });

  it("no key is defined by two feature catalogues, where one would silently hide the other", () => {
    const seen = new Map<string, string>();
    for (const [area, cat] of Object.entries(enAreas)) {
      for (const key of Object.keys(cat)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
    expect(seen.size).toBe(Object.keys(en).length);
  });

  it("every message keeps its placeholders in both languages, so no value goes missing", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), `placeholders of ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it("no message is empty", () => {
    for (const [locale, cat] of Object.entries(catalogues)) {
      for (const [key, msg] of Object.entries(cat)) expect(msg.trim(), `${locale}:${key}`).not.toBe("");
    }
  });

  it("plural messages come as .one/.other pairs in both catalogues", () => {
    for (const key of Object.keys(en)) {
      if (key.endsWith(".one")) expect(Object.hasOwn(en, key.replace(/\.one$/, ".other")), key).toBe(true);
    }
  });

  it("keeps the accessible names the end-to-end test selects by", () => {
    expect(en["nav.people"]).toBe("People");
    expect(en["nav.settings"]).toBe("Settings");
    expect(en["nav.newPerson"]).toBe("New person");
    expect(en["field.first_name"]).toBe("First name");
    expect(en["field.last_name"]).toBe("Last name");
    expect(en["field.display_name"]).toBe("Display name");
    expect(en["field.city"]).toBe("City");
    expect(en["field.country"]).toBe("Country");
    expect(en["field.email"]).toBe("Email");
    expect(en["field.bio"]).toBe("Bio");
    expect(en["form.save"]).toBe("Save");
    expect(en["person.edit"]).toBe("Edit");
    expect(en["search.label"]).toBe("Search people");
    expect(en["firstrun.add"]).toBe("Add a person");
    expect(en["firstrun.sample"]).toBe("Load sample data");
    expect(en["settings.language"]).toBe("Language");
    expect(en["nav.events"]).toBe("Events");
    expect(en["events.new"]).toBe("New event");
    expect(en["eventForm.name"]).toBe("Event name");
    expect(en["eventForm.startDate"]).toBe("Start date");
    expect(en["eventForm.city"]).toBe("City");
    expect(en["eventForm.save"]).toBe("Save event");
    expect(en["who.addButton"]).toBe("Add");
    expect(en["capture.label"]).toBe("Capture a note");
  });

  it("gives no other link or button the exact name of a sidebar link, so selecting by name is unambiguous", () => {
    // Headings and the grid may share a sidebar name: they have other roles than link or button.
    const otherRoles = new Set(["people.title", "people.listLabel", "settings.title", "form.newTitle", "today.title", "search.peopleGroup", "events.title", "today.events", "eventForm.newTitle", "city.title"]);
    const others = Object.entries(en).filter(([k]) => !k.startsWith("nav.") && !otherRoles.has(k));
    for (const [key, msg] of others) {
      expect([en["nav.today"], en["nav.people"], en["nav.settings"], en["nav.newPerson"], en["nav.events"], en["nav.city"], en["nav.capture"]], key).not.toContain(msg);
    }
  });
});

describe("message helpers", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Delete {name}?", { name: "Zoé" })).toBe("Delete Zoé?");
    expect(interpolate("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("does not treat user text as a template", () => {
    expect(interpolate("Hi {name}", { name: "{count} <script>" })).toBe("Hi {count} <script>");
  });

  it("splits around a slot so a link can sit inside a sentence", () => {
    expect(split("Same as {name}.", "name")).toEqual(["Same as ", "."]);
    expect(split("No slot", "name")).toEqual(["No slot", ""]);
  });

  it("picks plural forms per language: French 0 and 1 are singular, English 0 is plural", () => {
    expect(pluralKey("people.count", 0, "en")).toBe("people.count.other");
    expect(pluralKey("people.count", 1, "en")).toBe("people.count.one");
    expect(pluralKey("people.count", 0, "fr")).toBe("people.count.one");
    expect(pluralKey("people.count", 2, "fr")).toBe("people.count.other");
  });

  it("starts in the OS language when we have it, English otherwise", () => {
    expect(localeFrom(["fr-CA", "en"])).toBe("fr");
    expect(localeFrom(["de-DE", "en-GB"])).toBe("en");
    expect(localeFrom([])).toBe("en");
  });
});

describe("French as a person writes it", () => {
  it("elides de and que before a name that starts with a vowel, and only then", () => {
    expect(interpolate(fr["who.roleFor"], { name: "Amélie Dubois" })).toBe("Rôle d’Amélie Dubois");
    expect(interpolate(fr["who.roleFor"], { name: "Kwame Mensah" })).toBe("Rôle de Kwame Mensah");
    expect(interpolate(fr["dup.email"], { value: "a@x.fr", name: "Élodie" })).toBe("Même adresse e-mail (a@x.fr) qu’Élodie.");
    expect(interpolate(en["who.roleFor"], { name: "Amélie" }), "English has nothing to elide").toBe("Role of Amélie");
  });
});
