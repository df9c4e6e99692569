// A file dropped on the window, waiting for the import screen to take it (App routes there first).
import type { FileDropped } from "../ipc/ipc";

class Dropped {
  file: FileDropped | null = $state(null);

  /** The waiting file, once. */
  take(): FileDropped | null {
    const f = this.file;
    this.file = null;
    return f;
  }
}

export const dropped = new Dropped();
