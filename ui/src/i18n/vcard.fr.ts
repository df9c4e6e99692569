// French messages for the vCard export's version choice; typed against vcard.en.ts so a missing key fails to compile.
import type { enVcard } from "./vcard.en";

export const frVcard: { readonly [K in keyof typeof enVcard]: string } = {
  "vcard.version": "Version vCard",
  "vcard.v3": "3.0 — Outlook, Google Contacts, téléphones",
  "vcard.v4": "4.0 — carnets d’adresses récents",
};
