// Re-exports the generated bindings under one import path, so features never reach into bindings/.
export type { AppInfo } from "./bindings/AppInfo";
export type { ArchivedFilter } from "./bindings/ArchivedFilter";
export type { Channel } from "./bindings/Channel";
export type { ChannelInput } from "./bindings/ChannelInput";
export type { DuplicateWarning } from "./bindings/DuplicateWarning";
export type { Person } from "./bindings/Person";
export type { PersonFilter } from "./bindings/PersonFilter";
export type { PersonInput } from "./bindings/PersonInput";
export type { PersonKind } from "./bindings/PersonKind";
export type { PersonListReq } from "./bindings/PersonListReq";
export type { PersonPage } from "./bindings/PersonPage";
export type { PersonPatch } from "./bindings/PersonPatch";
export type { PersonSaved } from "./bindings/PersonSaved";
export type { PersonSort } from "./bindings/PersonSort";
export type { PersonSummary } from "./bindings/PersonSummary";
export type { Platform } from "./bindings/Platform";
export type { Stage } from "./bindings/Stage";
export type { ErrorBody, ErrorCode, FieldError } from "./errors";
export { IpcError, errorBodyOf } from "./errors";

import type { PersonKind } from "./bindings/PersonKind";
import type { Platform } from "./bindings/Platform";
import type { Stage } from "./bindings/Stage";

// Ordered as the domain presents them (the progression first); `satisfies` catches a new variant.
export const KINDS = [
  "consumer_advocate",
  "opinion_leader",
  "celebrity",
  "employee_ambassador",
  "b2b_independent",
  "b2b_employee",
  "journalist",
  "reporter_influencer",
  "other",
] as const satisfies readonly PersonKind[];

export const STAGES = [
  "identified",
  "contacted",
  "engaged",
  "collaborating",
  "ambassador",
  "paused",
  "do_not_contact",
] as const satisfies readonly Stage[];

export const PLATFORMS = [
  "instagram",
  "x",
  "youtube",
  "tiktok",
  "linkedin",
  "blog",
  "podcast",
  "newsletter",
  "facebook",
  "twitch",
  "wechat",
  "weibo",
  "vk",
  "other",
] as const satisfies readonly Platform[];

// Compile-time proof that each list above names every variant of its union.
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const LISTS_ARE_COMPLETE: [
  Covers<PersonKind, (typeof KINDS)[number]>,
  Covers<Stage, (typeof STAGES)[number]>,
  Covers<Platform, (typeof PLATFORMS)[number]>,
] = [true, true, true];
