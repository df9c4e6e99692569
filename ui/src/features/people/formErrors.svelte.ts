// Turns a failed save into what the form shows: messages on inputs, a summary, or a general failure.
import { tick } from "svelte";
import { errorBodyOf, type ErrorBody } from "../../ipc/types";
import { t } from "../../i18n/i18n.svelte";
import type { Built, PersonDraft } from "./draft";
import { placeErrors } from "./fieldErrors";

export interface FormErrors {
  byPath: Record<string, string>;
  unplaced: string[];
  failure: ErrorBody | null;
}

export const noErrors = (): FormErrors => ({ byPath: {}, unplaced: [], failure: null });

/** Problems found before sending (numbers that are not numbers). */
export function localErrors(built: Built): FormErrors | null {
  const entries = Object.entries(built.local);
  if (!entries.length) return null;
  return { byPath: Object.fromEntries(entries.map(([path, key]) => [path, t(key)])), unplaced: [], failure: null };
}

/** A rejected save: validation lands on inputs (by path), anything else is a general failure. */
export function errorsFrom(e: unknown, draft: PersonDraft, built: Built): FormErrors {
  const body = errorBodyOf(e);
  if (body.code !== "validation" || body.fields.length === 0) return { byPath: {}, unplaced: [], failure: body };
  const placed = placeErrors(body.fields, draft, built.sent, (key, fe, params) => (key ? t(key, params) : fe.message));
  return { ...placed, failure: null };
}

/** Takes the keyboard to the first wrong input, so the fix starts where the eye goes. */
export async function focusFirstError(root: ParentNode = document): Promise<void> {
  await tick();
  const el = root.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
  if (el) {
    el.focus();
    el.scrollIntoView({ block: "center" });
  }
}
