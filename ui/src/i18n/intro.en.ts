// English messages for "Introduced by" on the new-person form: who brought this person to us.

export const enIntro = {
  "intro.section": "Introduction",
  "intro.label": "Introduced by",
  "intro.hint": "Someone already in your book. The connection is saved with the person.",
  "valid.introducer": "That person is no longer in your book: choose who introduced them again.",
} as const;
