// The app's one door to the Tauri shell: a typed function per command, each taking the single `req`.
import { invoke } from "@tauri-apps/api/core";
import { IpcError, normaliseError } from "./errors";
import type { AppInfo } from "./bindings/AppInfo";
import type { Person } from "./bindings/Person";
import type { PersonArchiveReq } from "./bindings/PersonArchiveReq";
import type { PersonCreateReq } from "./bindings/PersonCreateReq";
import type { PersonDeleteReq } from "./bindings/PersonDeleteReq";
import type { PersonGetReq } from "./bindings/PersonGetReq";
import type { PersonListReq } from "./bindings/PersonListReq";
import type { PersonPage } from "./bindings/PersonPage";
import type { PersonSaved } from "./bindings/PersonSaved";
import type { PersonSummary } from "./bindings/PersonSummary";
import type { PersonUpdateReq } from "./bindings/PersonUpdateReq";
import type { SampleLoadReq } from "./bindings/SampleLoadReq";
import type { SearchReq } from "./bindings/SearchReq";

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (raw) {
    throw new IpcError(normaliseError(raw));
  }
}

export const ipc = {
  personCreate: (req: PersonCreateReq) => call<PersonSaved>("person_create", { req }),
  personGet: (req: PersonGetReq) => call<Person>("person_get", { req }),
  personUpdate: (req: PersonUpdateReq) => call<PersonSaved>("person_update", { req }),
  personArchive: (req: PersonArchiveReq) => call<Person>("person_archive", { req }),
  personDelete: (req: PersonDeleteReq) => call<null>("person_delete", { req }),
  personList: (req: PersonListReq) => call<PersonPage>("person_list", { req }),
  personSearch: (req: SearchReq) => call<PersonSummary[]>("person_search", { req }),
  appInfo: () => call<AppInfo>("app_info"),
  sampleLoad: (req: SampleLoadReq) => call<number>("sample_load", { req }),
};

export type Ipc = typeof ipc;
