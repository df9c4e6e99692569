// English messages for the search dialog.

export const enSearch = {
  "search.title": "Search people",
  "search.label": "Search people",
  "search.placeholder": "Name, handle, e-mail, phone, city, topic…",
  "search.results": "Results",
  "search.noResults": "No one found for “{query}”.",
  "search.hint": "↑ ↓ to move · Enter to open · Esc to close",
  "search.typeToSearch": "Type a name, a handle, a city or a topic.",

  "search.peopleGroup": "People",
  "search.textGroup": "In interactions and notes",
  "search.note": "Note",
  "search.interaction": "Interaction",
} as const;
