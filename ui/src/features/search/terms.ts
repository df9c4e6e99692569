// Whether a query may go to the text index: every term needs 3+ letters (shorter ones match too much).
export function textSearchable(query: string): boolean {
  const terms = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return terms.length > 0 && terms.every((w) => [...w].length >= 3);
}
