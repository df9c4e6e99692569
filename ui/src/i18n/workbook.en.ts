// English messages for workbooks in the import: the file picker, the sheet chooser, what a workbook was read as.
export const enWorkbook = {
  "workbook.filter": "Spreadsheets (CSV, Excel, LibreOffice)",
  "workbook.readAs": "Read as an {format} workbook.",
  "workbook.sheet": "Sheet",
  "workbook.sheetHint": "The people may be on another sheet: choose it here.",
} as const;
