#!/usr/bin/env python3
"""Writes the sample ticket exports for the incumbent MSP (Ridgeline) in three PSAs' formats.

The same eleven tickets go into each export, so every preset must give the same figures. Times are
the client's (America/Los_Angeles); each ticket is chosen for a case service-level tools get wrong:
a daylight-saving change (8 March and 1 November 2026), a holiday (26 November 2026), a weekend,
hold time the contract never agreed stops the clock, a merged ticket, an open one. The truth the
test suite asserts is worked out by hand in Tests/MSPVetTests/TicketSLATests.swift.

Run from the repository root: python3 Samples/tickets/make-tickets.py
"""
import csv
import io
import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

LA = ZoneInfo("America/Los_Angeles")

# id, priority (1-4), created, first response, resolved (local wall time), status, hold minutes,
# vendor response met, vendor resolution met
TICKETS = [
    ("1001", 1, "2026-03-02 09:00", "2026-03-02 09:20", "2026-03-02 12:00", "Closed", 0, True, True),
    # Saturday night across the spring-forward gap: 4 h 30 min of real time, not 5 h 30.
    ("1002", 1, "2026-03-07 22:00", "2026-03-07 23:30", "2026-03-08 03:30", "Closed", 0, False, True),
    # Friday 17:00 to Monday 09:00 is two business hours.
    ("1003", 2, "2026-03-06 17:00", "2026-03-09 09:00", "2026-03-09 15:00", "Closed", 0, True, True),
    # Over Thanksgiving: the holiday is closed, so 90 business minutes, not 690.
    ("1004", 2, "2026-11-25 17:30", "2026-11-27 09:00", "2026-11-27 14:00", "Closed", 0, True, True),
    # Three hours on hold the contract never agreed stop the clock: the vendor took them off.
    ("1005", 2, "2026-11-17 09:00", "2026-11-17 09:45", "2026-11-18 11:00", "Closed", 180, True, True),
    ("1006", 3, "2026-11-20 16:00", "2026-11-23 10:00", "2026-11-24 12:00", "Closed", 0, True, True),
    ("1007", 3, "2026-11-02 10:00", "2026-11-02 15:00", "2026-11-04 10:00", "Closed", 0, False, True),
    # Across the fall-back change: 94 hours of real time from Thursday noon to Monday 09:00.
    ("1008", 4, "2026-10-29 12:00", "2026-11-02 09:00", "2026-11-02 17:00", "Closed", 0, False, True),
    ("1009", 2, "2026-11-10 09:00", "2026-11-10 09:10", "2026-11-10 10:00", "Merged", 0, True, True),
    ("1010", 1, "2026-11-23 08:00", "2026-11-23 08:30", None, "In Progress", 0, True, None),
    # The vendor measured resolution in calendar hours (21 h) against a business-day target.
    ("1011", 2, "2026-11-09 14:00", "2026-11-09 14:30", "2026-11-10 11:00", "Closed", 0, True, False),
]


def local(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=LA, fold=0) if text else None


def utc_iso(text):
    moment = local(text)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else ""


def connectwise():
    names = {1: "Priority 1 - Emergency Response", 2: "Priority 2 - Quick Response",
             3: "Priority 3 - Normal Response", 4: "Priority 4 - Schedule Maintenance"}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "summary", "_info.dateEntered", "dateResponded", "dateResolved", "priority/name",
                     "status/name", "isInSla", "minutesWaiting"])
    for id, priority, created, response, resolved, status, hold, _, met in TICKETS:
        writer.writerow([id, f"Ticket {id}, reported by the front desk", utc_iso(created), utc_iso(response),
                         utc_iso(resolved), names[priority], status, "" if met is None else str(met).lower(), hold])
    return out.getvalue()


def autotask():
    names = {1: "Critical", 2: "High", 3: "Medium", 4: "Low"}
    items = []
    for id, priority, created, response, resolved, status, hold, response_met, met in TICKETS:
        # Autotask's REST API writes UTC with milliseconds.
        def stamp(text):
            moment = local(text)
            return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z") if moment else None
        items.append({"id": int(id) + 50000, "ticketNumber": f"T20261{id}", "createDate": stamp(created),
                      "firstResponseDateTime": stamp(response), "resolvedDateTime": stamp(resolved),
                      "priority": names[priority], "status": status, "isFirstResponseMet": response_met,
                      "serviceLevelAgreementHasBeenMet": met})
    return json.dumps({"items": items, "pageDetails": {"count": len(items)}}, indent=2) + "\n"


def freshservice():
    names = {1: "Urgent", 2: "High", 3: "Medium", 4: "Low"}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Ticket Id", "Subject", "Created Date", "First Responded Date", "Resolved Date", "Priority", "Status",
                     "First Response Status", "Resolution Status"])
    status_word = lambda met: "" if met is None else ("Within SLA" if met else "SLA Violated")
    for id, priority, created, response, resolved, status, hold, response_met, met in TICKETS:
        # Saved from a spreadsheet in the United States: month first, local time, no offset.
        def stamp(text):
            return local(text).strftime("%m/%d/%Y %H:%M") if text else ""
        writer.writerow([f"#SR-{id}", f"Ticket {id}; printer or chair", stamp(created), stamp(response), stamp(resolved),
                         names[priority], status, status_word(response_met), status_word(met)])
    return "\ufeff" + out.getvalue()


if __name__ == "__main__":
    for name, text in [("connectwise.csv", connectwise()), ("autotask.json", autotask()), ("freshservice.csv", freshservice())]:
        with open(f"Samples/tickets/{name}", "w", encoding="utf-8", newline="") as file:
            file.write(text)
