// Dev-only fake book: deterministic people (up to 100k) generated on demand, for screenshots and UI tests.
import type { Channel } from "./bindings/Channel";
import type { Person } from "./bindings/Person";
import type { PersonKind } from "./bindings/PersonKind";
import type { PersonSummary } from "./bindings/PersonSummary";
import type { Platform } from "./bindings/Platform";
import type { Stage } from "./bindings/Stage";
import { fold } from "../lib/fold";

const FIRST = [
  "Amélie", "Émile", "Zoé", "Chloé", "Léa", "Hélène", "François", "Jérôme", "Noémie", "Inès",
  "Brian", "Joel", "Sarah", "Olivia", "Liam", "Maya", "Noah", "Grace", "Ethan", "Ava",
  "Raymond", "Björn", "Søren", "José", "María", "João", "Łukasz", "Ömer", "Çağla", "Юлия",
  "Дмитрий", "王芳", "李娜", "さくら", "Aarav", "Priya", "Fatima", "Omar", "Amara", "Kwame",
  "Nadia", "Yusuf", "Lucía", "Matteo", "Camille", "Théo", "Manon", "Hugo", "Jade", "Louis",
];
const LAST = [
  "Dubois", "Lefèvre", "Moreau", "Girard", "Bélanger", "Côté", "Gagnon", "Roy", "Solis", "Morin",
  "Backaler", "Smith", "Johnson", "Nguyen", "García", "Müller", "Schäfer", "Nørgaard", "Kowalski",
  "Yılmaz", "Иванова", "Петров", "王", "田中", "Sharma", "Okafor", "Diallo", "Haddad", "Rossi",
  "Bernard", "Petit", "Durand", "Leroy", "Fournier", "Mercier", "Blanc", "Guérin", "Faure",
];
const PLACES: [string, string, string][] = [
  ["Paris", "FR", "Europe/Paris"], ["Lyon", "FR", "Europe/Paris"], ["Marseille", "FR", "Europe/Paris"],
  ["Montréal", "CA", "America/Toronto"], ["Québec", "CA", "America/Toronto"], ["Bruxelles", "BE", "Europe/Brussels"],
  ["Genève", "CH", "Europe/Zurich"], ["New York", "US", "America/New_York"], ["San Francisco", "US", "America/Los_Angeles"],
  ["London", "GB", "Europe/London"], ["Berlin", "DE", "Europe/Berlin"], ["Madrid", "ES", "Europe/Madrid"],
  ["São Paulo", "BR", "America/Sao_Paulo"], ["Shanghai", "CN", "Asia/Shanghai"], ["Tokyo", "JP", "Asia/Tokyo"],
  ["Moscow", "RU", "Europe/Moscow"], ["Mumbai", "IN", "Asia/Kolkata"], ["Lagos", "NG", "Africa/Lagos"],
  ["Dakar", "SN", "Africa/Dakar"], ["Milano", "IT", "Europe/Rome"], ["İstanbul", "TR", "Europe/Istanbul"],
];
const EMPLOYERS = [
  "", "", "", "Independent", "Le Monde", "Les Echos", "TechCrunch", "Vogue Paris", "Altimeter",
  "Microsoft", "Traackr", "Radio-Canada", "Numerama", "Marie Claire", "Frandroid", "BFM Business",
];
const TOPICS = [
  "mode", "beauté", "tech", "cloud", "cybersécurité", "voyage", "gastronomie", "développement durable",
  "gaming", "IA", "marketing B2B", "parentalité", "sport", "finance", "photographie", "design",
];
const TAGS = ["vip", "paris-fashion-week", "vivatech", "shortlist", "press", "beta", "salon", "2027"];
const KINDS: PersonKind[] = [
  "consumer_advocate", "opinion_leader", "celebrity", "employee_ambassador", "b2b_independent",
  "b2b_employee", "journalist", "reporter_influencer", "other",
];
const STAGES: Stage[] = [
  "identified", "identified", "identified", "contacted", "contacted", "engaged", "engaged",
  "collaborating", "ambassador", "paused", "do_not_contact",
];
const PLATFORMS: Platform[] = ["instagram", "x", "youtube", "tiktok", "linkedin", "blog", "podcast", "wechat", "vk"];
const LANGS = ["fr", "en", "fr-CA", "es", "de", "zh-Hans", "ja", "ru", "pt-BR", "it", "tr"];

