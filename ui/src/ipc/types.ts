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
export type { ColdPerson } from "./bindings/ColdPerson";
export type { Direction } from "./bindings/Direction";
export type { Exchange } from "./bindings/Exchange";
export type { ExchangeCount } from "./bindings/ExchangeCount";
export type { Followup } from "./bindings/Followup";
export type { FollowupInput } from "./bindings/FollowupInput";
export type { FollowupStatus } from "./bindings/FollowupStatus";
export type { Interaction } from "./bindings/Interaction";
export type { InteractionInput } from "./bindings/InteractionInput";
export type { InteractionKind } from "./bindings/InteractionKind";
export type { MonthActivity } from "./bindings/MonthActivity";
export type { Note } from "./bindings/Note";
export type { PersonInsights } from "./bindings/PersonInsights";
export type { Reciprocity } from "./bindings/Reciprocity";
export type { Recurrence } from "./bindings/Recurrence";
export type { Settings } from "./bindings/Settings";
export type { Snooze } from "./bindings/Snooze";
export type { TextHit } from "./bindings/TextHit";
export type { TimelinePage } from "./bindings/TimelinePage";
export type { Today } from "./bindings/Today";
export type { ErrorBody, ErrorCode, FieldError } from "./errors";
export { IpcError, errorBodyOf } from "./errors";

import type { PersonKind } from "./bindings/PersonKind";
import type { Platform } from "./bindings/Platform";
import type { Stage } from "./bindings/Stage";
import type { InteractionKind } from "./bindings/InteractionKind";
import type { Direction } from "./bindings/Direction";
import type { Exchange } from "./bindings/Exchange";

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

export const INTERACTION_KINDS = [
  "email",
  "dm",
  "call",
  "meeting",
  "meetup",
  "event",
  "content_published",
  "mention",
  "share",
  "gift",
  "payment",
  "introduction",
  "note",
] as const satisfies readonly InteractionKind[];

export const DIRECTIONS = ["given", "received", "neutral"] as const satisfies readonly Direction[];

// What we give, in the order influencers value it (co-creation 31 %, exclusive information 28 % …),
// then what comes back.
export const EXCHANGES = [
  "co_creation",
  "exclusive_information",
  "payment",
  "invitation",
  "beta_access",
  "gift",
  "content",
  "mention",
  "share",
  "introduction",
] as const satisfies readonly Exchange[];

// Compile-time proof that each list above names every variant of its union.
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const LISTS_ARE_COMPLETE: [
  Covers<PersonKind, (typeof KINDS)[number]>,
  Covers<Stage, (typeof STAGES)[number]>,
  Covers<Platform, (typeof PLATFORMS)[number]>,
  Covers<InteractionKind, (typeof INTERACTION_KINDS)[number]>,
  Covers<Direction, (typeof DIRECTIONS)[number]>,
  Covers<Exchange, (typeof EXCHANGES)[number]>,
] = [true, true, true, true, true, true];
