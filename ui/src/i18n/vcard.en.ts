// English messages for the vCard export's version choice (3.0 for Outlook and Google, 4.0 on request).

export const enVcard = {
  "vcard.version": "vCard version",
  "vcard.v3": "3.0 — Outlook, Google Contacts, phones",
  "vcard.v4": "4.0 — newer address books",
} as const;
