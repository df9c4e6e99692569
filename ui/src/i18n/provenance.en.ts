// English messages for a person's job title, birthday and photo, and where their data came from (the imports that created or changed them).

export const enProvenance = {
  "field.title": "Job title",
  "field.birthday": "Birthday",
  "hint.birthday": "1990-04-17, or --04-17 when the year is unknown",
  "valid.birthday": "Use a date such as 1990-04-17, or --04-17 when the year is unknown.",
  "person.titleAt": "{title} at {employer}",
  "photo.of": "Photo of {name}",
  "provenance.heading": "Where this came from",
  "provenance.none": "Added by hand: no import created or changed this record.",
  "provenance.created": "Created from {file}",
  "provenance.updated": "Updated from {file}",
  "provenance.unnamed": "an unnamed file",
  "provenance.since": "In contact since {date}",
  "provenance.format.csv": "CSV",
  "provenance.format.vcard": "vCard",
  "provenance.format.workbook": "Workbook",
  "provenance.format.bundle": "Liaison bundle",
} as const;
