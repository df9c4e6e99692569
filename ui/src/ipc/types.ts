// Re-exports the generated bindings under one import path, so features never reach into bindings/.
export type { AppInfo } from "./bindings/AppInfo";
export type { BackupInfo } from "./bindings/BackupInfo";
export type { CheckReport } from "./bindings/CheckReport";
export type { KeyReason } from "./bindings/KeyReason";
export type { UnlockStatus } from "./bindings/UnlockStatus";
export type { ArchivedFilter } from "./bindings/ArchivedFilter";
export type { Channel } from "./bindings/Channel";
export type { ChannelInput } from "./bindings/ChannelInput";
export type { DuplicateWarning } from "./bindings/DuplicateWarning";
export type { Person } from "./bindings/Person";
export type { Photo } from "./bindings/Photo";
export type { PersonPhoto } from "./bindings/PersonPhoto";
export type { PersonSource } from "./bindings/PersonSource";
export type { SourceFormat } from "./bindings/SourceFormat";
export type { PersonFilter } from "./bindings/PersonFilter";
export type { List } from "./bindings/List";
export type { DuplicateGroup } from "./bindings/DuplicateGroup";
export type { DuplicatePair } from "./bindings/DuplicatePair";
export type { DuplicateReason } from "./bindings/DuplicateReason";
export type { DuplicateReport } from "./bindings/DuplicateReport";
export type { MergeField } from "./bindings/MergeField";
export type { ListDetail } from "./bindings/ListDetail";
export type { Connection } from "./bindings/Connection";
export type { ConnectionKind } from "./bindings/ConnectionKind";
export type { IntroPath } from "./bindings/IntroPath";
export type { Membership } from "./bindings/Membership";
export type { PersonNetwork } from "./bindings/PersonNetwork";
export type { NetworkGraph } from "./bindings/NetworkGraph";
export type { GraphNode } from "./bindings/GraphNode";
export type { GraphEdge } from "./bindings/GraphEdge";
export type { GraphEdgeKind } from "./bindings/GraphEdgeKind";
export type { GraphNodeKind } from "./bindings/GraphNodeKind";
export type { GraphScope } from "./bindings/GraphScope";
export type { PersonInput } from "./bindings/PersonInput";
export type { PersonKind } from "./bindings/PersonKind";
export type { PersonListReq } from "./bindings/PersonListReq";
export type { PersonPage } from "./bindings/PersonPage";
export type { PersonWork } from "./bindings/PersonWork";
export type { ChannelAudience } from "./bindings/ChannelAudience";
export type { CadenceState } from "./bindings/CadenceState";
export type { ContactFilter } from "./bindings/ContactFilter";
export type { FollowupFilter } from "./bindings/FollowupFilter";
export type { BalanceFilter } from "./bindings/BalanceFilter";
export type { EventPresence } from "./bindings/EventPresence";
export type { SmartList } from "./bindings/SmartList";
export type { SmartListInput } from "./bindings/SmartListInput";
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
export type { WeekDay } from "./bindings/WeekDay";
export type { Attendee } from "./bindings/Attendee";
export type { AttendeeRole } from "./bindings/AttendeeRole";
export type { AttendeeSort } from "./bindings/AttendeeSort";
export type { AttendeeStatus } from "./bindings/AttendeeStatus";
export type { AttendReq } from "./bindings/AttendReq";
export type { CapturePerson } from "./bindings/CapturePerson";
export type { CaptureChoice } from "./bindings/CaptureChoice";
export type { CapturePreview } from "./bindings/CapturePreview";
export type { CaptureReq } from "./bindings/CaptureReq";
export type { CaptureSaved } from "./bindings/CaptureSaved";
export type { CityView } from "./bindings/CityView";
export type { Event } from "./bindings/Event";
export type { EventDetail } from "./bindings/EventDetail";
export type { EventInput } from "./bindings/EventInput";
export type { EventKind } from "./bindings/EventKind";
export type { EventWhen } from "./bindings/EventWhen";
export type { ExportedText } from "./bindings/ExportedText";
export type { Meetup } from "./bindings/Meetup";
export type { MeetupInput } from "./bindings/MeetupInput";
export type { ErrorBody, ErrorCode, FieldError } from "./errors";
export { IpcError, errorBodyOf } from "./errors";

