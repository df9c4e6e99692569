// English messages for the Today screen.

export const enToday = {
  "today.title": "Today",
  "today.overdue": "Overdue",
  "today.dueToday": "Due today",
  "today.nothingDue": "Nothing due. Enjoy the quiet.",
  "today.nothingElse": "Nothing else due today.",
  "today.goingCold": "Going cold",
  "today.daysLate.one": "{count} day late",
  "today.daysLate.other": "{count} days late",
  "today.lastContact": "last contact {when}",
  "today.takers": "People we only take from",
  "today.takersHint": "They gave (mentions, shares, content) and got nothing back yet. Give first.",
  "today.noTakers": "No one: every relationship has some give.",

  "today.events": "Events",
  "today.noEvents": "No event in the next two weeks.",
  "today.meetups": "Today's meetups",
  "today.noMeetups": "No meetup today.",
} as const;
