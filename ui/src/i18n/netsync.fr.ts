// French messages for the network in capture and forms; typed against netsync.en.ts so a missing key fails to compile.

import type { enNetsync } from "./netsync.en";

export const frNetsync: { readonly [K in keyof typeof enNetsync]: string } = {
  "netsync.via": "mise en relation par {name}",
  "netsync.problemVia": "Personne ici ne s’appelle « {text} » (après « via ») : ajoutez cette personne d’abord, ou corrigez le nom.",
  "netsync.problemViaEmpty": "Qui a fait les présentations ? Écrivez son nom après « via », comme dans Amélie (via Kwame) : …",
  "netsync.editColleague": "Modifier {name}",
  "netsync.colleagueSaved": "Fiche de {name} enregistrée",
  "netsync.save": "Enregistrer",
  "netsync.cancel": "Annuler",
};
