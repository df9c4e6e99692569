// One export through the shell's save dialog, as every export button runs it: a job id for progress, a toast with the path.
import { t } from "../../i18n/i18n.svelte";
import { ipc } from "../../ipc/ipc";
import type { ExportSaveReq } from "../../ipc/interchange";
import { errorBodyOf } from "../../ipc/types";
import { toasts } from "../../lib/app.svelte";
import type { Job } from "./job.svelte";

/** Runs the export; answers the saved path, or null when the user cancelled the dialog or it failed (already said). */
export async function exportTo(job: Job, req: Omit<ExportSaveReq, "job">, savedKey: "io.export.saved" | "io.person.dossierSaved" = "io.export.saved"): Promise<string | null> {
  try {
    const path = await job.run((id) => ipc.exportSave({ ...req, job: id }));
    if (path) toasts.show(t(savedKey, { path }));
    return path;
  } catch (e) {
    const body = errorBodyOf(e);
    if (body.code === "cancelled") toasts.show(t("error.cancelled"));
    else toasts.show(`${t(`error.${body.code}`)}${body.message ? ` ${t("error.details", { message: body.message })}` : ""}`, "error");
    return null;
  }
}
