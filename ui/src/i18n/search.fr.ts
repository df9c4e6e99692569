// French messages for the search dialog; typed against search.en.ts so a missing key fails to compile.
import type { enSearch } from "./search.en";

export const frSearch: { readonly [K in keyof typeof enSearch]: string } = {
  "search.title": "Rechercher des personnes",
  "search.label": "Rechercher des personnes",
  "search.placeholder": "Nom, identifiant, e-mail, téléphone, ville, sujet…",
  "search.results": "Résultats",
  "search.noResults": "Personne ne correspond à « {query} ».",
  "search.hint": "↑ ↓ pour se déplacer · Entrée pour ouvrir · Échap pour fermer",
  "search.typeToSearch": "Saisissez un nom, un identifiant, une ville ou un sujet.",

  "search.peopleGroup": "Personnes",
  "search.textGroup": "Dans les échanges et les notes",
  "search.note": "Note",
  "search.interaction": "Échange",
};
