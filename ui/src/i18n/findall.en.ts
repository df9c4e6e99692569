// English messages for search that finds what was typed: the dialog's total, "Show all N in People", the People table's name box.

export const enFindall = {
  "findall.shown": "{shown} of {total}",
  "findall.shownMore": "{shown} of more than {total}",
  "findall.showAllMore": "Show all in People",
  "findall.showAll.one": "Show {count} in People",
  "findall.showAll.other": "Show all {count} in People",
  "findall.name": "Name, e-mail or phone",
  "findall.namePlaceholder": "Find…",
} as const;
