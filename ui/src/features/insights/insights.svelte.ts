// A person's insights asked of the core once per page and shared by the page's two insight parts.
import { ipc } from "../../ipc/ipc";
import type { PersonInsights } from "../../ipc/types";
import { app } from "../../lib/app.svelte";

/**
 * The insights of the person `personId()` names, asked again when the book changes
 * (`app.listVersion`); an answer for a person the page has left is dropped. Call it during a
 * component's initialisation (it starts an effect there).
 */
export function insightsOf(personId: () => string): { readonly value: PersonInsights | null } {
  let value = $state<PersonInsights | null>(null);
  let asked = 0;
  $effect(() => {
    void app.listVersion;
    const id = personId();
    const mine = ++asked;
    void ipc
      .personInsights({ person_id: id })
      .then(
        (v) => v,
        () => null,
      )
      .then((v) => {
        if (mine === asked) value = v;
      });
  });
  return {
    get value() {
      return value;
    },
  };
}
