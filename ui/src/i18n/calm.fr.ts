// French messages for the window's calmer side: one notice for the follow-ups that came due, and the bulk bar's "Plus…" menu.
import type { enCalm } from "./calm.en";

export const frCalm: Record<keyof typeof enCalm, string> = {
  "due.single": "À faire maintenant : {title}",
  "due.singleWith": "À faire maintenant : {title} ({people})",
  "due.many.one": "{count} relance à faire",
  "due.many.other": "{count} relances à faire",
  "due.openToday": "Voir Aujourd’hui",
  "bulk.more": "Plus…",
  "menu.back": "Retour",
  "bulk.removeTagNamed": "Retirer l’étiquette « {tag} »",
  "bulk.removeTagHint": "Saisissez d’abord l’étiquette dans la case Étiquette",
  "date.day": "jj",
  "date.month": "mm",
  "date.year": "aaaa",
  "date.time": "Heure",
  "due.openPerson": "Ouvrir",
};
