// A core field error in the reader's language: the core names the rule it broke, the form names its words for that rule.
import type { FieldError } from "../ipc/bindings/FieldError";
import type { FieldRule } from "../ipc/bindings/FieldRule";
import type { MessageKey } from "../i18n/messages";
import { t } from "../i18n/i18n.svelte";

/** The form's words for the rule `f` broke, or the core's own message where the form has none. */
export function fieldMessage(f: FieldError, words: Partial<Record<FieldRule, MessageKey>>): string {
  const key = f.rule ? words[f.rule] : undefined;
  return key ? t(key) : f.message;
}
