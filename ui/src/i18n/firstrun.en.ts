// English messages for the first run, on an empty book.

export const enFirstrun = {
  "firstrun.title": "Welcome to Liaison",
  "firstrun.body": "Keep every relationship with the people who talk about your brand: who they are, where they publish, what they care about and how things stand. Everything stays on this computer.",
  "firstrun.add": "Add a person",
  "firstrun.sample": "Load sample data",
  "firstrun.sampleHint": "Forty made-up people in many languages, to look around. Delete them whenever you like.",
  "firstrun.loading": "Adding sample people…",
} as const;
