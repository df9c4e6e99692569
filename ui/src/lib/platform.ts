// Which modifier key the shortcuts use and how to print it: ⌘ on macOS, Ctrl elsewhere.
export const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Ctrl or Cmd: people switching machines press either, and neither clashes in this window. */
export function isPrimaryMod(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey;
}

export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl ${key}`;
}

export function shortcutAria(key: string): string {
  return isMac ? `Meta+${key}` : `Control+${key}`;
}
