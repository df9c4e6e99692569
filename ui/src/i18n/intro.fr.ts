// French messages for "Introduced by" on the new-person form; typed against intro.en.ts so a missing key fails to compile.

import type { enIntro } from "./intro.en";

export const frIntro: { readonly [K in keyof typeof enIntro]: string } = {
  "intro.section": "Mise en relation",
  "intro.label": "Par l’intermédiaire de",
  "intro.hint": "Une personne déjà dans votre carnet. Le lien est enregistré avec la fiche.",
  "valid.introducer": "Cette personne n’est plus dans votre carnet : choisissez de nouveau qui a fait les présentations.",
};
