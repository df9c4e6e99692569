// French messages for the day's truths; typed against day.en.ts so a missing key fails to compile.
import type { enDay } from "./day.en";

export const frDay: { readonly [K in keyof typeof enDay]: string } = {
  "day.unknownHandle": "{text} : personne n’a ce pseudo",
  "day.problemHandle": "Personne n’a le pseudo {text}. Corrigez-le, ou choisissez « Une nouvelle personne » ci-dessous.",
  "day.week": "Cette semaine",
  "day.tomorrow": "Demain",
  "day.nothingWeek": "Rien de prévu pour les sept prochains jours.",
};
