// English messages for the screens that must tell the truth about time and people: capture lists, this week, times that tick.

export const enDay = {
  "day.unknownHandle": "{text}: no one has this handle",
  "day.problemHandle": "No one has the handle {text}. Correct it, or pick “A new person” below.",
  "day.week": "This week",
  "day.tomorrow": "Tomorrow",
  "day.nothingWeek": "Nothing planned for the next seven days.",
} as const;
