// The country codes the core accepts, asked once and shared by every person form (suggestions and the name hint).
import { ipc } from "../ipc/ipc";

class CountryCodes {
  /** Sorted ISO 3166-1 alpha-2 codes; empty until the core answers. */
  codes: readonly string[] = $state([]);
  private asked: Promise<void> | null = null;

  /** Asks the core the first time; until it answers (or if it fails) a form just offers no suggestions. */
  load(): Promise<void> {
    this.asked ??= ipc.countryList().then(
      (codes) => {
        this.codes = codes;
      },
      () => {
        // Typing a code still works and the core still checks it; the next form asks again.
        this.asked = null;
      },
    );
    return this.asked;
  }
}

export const countries = new CountryCodes();
