// French messages for a list's printable sheet; typed against listSheet.en.ts so a missing key fails to compile.
import type { enListSheet } from "./listSheet.en";

export const frListSheet: { readonly [K in keyof typeof enListSheet]: string } = {
  "listSheet.button": "Fiche imprimable",
  "listSheet.title": "Une fiche à imprimer avant un salon : étape, compte principal, dernier contact, prochaine relance et conflits de chacun",
};
