// English messages for the export files' options: what the CSV files are set to by default in this language.

export const enExports = {
  "exports.csvDefault": "Set for spreadsheets in English: commas, plain UTF-8. Tick both for French Excel.",
} as const;
