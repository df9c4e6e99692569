// Puts each of the core's field errors (`emails.1`, `channels.0.handle`) on the input that caused it.
import type { FieldError } from "../../ipc/types";
import type { MessageKey } from "../../i18n/messages";
import type { PersonDraft, SentMap } from "./draft";

/** The draft path of the input a core path refers to, or null when no input matches. */
export function draftPath(field: string, sent: SentMap): string | null {
  const [head, idx, rest] = field.split(".");
  const n = idx === undefined ? NaN : Number(idx);
  switch (head) {
    case "emails":
    case "phones": {
      const at = sent[head][n];
      return at === undefined ? null : `${head}.${at}`;
    }
    case "languages":
      return "languages";
    case "channels": {
      const at = sent.channels[n];
      if (at === undefined) return null;
      return rest ? `channels.${at}.${rest}` : `channels.${at}.handle`;
    }
    case "first_name": case "last_name": case "display_name": case "pronouns": case "kind": case "stage":
    case "bio": case "topics": case "tags": case "city": case "country": case "time_zone": case "website":
    case "employer": case "title": case "birthday": case "motivations": case "compensation": case "values_note": case "objectives":
    case "resonance": case "reach": case "relevance": case "cadence_days": case "source": case "consent_note":
    case "introduced_by":
      return head;
    default:
      return null;
  }
}

/** The catalogue message for a core rule, chosen by where it failed (never by its English text). */
export function messageKeyFor(field: string, draft: PersonDraft, sent: SentMap): MessageKey | null {
  const [head, idx, rest] = field.split(".");
  switch (head) {
    case "display_name": return "valid.display_name";
    case "country": return "valid.country";
    case "time_zone": return "valid.time_zone";
    case "emails": return "valid.email";
    case "phones": return "valid.phone";
    case "website": return "valid.url";
    case "languages": return "valid.language";
    case "resonance": case "reach": case "relevance": return "valid.rating";
    case "cadence_days": return "valid.cadence";
    case "birthday": return "valid.birthday";
    case "introduced_by": return "valid.introducer";
    case "channels": {
      if (rest === "url") return "valid.url";
      if (rest === "as_of") return "valid.date";
      if (rest === "handle") {
        const c = draft.channels[sent.channels[Number(idx)] ?? -1];
        return c && !c.handle.trim() && !c.url.trim() ? "valid.handleMissing" : "valid.handleSpaces";
      }
      return null;
    }
    default: return null;
  }
}

export interface PlacedErrors {
  /** Draft path → message, the first message per input winning. */
  byPath: Record<string, string>;
  /** Messages with no input to sit next to, shown at the top of the form. */
  unplaced: string[];
}

export function placeErrors(
  fields: readonly FieldError[],
  draft: PersonDraft,
  sent: SentMap,
  message: (key: MessageKey | null, fe: FieldError, params: Record<string, string>) => string,
): PlacedErrors {
  const out: PlacedErrors = { byPath: {}, unplaced: [] };
  for (const fe of fields) {
    const path = draftPath(fe.field, sent);
    const params: Record<string, string> = {};
    if (fe.field.startsWith("languages.")) params.value = sent.languages[Number(fe.field.split(".")[1])] ?? "";
    const text = message(messageKeyFor(fe.field, draft, sent), fe, params);
    if (path === null) out.unplaced.push(text);
    else if (!(path in out.byPath)) out.byPath[path] = text;
  }
  return out;
}

/** DOM id of the input for a draft path; the form and the focus-first-error logic share it. */
export function inputId(path: string): string {
  return `f-${path.replace(/\./g, "-")}`;
}