import type { PersonKind } from "./bindings/PersonKind";
import type { Platform } from "./bindings/Platform";
import type { Stage } from "./bindings/Stage";
import type { InteractionKind } from "./bindings/InteractionKind";
import type { Direction } from "./bindings/Direction";
import type { Exchange } from "./bindings/Exchange";
import type { EventKind } from "./bindings/EventKind";
import type { AttendeeRole } from "./bindings/AttendeeRole";
import type { AttendeeStatus } from "./bindings/AttendeeStatus";
import type { AttendeeSort } from "./bindings/AttendeeSort";

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

export const EVENT_KINDS = ["conference", "trade_show", "meetup", "city_trip", "dinner", "webinar"] as const satisfies readonly EventKind[];
export const ROLES = ["speaker", "exhibitor", "attendee", "host", "press"] as const satisfies readonly AttendeeRole[];
// The order an event goes through: invited, then confirmed or declined, then met or not.
export const STATUSES = ["invited", "confirmed", "declined", "met", "no_show"] as const satisfies readonly AttendeeStatus[];
export const ATTENDEE_SORTS = ["name", "role", "status", "last_contact", "followups"] as const satisfies readonly AttendeeSort[];

// Compile-time proof that each list above names every variant of its union.
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const LISTS_ARE_COMPLETE: [
  Covers<PersonKind, (typeof KINDS)[number]>,
  Covers<Stage, (typeof STAGES)[number]>,
  Covers<Platform, (typeof PLATFORMS)[number]>,
  Covers<InteractionKind, (typeof INTERACTION_KINDS)[number]>,
  Covers<Direction, (typeof DIRECTIONS)[number]>,
  Covers<Exchange, (typeof EXCHANGES)[number]>,
  Covers<EventKind, (typeof EVENT_KINDS)[number]>,
  Covers<AttendeeRole, (typeof ROLES)[number]>,
  Covers<AttendeeStatus, (typeof STATUSES)[number]>,
  Covers<AttendeeSort, (typeof ATTENDEE_SORTS)[number]>,
] = [true, true, true, true, true, true, true, true, true, true];
export type { Colleague } from "./bindings/Colleague";
export type { ColleagueInput } from "./bindings/ColleagueInput";
export type { Collision } from "./bindings/Collision";
export type { CollisionContact } from "./bindings/CollisionContact";
export type { PersonTeam } from "./bindings/PersonTeam";
export type { Touchpoint } from "./bindings/Touchpoint";
export type { Organization } from "./bindings/Organization";
export type { Affiliation } from "./bindings/Affiliation";
export type { AffiliationInput } from "./bindings/AffiliationInput";
export type { AffiliationKind } from "./bindings/AffiliationKind";
export type { BrandSide } from "./bindings/BrandSide";
export type { Conflict } from "./bindings/Conflict";
export type { ConflictKind } from "./bindings/ConflictKind";
export type { ConflictAction } from "./bindings/ConflictAction";
export type { ConflictFlag } from "./bindings/ConflictFlag";
export type { PersonAffiliations } from "./bindings/PersonAffiliations";
export type { AffiliationAddReq } from "./bindings/AffiliationAddReq";
export type { AffiliationUpdateReq } from "./bindings/AffiliationUpdateReq";
export type { AffiliationEndReq } from "./bindings/AffiliationEndReq";
export type { AffiliationRemoveReq } from "./bindings/AffiliationRemoveReq";
export type { PersonAffiliationsReq } from "./bindings/PersonAffiliationsReq";
export type { ConflictCheckReq } from "./bindings/ConflictCheckReq";
export type { OrgBrandSideReq } from "./bindings/OrgBrandSideReq";
export type { OrganizationDetail } from "./bindings/OrganizationDetail";
export type { OrganizationInput } from "./bindings/OrganizationInput";
export type { OrgKind } from "./bindings/OrgKind";
