// One running import or export: its id for progress events and cancel, and whether it has run long enough to show a bar.
import { ipc, onJobProgress } from "../../ipc/ipc";
import type { JobProgress } from "../../ipc/interchange";
import { PROGRESS_AFTER_MS, newJobId } from "./report";

export class Job {
  running = $state(false);
  /** True once the job has run past PROGRESS_AFTER_MS: quick jobs never flash a bar. */
  slow = $state(false);
  progress: JobProgress | null = $state(null);
  cancelling = $state(false);
  private id = "";

  async run<T>(work: (job: string) => Promise<T>): Promise<T> {
    const id = newJobId();
    this.id = id;
    this.running = true;
    this.slow = false;
    this.cancelling = false;
    this.progress = null;
    const timer = setTimeout(() => {
      if (this.id === id) this.slow = true;
    }, PROGRESS_AFTER_MS);
    const stop = onJobProgress((p) => {
      if (p.job === id) this.progress = p;
    }).catch(() => undefined);
    try {
      return await work(id);
    } finally {
      clearTimeout(timer);
      void stop.then((un) => un?.());
      if (this.id === id) {
        this.running = false;
        this.slow = false;
      }
    }
  }

  /** Asks the shell to stop; the job then rejects with `cancelled` and has written nothing. */
  async cancel(): Promise<void> {
    if (!this.running || this.cancelling) return;
    this.cancelling = true;
    try {
      await ipc.importCancel({ job: this.id });
    } catch {
      // The job may have finished in the meantime; its own answer says what happened.
    }
  }
}
