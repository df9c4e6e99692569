// French messages for the shell: the sidebar, notifications, the outside-link confirmation; typed against shell.en.ts so a missing key fails to compile.
import type { enShell } from "./shell.en";

export const frShell: { readonly [K in keyof typeof enShell]: string } = {
  "nav.main": "Navigation principale",
  "nav.people": "Personnes",
  "nav.settings": "Réglages",
  "nav.search": "Rechercher",
  "nav.newPerson": "Nouvelle personne",

  "toast.created": "{name} a été ajouté.",
  "toast.saved": "Modifications enregistrées.",
  "toast.archived": "{name} a été archivé.",
  "toast.unarchived": "{name} est de retour dans la liste.",
  "toast.deleted": "{name} a été supprimé.",
  "toast.sampleLoaded.one": "{count} personne d’exemple ajoutée.",
  "toast.sampleLoaded.other": "{count} personnes d’exemple ajoutées.",
  "toast.dismiss": "Fermer",
  "toast.region": "Notifications",

  "nav.today": "Aujourd’hui",

  "link.title": "Ouvrir ce lien dans le navigateur ?",
  "link.open": "Ouvrir dans le navigateur",

  "nav.events": "Événements",
  "nav.city": "Vue par ville",
  "nav.capture": "Saisie rapide",
  "nav.captureTitle": "Saisie rapide ({shortcut})",

  "nav.io": "Import et export",

  "nav.lists": "Listes",
};
