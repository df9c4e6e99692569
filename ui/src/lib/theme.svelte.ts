// Light or dark from the OS (prefers-color-scheme), with an optional override kept in localStorage.

export type ThemePref = "system" | "light" | "dark";
export const THEMES: ThemePref[] = ["system", "light", "dark"];
const STORAGE_KEY = "liaison.theme";

function stored(): ThemePref {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === "light" || v === "dark" ? v : "system";
  } catch {
    return "system";
  }
}

class Theme {
  pref: ThemePref = $state(stored());
  private media: MediaQueryList | null = null;

  /** Applies the theme and follows OS changes live while the preference is "system". */
  start(): void {
    this.media = window.matchMedia("(prefers-color-scheme: dark)");
    this.media.addEventListener("change", () => this.apply());
    this.apply();
  }

  set(pref: ThemePref): void {
    this.pref = pref;
    try {
      if (pref === "system") localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, pref);
    } catch {
      // Not persisted; applies for this session only.
    }
    this.apply();
  }

  private apply(): void {
    const dark = this.pref === "dark" || (this.pref === "system" && (this.media?.matches ?? false));
    document.documentElement.dataset.theme = dark ? "dark" : "light";
  }
}

export const theme = new Theme();
