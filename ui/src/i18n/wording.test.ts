// French and English read as a person writes them: plural forms where a number counts something, elision before a name, no inclusive-writing markers in French.
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { fr } from "./fr";
import { de, elideBefore, interpolate, pluralKey } from "./messages";

/** A message with the plural form chosen for `count`, as `tn` builds it (count unformatted). */
function plural(cat: Record<string, string>, base: string, count: number, locale: "en" | "fr", params = {}): string {
  const key = pluralKey(base as never, count, locale);
  return interpolate(cat[key] ?? "", { ...params, count });
}

describe("plurals", () => {
  it("says “1 donné”, “2 donnés” and “0 reçu”: French 0 and 1 are singular", () => {
    expect(plural(fr, "insights.given", 1, "fr")).toBe("1 donné");
    expect(plural(fr, "insights.given", 2, "fr")).toBe("2 donnés");
    expect(plural(fr, "insights.received", 0, "fr")).toBe("0 reçu");
    expect(plural(en, "graph.nodes", 1, "en")).toBe("1 node");
    expect(plural(en, "graph.nodes", 0, "en")).toBe("0 nodes");
    expect(interpolate(fr["insights.totals"], { given: plural(fr, "insights.given", 1, "fr"), received: plural(fr, "insights.received", 3, "fr") })).toBe("1 donné · 3 reçus");
  });

  it("counts something only through .one/.other pairs, so no screen says “1 personnes”", () => {
    // `{count}` (or another number) directly followed by a noun, in a message that has no singular.
    const counted = /\{(count|n|given|received|neutral|nodes|edges|days)\}[ \u00a0\u202f](?!de plus|more\b|sur\b|of\b|and\b|et\b|fois\b|×)\p{L}/u;
    // Numbers that are never 1: a passphrase's minimum length, the bulk bar's cadences (7 to 90 days).
    const fixed = new Set(["rekey.tooShort", "bulk.cadenceDays"]);
    const found: string[] = [];
    for (const [locale, cat] of [["en", en], ["fr", fr]] as const) {
      for (const [key, msg] of Object.entries(cat)) {
        if (key.endsWith(".one") || key.endsWith(".other") || fixed.has(key)) continue;
        if (counted.test(msg)) found.push(`${locale}:${key}: ${msg}`);
      }
    }
    expect(found, "these count without a singular form").toEqual([]);
  });
});

describe("French elision", () => {
  it("writes d’ before a vowel, a mute h and a y before a consonant, de otherwise", () => {
    expect(de("Amélie")).toBe("d’Amélie");
    expect(de("Élodie")).toBe("d’Élodie");
    expect(de("Hélène")).toBe("d’Hélène");
    expect(de("Yves")).toBe("d’Yves");
    expect(de("Kwame")).toBe("de Kwame");
    expect(de("Yann")).toBe("de Yann");
    expect(de("<script>alert(1)</script>")).toBe("de <script>alert(1)</script>");
    expect(de("@amelie.dubois")).toBe("de @amelie.dubois");
    expect(de("王芳")).toBe("de 王芳");
  });

  it("elides the catalogue's “de {name}” and “que {name}”, and before a name in a link", () => {
    expect(interpolate(fr["who.roleFor"], { name: "Hélène Guérin-Diallo" })).toBe("Rôle d’Hélène Guérin-Diallo");
    expect(interpolate(fr["graph.heading.person"], { name: "Amélie Dubois" })).toBe("Réseau d’Amélie Dubois");
    expect(interpolate(fr["photo.of"], { name: "Kwame Moreau" })).toBe("Photo de Kwame Moreau");
    const [before] = fr["dup.email"].split("{name}");
    expect(elideBefore(interpolate(before ?? "", { value: "a@example.fr" }), "Amélie Dubois")).toMatch(/ qu’$/);
    expect(elideBefore("Rôle de ", "Kwame")).toBe("Rôle de ");
  });

  it("has no “de”, “que”, “le” or “la” left unelided before a vowel in the catalogue's own words", () => {
    // “-la en lieu sûr” is a pronoun after a verb (“gardez-la”), which French does not elide.
    const unelided = /(?<![\p{L}’'-])(de|que|le|la|ne|je|me|te|se|jusque|lorsque|puisque)[ \u00a0](?=[aeiouéèêëàâîïôûœ]|h[aeiouéèêàâîôû])\p{L}+/giu;
    for (const [key, msg] of Object.entries(fr)) {
      expect(msg.match(unelided), `fr:${key}: ${msg}`).toBeNull();
    }
  });

  it("uses no inclusive-writing markers: a sentence about a person reads the same for anyone", () => {
    for (const [key, msg] of Object.entries(fr)) {
      expect(/\p{L}·\p{L}|\p{L}\((e|s|es)\)/u.test(msg), `fr:${key}: ${msg}`).toBe(false);
    }
  });
});
