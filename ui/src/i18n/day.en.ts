// English messages for the screens that must tell the truth about time and people: capture lists, this week, times that tick.

export const enDay = {
  "day.unknownHandle": "{text}: no one has this handle",
  "day.problemHandle": "No one has the handle {text}. Correct it, or pick “A new person” below.",
  "day.week": "This week",
  "day.tomorrow": "Tomorrow",
  "day.nothingWeek": "Nothing planned for the next seven days.",
  "day.recoveryTitle": "Recovery key",
  "day.recoveryHint": "The recovery key opens your book if the system keychain is lost. To show it again, Liaison first asks the keychain, or you type the recovery key or passphrase.",
  "day.recoveryShow": "Show the recovery key",
  "day.recoveryAsk": "The system keychain cannot give the key: type the book’s recovery key or passphrase.",
  "day.recoveryWrong": "This does not open your book.",
  "day.recoveryPassphrase": "Your book is opened with a passphrase: it has no recovery key. The passphrase is its key, so keep that safe.",
  "day.copy": "Copy",
  "day.keyCopied": "Recovery key copied. Paste it somewhere safe, then copy something else over it.",
  "day.copyFailed": "The key could not be copied: select it and copy it by hand.",
  "day.keepAgain": "Write it down or print it, and keep it somewhere safe. You can show it again in Settings.",
} as const;
