// French messages for a person's job title, birthday and photo, and where their data came from; typed against provenance.en.ts so a missing key fails to compile.
import type { enProvenance } from "./provenance.en";

export const frProvenance: { readonly [K in keyof typeof enProvenance]: string } = {
  "field.title": "Fonction",
  "field.birthday": "Anniversaire",
  "hint.birthday": "1990-04-17, ou --04-17 si l’année est inconnue",
  "valid.birthday": "Indiquez une date comme 1990-04-17, ou --04-17 si l’année est inconnue.",
  "person.titleAt": "{title} chez {employer}",
  "photo.of": "Photo de {name}",
  "photo.add": "Ajouter une photo de {name}",
  "photo.change": "Changer la photo de {name}",
  "photo.remove": "Retirer la photo",
  "photo.saved": "Photo enregistrée.",
  "photo.removed": "Photo retirée.",
  "photo.notImage": "Choisissez une image JPEG, PNG, WebP ou GIF.",
  "photo.tooBig": "Cette image fait {kb} Ko : une photo ne peut dépasser 256 Ko. Choisissez-en une plus légère.",
  "provenance.heading": "D’où viennent ces données",
  "provenance.none": "Saisi à la main : aucun import n’a créé ni modifié cette fiche.",
  "provenance.created": "Créé depuis {file}",
  "provenance.updated": "Mis à jour depuis {file}",
  "provenance.unnamed": "un fichier sans nom",
  "provenance.since": "En relation depuis le {date}",
  "provenance.format.csv": "CSV",
  "provenance.format.vcard": "vCard",
  "provenance.format.workbook": "Classeur",
  "provenance.format.bundle": "Paquet Liaison",
} as const;
