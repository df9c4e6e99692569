// English messages for the shell: the sidebar, notifications, the outside-link confirmation.

export const enShell = {
  "nav.main": "Main",
  "nav.people": "People",
  "nav.settings": "Settings",
  "nav.search": "Search",
  "nav.newPerson": "New person",

  "toast.created": "{name} added.",
  "toast.saved": "Changes saved.",
  "toast.archived": "{name} archived.",
  "toast.unarchived": "{name} is back in the list.",
  "toast.deleted": "{name} deleted.",
  "toast.sampleLoaded.one": "{count} sample person added.",
  "toast.sampleLoaded.other": "{count} sample people added.",
  "toast.dismiss": "Dismiss",
  "toast.region": "Notifications",

  "nav.today": "Today",

  "link.title": "Open this link in your browser?",
  "link.open": "Open in browser",

  "nav.events": "Events",
  "nav.city": "City view",
  "nav.capture": "Capture",
  "nav.captureTitle": "Quick capture ({shortcut})",

  "nav.io": "Import & export",

  "nav.lists": "Lists",
} as const;
