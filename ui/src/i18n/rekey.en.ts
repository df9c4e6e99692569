// English messages for changing the passphrase of a book opened with one.

export const enRekey = {
  "rekey.title": "Passphrase",
  "rekey.hint": "For a book opened with a passphrase. Liaison copies the book under the new passphrase and puts it in place only once the copy is checked; backups taken before keep the old passphrase.",
  "rekey.current": "Current passphrase",
  "rekey.new": "New passphrase",
  "rekey.confirm": "New passphrase again",
  "rekey.change": "Change the passphrase",
  "rekey.changing": "Changing…",
  "rekey.mismatch": "The two new passphrases differ.",
  "rekey.tooShort": "A new passphrase needs at least {n} characters.",
  "rekey.wrongCurrent": "This is not the book’s current passphrase.",
  "rekey.keychain": "Your book’s key is kept in the system keychain: it has no passphrase to change. Its recovery key is below.",
  "rekey.done": "Passphrase changed. Use the new one from now on.",
  "rekey.same": "The new passphrase is the current one.",
  "rekey.recoveryShape": "This has the shape of a recovery key: choose words you can remember.",
} as const;
