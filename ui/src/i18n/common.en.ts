// English messages for shared by every screen: the app's name, common words, the core's error codes and field validation.

export const enCommon = {
  "app.name": "Liaison",
  "app.loading": "Opening your book…",

  "error.validation": "Some fields need attention.",
  "error.not_found": "This person no longer exists.",
  "error.database_too_new": "This data was written by a newer version of Liaison. Update the app to open it.",
  "error.database_locked": "The data file is busy in another program. Try again in a moment.",
  "error.database_corrupt": "The data file is damaged and could not be read.",
  "error.read_only": "The data file is read-only, so nothing can be saved.",
  "error.disk_full": "The disk is full, so nothing could be saved.",
  "error.io": "The data folder could not be read or written.",
  "error.wrong_key": "This passphrase or recovery key does not open your data. Nothing was changed.",
  "error.key_required": "Your data is encrypted. Enter its passphrase or recovery key to open it.",
  "error.internal": "Something went wrong.",
  "error.details": "Details: {message}",
  "error.retry": "Try again",

  "valid.display_name": "A name is required: a first name, a last name or a display name.",
  "valid.country": "Use a two-letter ISO country code such as FR, CA or CN.",
  "valid.time_zone": "Use an IANA time zone such as Europe/Paris or America/Montreal.",
  "valid.email": "This is not an e-mail address (name@domain.tld).",
  "valid.phone": "A phone number holds 4 to 20 digits, spaces and + - . ( ) /",
  "valid.url": "This is not a web address (https://…).",
  "valid.language": "“{value}” is not a language code such as fr, en or zh-Hans.",
  "valid.rating": "Ratings go from 1 to 5.",
  "valid.cadence": "A cadence is between 1 and 3650 days.",
  "valid.handleMissing": "A channel needs a handle or a URL.",
  "valid.handleSpaces": "A handle has no spaces on this platform.",
  "valid.date": "Use a date such as 2026-11-22.",
  "valid.wholeNumber": "Enter a whole number.",

  "common.notSet": "Not set",

  "common.cancel": "Cancel",
  "common.undo": "Undo",
  "common.markdownHint": "Markdown: **bold**, *italic*, - lists, [links](https://…)",

  "error.bad_file": "This file could not be read.",
  "error.file_too_new": "This file was written by a newer version of Liaison. Update the app to import it.",
  "error.cancelled": "Cancelled. Nothing was written.",
  "error.confirm_required": "This would overwrite or delete more than half of your records, so nothing was written.",
} as const;
