// Pure message lookup and interpolation, kept free of runes so tests and plain modules can use it.
import { en, type MessageKey, type Messages } from "./en";
import { fr } from "./fr";

export type { MessageKey, Messages };
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const catalogues: Record<Locale, Messages> = { en, fr };

export type Params = Record<string, string | number>;

/** `{name}` placeholders, as the parity test checks them. */
export function placeholders(msg: string): string[] {
  return [...msg.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

/** A value French elides "de" and "que" before: a vowel ("Rôle d’Amélie", "qu’Élodie"), a mute
 * h before a vowel ("d’Hélène", "d’Hugo"), a y before a consonant ("d’Yves", but "de Yann"). */
const ELIDES = /^(?:[aeiouàâäéèêëîïôöûüùÿæœ]|h[aeiouyàâäéèêëîïôöûüùæœ]|y[^aeiouyàâäéèêëîïôöûüùÿæœ\P{L}])/iu;

/** Whether French elides "de" / "que" before `value`. */
export function elides(value: string): boolean {
  return ELIDES.test(value);
}

/** "de" + a name as French writes it: "d’Amélie", "de Kwame". */
export function de(name: string): string {
  return elides(name) ? `d’${name}` : `de ${name}`;
}

/** `before` (text that ends just before a name) with its last "de " / "que " elided when French
 * elides it before `name`: for a name that sits in a slot (a link), not in the string. */
export function elideBefore(before: string, name: string): string {
  const m = /\b(de|que) $/.exec(before);
  return m && elides(name) ? `${before.slice(0, m.index)}${(m[1] ?? "").slice(0, -1)}’` : before;
}

export function interpolate(msg: string, params?: Params): string {
  if (!params) return msg;
  // "de"/"que" before a placeholder (only French catalogues write them) lose their "e" before
  // a vowel, as a person writes it: the catalogue cannot know the name.
  return msg.replace(/(\b(?:de|que) )?\{(\w+)\}/g, (whole, before: string | undefined, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    if (before && elides(value)) return `${before.trimEnd().slice(0, -1)}’${value}`;
    return (before ?? "") + value;
  });
}

/** A message cut at one placeholder, so a link or a <strong> can sit there without {@html}. */
export function split(msg: string, slot: string): [string, string] {
  const at = msg.indexOf(`{${slot}}`);
  if (at < 0) return [msg, ""];
  return [msg.slice(0, at), msg.slice(at + slot.length + 2)];
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === "string" && (LOCALES as readonly string[]).includes(v);
}

/** The OS or browser language when it is one we have, English otherwise. */
export function localeFrom(languages: readonly string[]): Locale {
  for (const l of languages) {
    const base = l.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return "en";
}

/** Keys that come in plural forms are `<base>.one` / `<base>.other` (Intl.PluralRules categories). */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
}[MessageKey];

export function pluralKey(base: PluralBase, count: number, locale: Locale): MessageKey {
  const cat = new Intl.PluralRules(locale).select(count);
  return (cat === "one" ? `${base}.one` : `${base}.other`) as MessageKey;
}