/** A small fast PRNG so person N is the same person on every reload. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

const BASE = Date.UTC(2026, 10, 22, 12, 0, 0);
const DAY = 86_400_000;

function uuid(i: number): string {
  const h = (i + 1).toString(16).padStart(12, "0");
  return `0193a000-0000-7000-8000-${h}`;
}

// Names come from short lists, so their slugs are computed once each.
const slugs = new Map<string, string>();
function asciiSlug(s: string): string {
  let v = slugs.get(s);
  if (v === undefined) {
    v = fold(s).replace(/[^a-z0-9]+/g, "") || "user";
    slugs.set(s, v);
  }
  return v;
}

/** Builds the full person number `i`; cheap enough to call on every `person_get`. */
export function generatePerson(i: number): Person {
  const r = rng(i * 7919 + 17);
  const first = pick(r, FIRST);
  // Some double-barrelled surnames, so 100k people are not 2,000 names repeated.
  const last = r() < 0.35 ? `${pick(r, LAST)}-${pick(r, LAST)}` : pick(r, LAST);
  const [city, country, tz] = pick(r, PLACES);
  const created = new Date(BASE - Math.floor(r() * 900) * DAY - Math.floor(r() * DAY)).toISOString();
  const updated = new Date(Date.parse(created) + Math.floor(r() * (Date.parse(new Date(BASE).toISOString()) - Date.parse(created)))).toISOString();
  const slug = `${asciiSlug(first)}${asciiSlug(last)}`;
  const nch = Math.floor(r() * 3) + (i % 5 === 0 ? 0 : 1);
  const channels: Channel[] = [];
  for (let c = 0; c < nch; c++) {
    const platform = pick(r, PLATFORMS);
    const handle = platform === "blog" || platform === "podcast" ? `${slug}.example.com` : `@${slug}${i % 1000}`;
    channels.push({
      id: `${uuid(i)}-c${c}`,
      platform,
      handle,
      url: platform === "blog" || platform === "podcast" ? `https://${slug}.example.com` : "",
      audience: Math.floor(Math.pow(10, 2 + r() * 4.5)),
      as_of: new Date(BASE - Math.floor(r() * 200) * DAY).toISOString().slice(0, 10),
      created_at: created,
      updated_at: updated,
    });
  }
  const topics = [pick(r, TOPICS), pick(r, TOPICS)].filter((t, k, a) => a.indexOf(t) === k);
  const tags = r() < 0.4 ? [pick(r, TAGS)] : [];
  const rating = () => (r() < 0.3 ? null : 1 + Math.floor(r() * 5));
  return {
    id: uuid(i),
    first_name: first,
    last_name: last,
    display_name: `${first} ${last}`,
    pronouns: "",
    kind: pick(r, KINDS),
    stage: pick(r, STAGES),
    bio: r() < 0.7 ? `Writes about ${topics.join(" and ")} for an audience in ${city}.` : "",
    topics,
    languages: [pick(r, LANGS)],
    city,
    country,
    time_zone: tz,
    emails: r() < 0.8 ? [`${slug}${i}@example.com`] : [],
    phones: r() < 0.4 ? [`+33 6 ${String(10_000_000 + (i % 89_999_999)).replace(/(\d\d)(?=\d)/g, "$1 ")}`] : [],
    website: r() < 0.3 ? `https://${slug}.example.com` : "",
    employer: pick(r, EMPLOYERS),
    motivations: r() < 0.5 ? "Co-creation and exclusive information ahead of launches." : "",
    compensation: r() < 0.3 ? "Product access; no paid posts." : "",
    values_note: "",
    objectives: r() < 0.3 ? "Two co-created pieces a year; honest feedback on betas." : "",
    resonance: rating(),
    reach: rating(),
    relevance: rating(),
    cadence_days: r() < 0.5 ? pick(r, [14, 30, 45, 60, 90]) : null,
    source: r() < 0.5 ? "Met at VivaTech 2026" : "",
    consent_note: "",
    tags,
    archived: r() < 0.03,
    channels,
    created_at: created,
    updated_at: updated,
  };
}

