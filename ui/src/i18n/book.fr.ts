// French messages for working the book; typed against book.en.ts so a missing key fails to compile.
import type { enBook } from "./book.en";

export const frBook: { readonly [K in keyof typeof enBook]: string } = {
  "book.smart.actions": "Actions de la liste intelligente",
  "book.smart.rename": "Renommer",
  "book.smart.renameTitle": "Renommer la liste intelligente",
  "book.smart.renameSave": "Renommer",
  "book.smart.resave": "Enregistrer les filtres actuels",
  "book.smart.resaveTitle": "Enregistrer les filtres et l’ordre affichés dans « {name} »",
  "book.smart.resaved": "« {name} » contient maintenant {count} personnes",
  "book.smart.renamed": "Renommée « {name} »",
  "book.smart.delete": "Supprimer",
  "book.smart.deleteTitle": "Supprimer la liste intelligente « {name} » ?",
  "book.smart.deleteBody": "Seul le filtre enregistré disparaît : personne ne quitte le carnet.",
  "book.smart.deleteConfirm": "Supprimer la liste",
  "book.smart.deleteCancel": "La garder",
  "book.smart.deleted": "Liste intelligente « {name} » supprimée",
  "book.export": "Exporter…",
  "book.exportCsv": "CSV",
  "book.exportVcard": "vCard",
  "book.exportBundle": "Paquet pour un collègue",
  "book.existing.title": "Déjà dans votre carnet ?",
  "book.existing.handle": "Même identifiant {platform}",
  "book.existing.phone": "Même numéro de téléphone",
  "book.existing.email": "Même adresse e-mail",
  "book.existing.name": "Nom proche",
  "book.existing.open": "Ouvrir {name}",
};
