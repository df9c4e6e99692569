// English messages for the window's calmer side: one notice for the follow-ups that came due, and the bulk bar's "More…" menu.
export const enCalm = {
  "due.single": "Due now: {title}",
  "due.singleWith": "Due now: {title} ({people})",
  "due.many.one": "{count} follow-up due",
  "due.many.other": "{count} follow-ups due",
  "due.openToday": "Open Today",
  "bulk.more": "More…",
  "menu.back": "Back",
  "bulk.removeTagNamed": "Remove tag “{tag}”",
  "bulk.removeTagHint": "Type the tag in the Tag box first",
  "date.day": "dd",
  "date.month": "mm",
  "date.year": "yyyy",
  "date.time": "Time",
  "due.openPerson": "Open",
} as const;
