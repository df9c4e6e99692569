// What the quick-capture preview says in words: the follow-up date, who needs choosing, and the choices made.
import type { CaptureChoice, CapturePerson, CapturePreview } from "../../ipc/types";
import { formatWallTime } from "../events/eventFormat";

/** "Fri 27 Nov, 09:00": the follow-up's wall time in the user's zone, as the preview promises it. */
export function formatDue(dueLocal: string, locale: string, now: Date = new Date()): string {
  return formatWallTime(dueLocal, locale, now);
}

/** The first name typed that matches several people (or handle that matches no one, whose only
 * choice is a new person), the one Enter and ↑/↓ work on. */
export function pendingChoice(p: CapturePreview | null): CapturePerson | null {
  return p?.people.find((x) => !x.person && !x.is_new) ?? null;
}

/** The choices with this name resolved (a later pick for the same name replaces an earlier one). */
export function choose(choices: readonly CaptureChoice[], text: string, personId: string): CaptureChoice[] {
  return [...choices.filter((c) => c.text.toLocaleLowerCase() !== text.toLocaleLowerCase()), { text, person_id: personId }];
}

/** Choices for names no longer in the line would confuse a later line: keep only the ones still typed. */
export function keepChoices(choices: readonly CaptureChoice[], p: CapturePreview): CaptureChoice[] {
  const typed = new Set(p.people.map((x) => x.text.toLocaleLowerCase()));
  return choices.filter((c) => typed.has(c.text.toLocaleLowerCase()));
}

/** Saving is possible: someone named, nothing left to choose, no problem reported. */
export function canSave(p: CapturePreview | null): boolean {
  return !!p && p.problems.length === 0 && !pendingChoice(p);
}
