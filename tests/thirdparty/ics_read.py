"""Reads an iCalendar file with Python's `icalendar` (Debian python3-icalendar), not our code, and
prints what a calendar app would take from each event as JSON, for tests/core/export_thirdparty.rs.

Usage: /usr/bin/python3 ics_read.py FILE.ics  (exit 3 when the module is missing)."""
import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    sys.exit(3)


def when(prop):
    dt = prop.dt
    if isinstance(dt, datetime.datetime):
        zone = getattr(dt.tzinfo, "key", None) or prop.params.get("TZID") or str(dt.tzinfo)
        return {"kind": "date-time", "value": dt.strftime("%Y-%m-%dT%H:%M"), "zone": zone,
                "utc": dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")}
    return {"kind": "date", "value": dt.isoformat()}


with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
events = []
for ev in cal.walk("VEVENT"):
    events.append({
        "uid": str(ev.get("UID")),
        "summary": str(ev.get("SUMMARY", "")),
        "description": str(ev.get("DESCRIPTION", "")),
        "location": str(ev.get("LOCATION", "")),
        "start": when(ev["DTSTART"]),
        "end": when(ev["DTEND"]),
        "alarms": [int(a["TRIGGER"].dt.total_seconds()) for a in ev.walk("VALARM")],
    })
zones = [str(z["TZID"]) for z in cal.walk("VTIMEZONE")]
print(json.dumps({"events": events, "zones": zones}))
