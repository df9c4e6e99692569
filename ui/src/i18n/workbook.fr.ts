// French messages for workbooks in the import; typed against workbook.en.ts so a missing key fails to compile.
import type { enWorkbook } from "./workbook.en";

export const frWorkbook: { readonly [K in keyof typeof enWorkbook]: string } = {
  "workbook.filter": "Tableurs (CSV, Excel, LibreOffice)",
  "workbook.readAs": "Lu comme un classeur {format}.",
  "workbook.sheet": "Feuille",
  "workbook.sheetHint": "Les personnes sont peut-être sur une autre feuille\u00a0: choisissez-la ici.",
};
