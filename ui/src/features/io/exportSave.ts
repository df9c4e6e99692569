// One export through the shell's save dialog, as every export button runs it: a job id for progress, a toast with the path, the language's CSV settings.
import { i18n, t } from "../../i18n/i18n.svelte";
import type { Locale } from "../../i18n/i18n.svelte";
import { ipc } from "../../ipc/ipc";
import type { ExportSaveReq } from "../../ipc/interchange";
import { errorBodyOf } from "../../ipc/types";
import { toasts } from "../../lib/app.svelte";
import type { Job } from "./job.svelte";

/** The CSV settings a language starts from: French Excel splits on `;` and reads a file without a byte order mark as Windows-1252, so French gets both; every other spreadsheet opens plain UTF-8 with commas. (The core's `CsvExportOptions::for_language` says the same for the CLI.) */
export function csvDefaults(locale: Locale): { bom: boolean; semicolon: boolean } {
  const french = locale === "fr";
  return { bom: french, semicolon: french };
}

/** Runs the export (a CSV one the language's settings unless the request says otherwise); answers the saved path, or null when the user cancelled the dialog or it failed (already said). */
export async function exportTo(job: Job, req: Omit<ExportSaveReq, "job">, savedKey: "io.export.saved" | "io.person.dossierSaved" = "io.export.saved"): Promise<string | null> {
  try {
    const csv = req.kind.endsWith("_csv") ? csvDefaults(i18n.locale) : {};
    // A dossier is written in the app's language; other exports ignore `lang`.
    const path = await job.run((id) => ipc.exportSave({ ...csv, lang: i18n.locale, ...req, job: id }));
    if (path) toasts.show(t(savedKey, { path }));
    return path;
  } catch (e) {
    const body = errorBodyOf(e);
    if (body.code === "cancelled") toasts.show(t("error.cancelled"));
    else toasts.show(`${t(`error.${body.code}`)}${body.message ? ` ${t("error.details", { message: body.message })}` : ""}`, "error");
    return null;
  }
}
