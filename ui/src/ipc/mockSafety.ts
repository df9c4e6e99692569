// Dev-only: the key and the safety net against the fake book — a locked book (`?mock=locked`, `?mock=newlocked`), a recovery key once (`&recovery=1`), backups and the check.
import type { BackupInfo } from "./bindings/BackupInfo";
import type { CheckReport } from "./bindings/CheckReport";
import type { ErrorBody } from "./bindings/ErrorBody";
import type { UnlockStatus } from "./bindings/UnlockStatus";
import { NOT_MINE } from "./mockEventsCommands";

/** The passphrase that opens `?mock=locked`; anything else is a wrong key. */
export const MOCK_PASSPHRASE = "correct horse battery";
const MOCK_RECOVERY_KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST-UVWX";

const fail = (code: ErrorBody["code"], message: string, field?: string): ErrorBody => ({
  code,
  message,
  fields: field ? [{ field, message }] : [],
});

export class SafetyBook {
  locked: boolean;
  newBook: boolean;
  private recovery: string | null;
  backups: BackupInfo[] = [];
  private made = 0;

  constructor(params: URLSearchParams) {
    const spec = params.get("mock") ?? "";
    this.locked = spec === "locked" || spec === "newlocked";
    this.newBook = spec === "newlocked";
    this.recovery = params.get("recovery") === "1" ? MOCK_RECOVERY_KEY : null;
    const day = 86_400_000;
    this.backups = [this.info(new Date(Date.now() - day), "daily"), this.info(new Date(Date.now() - 3 * day), "before-import")];
  }

  private info(at: Date, reason: string): BackupInfo {
    const stamp = at.toISOString().replace(/[-:]/g, "").slice(0, 15);
    return { name: `liaison-${stamp}-${reason}-${++this.made}.db`, taken_at: at.toISOString(), reason, bytes: 182_272 + this.made * 4096 };
  }

  status(): UnlockStatus {
    if (!this.locked) return { state: "open", new_book: false, reason: null, message: "" };
    return {
      state: "key_required",
      new_book: this.newBook,
      reason: "no_keychain",
      message: "the database ~/.local/share/liaison/liaison.db needs its passphrase or recovery key: the system keychain cannot be used: no Secret Service",
    };
  }

  unlock(secret: string): null {
    if (!this.locked) return null;
    if (this.newBook && [...secret].length < 8) throw fail("validation", "a new passphrase needs at least 8 characters", "secret");
    if (!this.newBook && secret !== MOCK_PASSPHRASE) {
      throw fail("wrong_key", "the key does not open the database ~/.local/share/liaison/liaison.db (the file was not changed)");
    }
    this.locked = false;
    return null;
  }

  take(): string | null {
    const k = this.recovery;
    this.recovery = null;
    return k;
  }

  create(reason = "manual"): BackupInfo {
    const b = this.info(new Date(), reason);
    this.backups = [b, ...this.backups];
    return b;
  }

  restore(name: string): BackupInfo {
    if (!this.backups.some((b) => b.name === name)) throw fail("not_found", `backup ${name} was not found`);
    return this.create("before-restore");
  }

  check(): CheckReport {
    return { ok: true, checks: ["integrity", "foreign_keys", "search", "interactions", "figures", "followups"], problems: [] };
  }
}

/** Answers the safety commands, and refuses every other one with `key_required` while locked. */
export function safetyCommand(book: SafetyBook, cmd: string, req: unknown): unknown {
  switch (cmd) {
    case "unlock_status":
      return book.status();
    case "unlock":
      return book.unlock((req as { secret: string }).secret);
  }
  if (book.locked) throw fail("key_required", book.status().message);
  switch (cmd) {
    case "recovery_key_take":
      return book.take();
    case "backup_list":
      return structuredClone(book.backups);
    case "backup_create":
      return book.create();
    case "backup_restore":
      return book.restore((req as { name: string }).name);
    case "book_check":
      return book.check();
    default:
      return NOT_MINE;
  }
}
