// English messages for a list's and a smart list's printable sheet: the button beside the list's exports and the option in the smart list's export menu.

export const enListSheet = {
  "listSheet.button": "Printable sheet",
  "listSheet.title": "A sheet to print before a show: each person's stage, main channel, last contact, next follow-up and conflicts",
} as const;
