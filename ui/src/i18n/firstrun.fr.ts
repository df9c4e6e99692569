// French messages for the first run, on an empty book; typed against firstrun.en.ts so a missing key fails to compile.
import type { enFirstrun } from "./firstrun.en";

export const frFirstrun: { readonly [K in keyof typeof enFirstrun]: string } = {
  "firstrun.title": "Bienvenue dans Liaison",
  "firstrun.body": "Gardez le fil de chaque relation avec les personnes qui parlent de votre marque : qui elles sont, où elles publient, ce qui compte pour elles et où vous en êtes. Tout reste sur cet ordinateur.",
  "firstrun.add": "Ajouter une personne",
  "firstrun.sample": "Charger des exemples",
  "firstrun.sampleHint": "Quarante personnes fictives, en plusieurs langues, pour faire le tour. Supprimez-les quand vous voulez.",
  "firstrun.loading": "Ajout des exemples…",
};
