// The display name a person gets from their first and last names, and when an edit should follow it.

/** "Amélie Dubois": the names that are filled, one space apart, as the core derives it. */
export function derivedName(first: string, last: string): string {
  return [first.trim(), last.trim()].filter(Boolean).join(" ");
}

/**
 * The display name after the first or last name changed: it follows the names while it was
 * the one derived from them (so "Amélie Dubois" becomes "Amélia Dubois"); a name typed by
 * hand ("Amélie D. (Paris)") or left empty for the core to derive stays as it is.
 */
export function followNames(display: string, before: { first: string; last: string }, after: { first: string; last: string }): string {
  const was = derivedName(before.first, before.last);
  if (display.trim() === "" || display.trim() !== was) return display;
  return derivedName(after.first, after.last) || display;
}
