// French messages for quick capture; typed against capture.en.ts so a missing key fails to compile.
import type { enCapture } from "./capture.en";

export const frCapture: { readonly [K in keyof typeof enCapture]: string } = {
  "capture.title": "Saisie rapide",
  "capture.label": "Noter un échange",
  "capture.placeholder": "Amélie : a adoré le lancement #beauté -> envoyer le dossier vendredi",
  "capture.hint": "Nom : ce qui s’est passé #tag, une date (ven, demain, dans 2 semaines) → relance. Entrée enregistre, Échap ferme.",
  "capture.known": "{name}",
  "capture.new": "+ nouvelle personne : {name}",
  "capture.ambiguous": "« {text} » : qui ?",
  "capture.choose": "Choisissez qui est « {text} »",
  "capture.newInstead": "Une nouvelle personne nommée « {text} »",
  "capture.due": "Relance {when}",
  "capture.todo": "À faire : {title}",
  "capture.atEvent": "À {event} — sera marqué comme rencontré",
  "capture.unlink": "Délier",
  "capture.unlinkLabel": "Ne pas lier {event}",
  "capture.relink": "Lier {event}",
  "capture.saved": "Enregistré pour {people}",
  "capture.savedWithFollowup": "Enregistré pour {people} ; relance {when}",
  "capture.open": "Ouvrir",
  "capture.close": "Fermer",
  "capture.people": "Qui",
  "capture.problemWho": "Qui était-ce ? Commencez par un nom et deux-points (Amélie : …) ou un @identifiant.",
  "capture.problemWhat": "Que s’est-il passé ? Ajoutez quelques mots.",
  "capture.candidates": "Personnes nommées « {text} »",
  "capture.tags": "Tags",
};
