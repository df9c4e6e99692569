// French messages for contact exports brought in (issue 14); typed against sources.en.ts so a missing key fails to compile.
import type { enSources } from "./sources.en";

export const frSources: { readonly [K in keyof typeof enSources]: string } = {
  "io.field.middle_name": "Deuxième prénom",
  "io.field.title": "Fonction",
  "io.field.birthday": "Date de naissance",
  "io.field.connected_on": "En relation depuis",
  "io.bundle.mergesApplied.one": "{count} fusion de deux personnes faite par votre collègue a aussi été faite ici",
  "io.bundle.mergesApplied.other": "{count} fusions de deux personnes faites par votre collègue ont aussi été faites ici",
  "io.field.nickname": "Surnom (aussi appelé)",
  "io.field.photo_link": "Lien de photo (gardé comme lien)",
  "sources.warnings": "Gardé tel quel",
  "sources.warningsHint": "Ces valeurs n’ont pas pu être lues\u00a0: chacune est gardée dans une note sur la personne, et la ligne a été importée.",
  "sources.column": "Colonne",
  "sources.kept": "Ce qui s’est passé",
  "sources.warnMore.one": "…et {count} autre valeur gardée telle quelle.",
  "sources.warnMore.other": "…et {count} autres valeurs gardées telles quelles.",
  "sources.merges": "Déjà connus",
  "sources.mergedWith": "Même personne que",
  "sources.by": "Reconnu par",
  "sources.by.email": "e-mail",
  "sources.by.handle": "profil",
  "sources.by.phone": "numéro de téléphone",
  "sources.earlierRow": "{name} (ligne {line} de ce fichier)",
  "sources.mergeMore.one": "…et {count} autre ligne déjà connue.",
  "sources.mergeMore.other": "…et {count} autres lignes déjà connues.",
};
