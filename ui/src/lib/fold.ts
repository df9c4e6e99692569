// Accent- and case-folding, the same idea as the core's search, for client-side matching and sorting keys.
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Words as the search splits them: letters and digits, folded. */
export function words(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
