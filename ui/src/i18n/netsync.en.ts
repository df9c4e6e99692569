// English messages for the network in capture and forms: who introduced someone, editing a colleague.

export const enNetsync = {
  "netsync.via": "introduced by {name}",
  "netsync.problemVia": "No one here is “{text}” (after “via”): add them first, or correct the name.",
  "netsync.problemViaEmpty": "Who introduced them? Write their name after “via”, as in Amélie (via Kwame): …",
  "netsync.editColleague": "Edit {name}",
  "netsync.colleagueSaved": "{name} saved",
  "netsync.save": "Save",
  "netsync.cancel": "Cancel",
} as const;
