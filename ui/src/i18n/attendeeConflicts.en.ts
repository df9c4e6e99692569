// English messages for conflicts where an event's attendees are listed: the flag on each line and the count above them.

export const enAttendeeConflicts = {
  "whoConflict.count.one": "{count} attendee has a conflict: read their line before saying hello.",
  "whoConflict.count.other": "{count} attendees have a conflict: read their lines before saying hello.",
  "whoConflict.competitor": "{kind} of a competitor: {brand} ({dates})",
  "whoConflict.exclusive": "Exclusive with {brand} ({dates})",
  "whoConflict.do_not_contact": "Do not contact",
} as const;
