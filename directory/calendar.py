"""'Add to calendar' files (RFC 5545) for single sessions, made with icalendar."""

import datetime

from django.utils import timezone
from icalendar import Calendar, Event


def session_calendar(session, service_url, host):
    """An .ics file with one event; a cancelled session is sent as STATUS:CANCELLED."""
    calendar = Calendar()
    calendar.add("prodid", "-//Family Hubs//Directory//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")

    schedule = session.schedule
    service = schedule.service
    event = Event()
    event.add("uid", f"{schedule.pk}-{session.date:%Y%m%d}@{host}")
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    # Aware datetimes in Europe/London: calendars show 10:00 whether it is GMT or BST.
    event.add("dtstart", session.start)
    event.add("dtend", session.end)
    event.add("summary", service.name)
    if schedule.location is not None:
        event.add("location", ", ".join([schedule.location.name, *schedule.location.address_lines]))
    details = [service.description]
    if schedule.notes:
        details.append(schedule.notes)
    if session.new_place:
        details.append(session.new_place)
    if session.reason:
        details.append(session.reason)
    event.add("description", "\n\n".join(part for part in details if part))
    event.add("url", service_url)
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
