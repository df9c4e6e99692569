// French messages for notes on a person; typed against notes.en.ts so a missing key fails to compile.
import type { enNotes } from "./notes.en";

export const frNotes: { readonly [K in keyof typeof enNotes]: string } = {
  "notes.title": "Notes",
  "notes.add": "Ajouter une note",
  "notes.edit": "Modifier la note",
  "notes.delete": "Supprimer la note",
  "notes.pin": "Épingler la note",
  "notes.unpin": "Désépingler la note",
  "notes.pinLabel": "Épinglée",
  "notes.pinned": "Épinglée",
  "notes.note": "Note",
  "notes.pinnedNote": "Note épinglée",
  "notes.body": "Texte de la note",
  "notes.save": "Enregistrer la note",
  "notes.none": "Pas encore de note.",
  "notes.empty": "Une note a besoin de texte.",
  "notes.deletedToast": "Note supprimée",
};
