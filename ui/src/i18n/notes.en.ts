// English messages for notes on a person.

export const enNotes = {
  "notes.title": "Notes",
  "notes.add": "Add note",
  "notes.edit": "Edit note",
  "notes.delete": "Delete note",
  "notes.pin": "Pin note",
  "notes.unpin": "Unpin note",
  "notes.pinLabel": "Pinned",
  "notes.pinned": "Pinned",
  "notes.note": "Note",
  "notes.pinnedNote": "Pinned note",
  "notes.body": "Note text",
  "notes.save": "Save note",
  "notes.none": "No notes yet.",
  "notes.empty": "A note needs some text.",
  "notes.deletedToast": "Note deleted",
} as const;
