// Dev-only copy of the core's input rules, so mock mode shows the same inline errors as the real app.
import type { ErrorBody } from "./bindings/ErrorBody";
import type { FieldError } from "./bindings/FieldError";
import type { PersonInput } from "./bindings/PersonInput";

const NO_SPACE_PLATFORMS = new Set(["blog", "podcast", "newsletter", "other"]);

function isEmail(e: string): boolean {
  const at = e.indexOf("@");
  if (at <= 0) return false;
  const domain = e.slice(at + 1);
  return (
    !domain.includes("@") &&
    domain.includes(".") &&
    !domain.startsWith(".") &&
    !domain.endsWith(".") &&
    !domain.includes("..") &&
    !/[\s,;<>]/.test(e)
  );
}
const isUrl = (u: string) => /^https?:\/\/[^/\s]\S*$/.test(u);
function isZone(z: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: z });
    return true;
  } catch {
    return false;
  }
}
function isRegion(c: string): boolean {
  if (!/^[A-Z]{2}$/.test(c)) return false;
  const name = new Intl.DisplayNames("en", { type: "region", fallback: "none" }).of(c);
  return name !== undefined;
}
function unique(xs: string[], key: (s: string) => string): string[] {
  const seen = new Set<string>();
  return xs.map((s) => s.trim()).filter((s) => s && !seen.has(key(s)) && (seen.add(key(s)), true));
}

/** Returns the cleaned input, or an ErrorBody naming every bad field, as `clean_person` does. */
export function cleanPerson(p: PersonInput): PersonInput | ErrorBody {
  const errs: FieldError[] = [];
  const bad = (field: string, message: string) => errs.push({ field, message });
  const out: PersonInput = { ...p };
  for (const k of ["first_name", "last_name", "display_name", "pronouns", "city", "time_zone", "website", "employer", "source"] as const) {
    out[k] = (out[k] ?? "").trim();
  }
  if (!out.display_name) out.display_name = [out.first_name, out.last_name].filter(Boolean).join(" ");
  if (!out.display_name) bad("display_name", "a name is required");
  out.country = (out.country ?? "").trim().toUpperCase();
  if (out.country && !isRegion(out.country)) bad("country", "use a two-letter ISO country code such as FR, CA or CN");
  if (out.time_zone && !isZone(out.time_zone)) bad("time_zone", "use an IANA time zone such as Europe/Paris or America/Montreal");
  out.emails = unique(out.emails ?? [], (e) => e.toLowerCase());
  out.emails.forEach((e, i) => isEmail(e) || bad(`emails.${i}`, "this is not an e-mail address (name@domain.tld)"));
  out.phones = unique(out.phones ?? [], (s) => s.replace(/\D/g, ""));
  out.phones.forEach((ph, i) => {
    const digits = ph.replace(/\D/g, "").length;
    if (!/^[\d +\-.()/]+$/.test(ph) || digits < 4 || digits > 20) bad(`phones.${i}`, "a phone number holds 4 to 20 digits, spaces, + - . ( )");
  });
  if (out.website) {
    if (!out.website.includes("://")) out.website = `https://${out.website}`;
    if (!isUrl(out.website)) bad("website", "this is not a web address (https://…)");
  }
  out.languages = unique(out.languages ?? [], (l) => l.toLowerCase());
  out.languages.forEach((l, i) => /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(l) || bad(`languages.${i}`, "use a language code such as fr, en or zh-Hans"));
  out.topics = unique(out.topics ?? [], (t) => t.toLowerCase());
  out.tags = unique((out.tags ?? []).map((t) => t.trim().replace(/^#+/, "")), (t) => t.toLowerCase());
  for (const k of ["resonance", "reach", "relevance"] as const) {
    const v = out[k];
    if (v != null && (v < 1 || v > 5)) bad(k, "ratings go from 1 to 5");
  }
  if (out.cadence_days != null && (out.cadence_days < 1 || out.cadence_days > 3650)) bad("cadence_days", "a cadence is between 1 and 3650 days");
  out.channels = (out.channels ?? []).map((c, i) => {
    const ch = { ...c, url: c.url.trim(), handle: c.handle.trim() };
    if (!ch.handle && ch.url) ch.handle = ch.url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
    if (!ch.handle) bad(`channels.${i}.handle`, "a channel needs a handle or a URL");
    else if (/\s/.test(ch.handle) && !NO_SPACE_PLATFORMS.has(ch.platform)) bad(`channels.${i}.handle`, "a handle has no spaces");
    if (ch.url && !isUrl(ch.url)) bad(`channels.${i}.url`, "this is not a web address (https://…)");
    if (ch.as_of !== undefined && ch.as_of.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(ch.as_of.trim())) bad(`channels.${i}.as_of`, "use a date such as 2026-11-22");
    return ch;
  });
  if (errs.length) {
    return { code: "validation", message: errs.map((e) => `${e.field}: ${e.message}`).join("; "), fields: errs };
  }
  return out;
}
