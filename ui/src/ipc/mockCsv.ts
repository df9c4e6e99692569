// Dev-only: a small CSV reader and header guesser for the mock shell, so the mapping screen works without the core.
import type { ColumnMap } from "./bindings/ColumnMap";
import type { CsvField } from "./bindings/CsvField";
import type { PersonInput } from "./bindings/PersonInput";
import type { Platform } from "./bindings/Platform";
import type { RowError } from "./bindings/RowError";
import { fold } from "../lib/fold";
import { cleanPerson } from "./mockValidate";

export interface Table {
  delimiter: string;
  headers: string[];
  records: { line: number; cells: string[] }[];
}

/** The delimiter that splits the header line most (`,` `;` tab), as the core sniffs it. */
function sniff(firstLine: string): string {
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

export function readTable(text: string): Table {
  const src = text.replace(/^\uFEFF/, "");
  const delimiter = sniff(src.split(/\r?\n/, 1)[0] ?? "");
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === delimiter) cells.push(cell), (cell = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: start, cells });
      (cells = []), (cell = ""), line++, (start = line);
    } else cell += c;
  }
  if (cell || cells.length) cells.push(cell), rows.push({ line: start, cells });
  const [head, ...rest] = rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  return { delimiter, headers: (head?.cells ?? []).map((h) => h.trim()), records: rest };
}

const WORDS: [RegExp, CsvField][] = [
  [/^(prenom|first|firstname|given)/, "first_name"],
  [/^(nom de famille|last|lastname|surname|family)/, "last_name"],
  [/^(nom complet|full name|name|nom|display)/, "display_name"],
  [/(e ?mail|courriel|mail)/, "email"],
  [/(phone|telephone|tel|mobile)/, "phone"],
  [/(ville|city)/, "city"],
  [/(pays|country)/, "country"],
  [/(langue|language)/, "language"],
  [/(site|website|web|url)/, "website"],
  [/(employeur|employer|company|societe|entreprise)/, "employer"],
  [/(bio)/, "bio"],
  [/(thematiques|topics|sujets)/, "topics"],
  [/(tags|etiquettes)/, "tags"],
  [/(notes?)$/, "note"],
  [/(abonnes|followers|audience)/, "followers"],
  [/(pseudo|handle|compte)/, "handle"],
  [/(plateforme|platform|reseau)/, "platform"],
  [/(source)/, "source"],
];
const PLATFORM_WORDS: Platform[] = ["instagram", "tiktok", "youtube", "linkedin", "facebook", "twitch", "wechat", "weibo", "vk", "podcast", "newsletter", "blog"];

export function guess(header: string): ColumnMap {
  const h = fold(header).replace(/[^a-z0-9 ]+/g, " ").trim();
  const platform = PLATFORM_WORDS.find((p) => h.includes(p));
  const hit = WORDS.find(([re]) => re.test(h));
  if (hit) return hit[1] === "handle" || hit[1] === "followers" ? { field: hit[1], ...(platform ? { platform } : {}) } : { field: hit[1] };
  if (platform) return { field: "handle", platform };
  return { field: "ignore" };
}

function count(raw: string): number | undefined {
  const m = raw.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".").match(/^(\d+(?:\.\d+)?)([kKmM]?)$/);
  if (!m) return undefined;
  const mult = m[2]?.toLowerCase() === "k" ? 1e3 : m[2]?.toLowerCase() === "m" ? 1e6 : 1;
  return Math.round(Number(m[1]) * mult);
}

const blank = (): PersonInput => ({
  first_name: "", last_name: "", display_name: "", pronouns: "", kind: "consumer_advocate", stage: "identified", bio: "", topics: [], languages: [],
  city: "", country: "", time_zone: "", emails: [], phones: [], website: "", employer: "", motivations: "", compensation: "",
  values_note: "", objectives: "", source: "CSV import", consent_note: "", tags: [], channels: [],
});

/** One row through the mapping, with the problems the core would report (named by column header). */
export function mapRow(line: number, headers: string[], mapping: ColumnMap[], cells: string[]): { input: PersonInput; errors: RowError[] } {
  const p = blank();
  const errors: RowError[] = [];
  const where = new Map<string, string>();
  let platform: Platform | undefined;
  mapping.forEach((m, i) => {
    const v = (cells[i] ?? "").trim();
    const header = headers[i] ?? `#${i + 1}`;
    if (!v || m.field === "ignore") return;
    const multi = v.split(/[|;]/).map((s) => s.trim()).filter(Boolean);
    switch (m.field) {
      case "email": p.emails.push(...v.split(/[,;\s]+/).filter(Boolean)); where.set("emails", header); break;
      case "phone": p.phones.push(v); where.set("phones", header); break;
      case "topics": p.topics.push(...multi); break;
      case "tags": p.tags.push(...multi); break;
      case "language": p.languages.push(...multi); where.set("languages", header); break;
      case "note": p.bio = p.bio ? `${p.bio}\n${v}` : v; break;
      case "platform": platform = PLATFORM_WORDS.find((w) => fold(v).includes(w)); break;
      case "handle": p.channels.push({ platform: m.platform ?? platform ?? "other", handle: v.startsWith("http") ? "" : v, url: v.startsWith("http") ? v : "" }); where.set("channels", header); break;
      case "followers": {
        const n = count(v);
        if (n === undefined) errors.push({ line, field: header, message: `"${v}" is not a follower count (12 500, 45k, 1,2 M)` });
        else if (p.channels.at(-1)) p.channels.at(-1)!.audience = n;
        break;
      }
      case "kind": case "stage": break;
      default: (p as unknown as Record<string, string>)[m.field] = v; where.set(m.field, header);
    }
  });
  const clean = cleanPerson(p);
  if ("code" in clean) {
    for (const f of clean.fields) errors.push({ line, field: where.get(f.field.split(".")[0] ?? "") ?? f.field, message: f.message });
    return { input: p, errors };
  }
  return { input: clean, errors };
}

export const SAMPLE_CSV = [
  "Prénom;Nom;E-mail;Ville;Pays;Instagram;Abonnés;Thématiques;Notes",
  "Léa;Martin;lea.martin@example.fr;Lyon;FR;@lea.cuisine;12 500;cuisine|voyage;Rencontrée au Salon du chocolat",
  "Hugo;Bernard;hugo@@example;Paris;FR;@hugo.tech;45k;tech;",
  "Chloé;Dubois;chloe.dubois@example.com;Bruxelles;BE;@chloe.mode;1,2 M;mode|beauté;Ambassadrice potentielle",
  "Yann;Le Goff;yann@example.bzh;Rennes;XX;@yann.surf;8 300;sport;",
  "Inès;Moreau;ines.moreau@example.fr;Marseille;FR;@ines.deco;27,5k;déco|maison;",
  "Karim;Haddad;karim@example.ma;Casablanca;MA;@karim.eats;beaucoup;cuisine;À relancer en janvier",
  "Sofia;Rossi;sofia.rossi@example.it;Milano;IT;@sofia.style;310k;mode;",
].join("\r\n");

/** "Nom" beside "Prénom" is the family name, as the core reads French headers. */
export function guessAll(headers: string[]): ColumnMap[] {
  const out = headers.map(guess);
  if (out.some((m) => m.field === "first_name")) {
    out.forEach((m, i) => {
      if (m.field === "display_name" && fold(headers[i] ?? "").trim() === "nom") out[i] = { field: "last_name" };
    });
  }
  return out;
}
