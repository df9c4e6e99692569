// French messages for search that finds what was typed: the dialog's total, "Show all N in People", the People table's name box; typed against findall.en.ts so a missing key fails to compile.
import type { enFindall } from "./findall.en";

export const frFindall: { readonly [K in keyof typeof enFindall]: string } = {
  "findall.shown": "{shown} sur {total}",
  "findall.shownMore": "{shown} sur plus de {total}",
  "findall.showAllMore": "Tout afficher dans Personnes",
  "findall.showAll.one": "Afficher {count} dans Personnes",
  "findall.showAll.other": "Afficher les {count} dans Personnes",
  "findall.name": "Nom, e-mail ou téléphone",
  "findall.namePlaceholder": "Chercher…",
};