export function summaryOf(p: Person): PersonSummary {
  const ch = p.channels[0];
  return {
    id: p.id,
    display_name: p.display_name,
    kind: p.kind,
    stage: p.stage,
    city: p.city,
    country: p.country,
    employer: p.employer,
    primary_handle: ch ? `${ch.platform}:${ch.handle}` : null,
    archived: p.archived,
    updated_at: p.updated_at,
  };
}

/** A few hand-made people that exercise escaping, long text and every field. */
export function showcasePeople(): Person[] {
  const p0 = generatePerson(0);
  const amelie: Person = {
    ...p0,
    id: "0193a000-0000-7000-8000-aaaaaaaaaaaa",
    first_name: "Amélie",
    last_name: "Dubois",
    display_name: "Amélie Dubois",
    pronouns: "elle",
    kind: "opinion_leader",
    stage: "collaborating",
    bio: "Fashion and sustainability writer. Runs a weekly newsletter on second-hand luxury and repairs; speaks at Paris Fashion Week panels.",
    topics: ["mode", "développement durable", "seconde main"],
    languages: ["fr", "en"],
    city: "Paris",
    country: "FR",
    time_zone: "Europe/Paris",
    emails: ["amelie@example.fr", "presse@amelie.example.fr"],
    phones: ["+33 6 12 34 56 78"],
    website: "https://amelie.example.fr",
    employer: "Independent",
    motivations: "Co-creation (a capsule with our design team) and exclusive information before launches.",
    compensation: "No paid posts. Product loans are fine; travel covered for events.",
    values_note: "Strong on repairability; walked away from a fast-fashion brand in 2025.",
    objectives: "Two co-created pieces a year; honest feedback on the repair programme beta.",
    resonance: 5,
    reach: 3,
    relevance: 5,
    cadence_days: 30,
    source: "Introduced by Raymond Morin at VivaTech 2026",
    consent_note: "Agreed by e-mail on 2026-06-12 to be kept in our book.",
    tags: ["vip", "paris-fashion-week"],
    archived: false,
    channels: [
      { id: "c-amelie-1", platform: "instagram", handle: "@amelie.dubois", url: "https://instagram.com/amelie.dubois", audience: 45300, as_of: "2026-11-02", created_at: p0.created_at, updated_at: p0.updated_at },
      { id: "c-amelie-2", platform: "newsletter", handle: "La Reprise", url: "https://lareprise.example.fr", audience: 12800, as_of: "2026-10-15", created_at: p0.created_at, updated_at: p0.updated_at },
      { id: "c-amelie-3", platform: "youtube", handle: "@ameliedubois", url: "", audience: 182000, as_of: null, created_at: p0.created_at, updated_at: p0.updated_at },
    ],
  };
  const tricky: Person = {
    ...generatePerson(1),
    id: "0193a000-0000-7000-8000-bbbbbbbbbbbb",
    first_name: "<script>alert(1)</script>",
    last_name: "Tester",
    display_name: "<script>alert(1)</script> Tester",
    bio: "<b>not bold</b> & <img src=x onerror=alert(2)>",
    employer: "<i>Markup Inc.</i>",
  };
  return [amelie, tricky];
}
