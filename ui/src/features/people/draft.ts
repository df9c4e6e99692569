// The editable form state of a person, and its conversion to the core's PersonInput / PersonPatch.
import type { ChannelInput, Person, PersonInput, PersonKind, PersonPatch, Platform, Stage } from "../../ipc/types";

export interface ChannelDraft {
  /** Stable key for keyed each blocks while rows are added and removed. */
  key: number;
  id?: string;
  platform: Platform;
  handle: string;
  url: string;
  audience: string;
  as_of: string;
}

export interface PersonDraft {
  first_name: string;
  last_name: string;
  display_name: string;
  pronouns: string;
  kind: PersonKind;
  stage: Stage;
  bio: string;
  /** Comma-separated in the form; split on save. */
  topics: string;
  languages: string;
  tags: string;
  city: string;
  country: string;
  time_zone: string;
  emails: string[];
  phones: string[];
  website: string;
  employer: string;
  title: string;
  /** `YYYY-MM-DD`, or `--MM-DD` without a year. */
  birthday: string;
  motivations: string;
  compensation: string;
  values_note: string;
  objectives: string;
  resonance: number | null;
  reach: number | null;
  relevance: number | null;
  cadence_days: string;
  source: string;
  consent_note: string;
  channels: ChannelDraft[];
}

let nextKey = 1;
export function newChannel(platform: Platform = "instagram"): ChannelDraft {
  return { key: nextKey++, platform, handle: "", url: "", audience: "", as_of: "" };
}

export function emptyDraft(): PersonDraft {
  return {
    first_name: "", last_name: "", display_name: "", pronouns: "",
    kind: "other", stage: "identified", bio: "",
    topics: "", languages: "", tags: "",
    city: "", country: "", time_zone: "",
    emails: [""], phones: [""],
    website: "", employer: "", title: "", birthday: "", motivations: "", compensation: "", values_note: "", objectives: "",
    resonance: null, reach: null, relevance: null, cadence_days: "",
    source: "", consent_note: "", channels: [],
  };
}

export const joinList = (xs: readonly string[]): string => xs.join(", ");
/** Topics, tags and languages typed in the form split as a CSV cell's do (`,` `;` `|`; here lines too). */
export const splitList = (s: string): string[] =>
  s.split(/[,;|\n]/).map((x) => x.trim()).filter(Boolean);

export function draftFromPerson(p: Person): PersonDraft {
  return {
    first_name: p.first_name, last_name: p.last_name, display_name: p.display_name, pronouns: p.pronouns,
    kind: p.kind, stage: p.stage, bio: p.bio,
    topics: joinList(p.topics), languages: joinList(p.languages), tags: joinList(p.tags),
    city: p.city, country: p.country, time_zone: p.time_zone,
    emails: p.emails.length ? [...p.emails] : [""],
    phones: p.phones.length ? [...p.phones] : [""],
    website: p.website, employer: p.employer, title: p.title, birthday: p.birthday,
    motivations: p.motivations, compensation: p.compensation,
    values_note: p.values_note, objectives: p.objectives,
    resonance: p.resonance, reach: p.reach, relevance: p.relevance,
    cadence_days: p.cadence_days == null ? "" : String(p.cadence_days),
    source: p.source, consent_note: p.consent_note,
    channels: p.channels.map((c) => ({
      key: nextKey++, id: c.id, platform: c.platform, handle: c.handle, url: c.url,
      audience: c.audience == null ? "" : String(c.audience), as_of: c.as_of ?? "",
    })),
  };
}

/**
 * Which draft rows the core will number 0, 1, 2… in its error paths. The core trims, drops blanks
 * and drops repeats (by `key`) before validating, so `emails.1` may be the third input on screen.
 */
export function keptIndices(items: readonly string[], key: (s: string) => string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((raw, i) => {
    const s = raw.trim();
    if (!s) return;
    const k = key(s);
    if (seen.has(k)) return;
    seen.add(k);
    out.push(i);
  });
  return out;
}

export const emailKey = (s: string) => s.toLowerCase();
export const phoneKey = (s: string) => s.replace(/\D/g, "");

/** Server index → draft index, per list, for one built request. */
export interface SentMap {
  emails: number[];
  phones: number[];
  languages: string[];
  channels: number[];
}

export interface Built {
  input: PersonInput;
  sent: SentMap;
  /** Problems caught before sending (numbers the core could not even parse), by draft path. */
  local: Record<string, "valid.wholeNumber" | "valid.cadence">;
}

const isBlankChannel = (c: ChannelDraft) => !c.handle.trim() && !c.url.trim() && !c.audience.trim() && !c.as_of.trim();
const WHOLE = /^\d+$/;

export function buildInput(d: PersonDraft): Built {
  const local: Built["local"] = {};
  const channels: ChannelInput[] = [];
  const channelMap: number[] = [];
  d.channels.forEach((c, i) => {
    if (isBlankChannel(c)) return;
    const ch: ChannelInput = { platform: c.platform, handle: c.handle, url: c.url };
    if (c.id) ch.id = c.id;
    const aud = c.audience.replace(/[\s\u00a0\u202f,.']/g, "");
    if (aud) {
      if (WHOLE.test(aud) && Number(aud) <= 4_294_967_295) ch.audience = Number(aud);
      else local[`channels.${i}.audience`] = "valid.wholeNumber";
    }
    if (c.as_of.trim()) ch.as_of = c.as_of.trim();
    channels.push(ch);
    channelMap.push(i);
  });
  const input: PersonInput = {
    first_name: d.first_name, last_name: d.last_name, display_name: d.display_name, pronouns: d.pronouns,
    kind: d.kind, stage: d.stage, bio: d.bio,
    topics: splitList(d.topics), languages: splitList(d.languages), tags: splitList(d.tags),
    city: d.city, country: d.country, time_zone: d.time_zone,
    emails: d.emails.map((e) => e.trim()).filter(Boolean),
    phones: d.phones.map((p) => p.trim()).filter(Boolean),
    website: d.website, employer: d.employer, title: d.title, birthday: d.birthday,
    motivations: d.motivations, compensation: d.compensation,
    values_note: d.values_note, objectives: d.objectives,
    source: d.source, consent_note: d.consent_note, channels,
  };
  for (const k of ["resonance", "reach", "relevance"] as const) {
    const v = d[k];
    if (v != null) input[k] = v;
  }
  const cad = d.cadence_days.trim();
  if (cad) {
    if (!WHOLE.test(cad)) local.cadence_days = "valid.wholeNumber";
    else if (Number(cad) < 1 || Number(cad) > 3650) local.cadence_days = "valid.cadence";
    else input.cadence_days = Number(cad);
  }
  const languages = splitList(d.languages);
  return {
    input,
    sent: {
      emails: keptIndices(d.emails, emailKey),
      phones: keptIndices(d.phones, phoneKey),
      languages: keptIndices(languages, (l) => l.toLowerCase()).map((i) => languages[i] ?? ""),
      channels: channelMap,
    },
    local,
  };
}

const OPTIONAL_NUMBERS = ["resonance", "reach", "relevance", "cadence_days"] as const;

/**
 * Only what changed, so the core keeps its own rules for untouched fields (a display name that
 * followed first + last keeps following them).
 */
export function diffPatch(before: PersonInput, after: PersonInput): PersonPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof PersonInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  for (const key of OPTIONAL_NUMBERS) {
    if (before[key] !== undefined && after[key] === undefined) patch[key] = null;
  }
  return patch as PersonPatch;
}
