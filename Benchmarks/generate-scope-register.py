#!/usr/bin/env python3
"""Writes a large, valid scope register CSV for benchmarks, deterministically (a fixed seed gives
the same bytes).

    generate-scope-register.py ROWS [--seed S]   > register.csv

Releases three a year from February 2020 (February, June, November), each listed three times
(300, 200 and 100 days before its go-live, so that no two releases share an as_of date). A
release's listings hold 16 modifications; neighbouring releases share 4 of them, so a later
release's listing moves them on; the first and last listings leave 2 out, so earlier listings have
entries the latest has not. Statuses, cut-offs, DCC System impacts, participants, SEC documents,
DCC Change Requests, split notes and OCR-uncertain notes are mixed in. `seccost scope` then shows
every standing: approved, targeted, lapsed, withdrawn, moved, and entries no longer listed.
"""
import argparse
import csv
import datetime
import random
import sys

MONTHS = [("February", 2), ("June", 6), ("November", 11)]
STATUSES = ["approved", "approved", "targeted", "targeted", "targeted", "withdrawn", "removed",
            "implemented"]
PARTIES = ["Suppliers", "Electricity Networks", "Gas Networks", "Other SEC Parties", "DCC"]
DOCUMENTS = ["Section F", "Section H", "Schedule 8", "Schedule 9", "Schedule 10", "Schedule 11",
             "Appendix AD", "Appendix AF"]
TITLES = [
    "GPF timestamp for reading instantaneous Gas values",
    "IHD / PPMID Zigbee Attributes Available on the HAN",
    "Incorporation of multiple Issue Resolution Proposals into the SEC, Part 2",
    'CH Stock Transfer ("returns")',
    "SRV Visibility for Devices on SSI",
]
PER_LISTING = 16
SHARED = 4


def modification_id(number):
    """A modification id as the SEC writes them: MP001 to MP999, then SECMP0001 onwards."""
    return f"MP{number + 1:03d}" if number < 999 else f"SECMP{number - 998:04d}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("--seed", type=int, default=20221104)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["release", "go_live_date", "modification", "title", "kind", "status",
                  "cut_off_date", "impacts_dcc_systems", "impacted_parties",
                  "impacted_documents", "as_of", "note"])
    written = 0
    release = 0
    while written < args.rows:
        month, number = MONTHS[release % 3]
        year = 2020 + release // 3
        go_live = datetime.date(year, number, 3)
        name = f"{month} {year}"
        first = release * (PER_LISTING - SHARED)
        members = list(range(first, first + PER_LISTING))
        for listing, before in enumerate((300, 200, 100)):
            as_of = go_live - datetime.timedelta(days=before)
            listed = members if listing == 1 else members[:-2] if listing == 0 else members[2:]
            for member in listed:
                if written == args.rows:
                    return
                request = rng.random() < 0.05
                status = rng.choice(STATUSES)
                cut_off = ""
                if status == "targeted" and rng.random() < 0.7:
                    cut_off = (go_live - datetime.timedelta(days=rng.randint(60, 240))).isoformat()
                    if rng.random() < 0.3:
                        cut_off += " estimated"
                note = ""
                roll = rng.random()
                if roll < 0.05:
                    note = "split: one part in each release"
                elif roll < 0.10:
                    note = "OCR-uncertain: a tick is illegible"
                elif roll < 0.30:
                    note = "Impact Assessment under way; Modification Report expected, later."
                out.writerow([
                    name,
                    go_live.isoformat() + (" estimated" if release % 4 == 3 else ""),
                    f"CR{4000 + member}" if request else modification_id(member),
                    rng.choice(TITLES),
                    "dcc-change-request" if request else "modification",
                    status,
                    cut_off,
                    "" if request else rng.choice(["yes", "yes", "no", "tbc", ""]),
                    "; ".join(rng.sample(PARTIES, rng.randint(0, 3))),
                    "; ".join(sorted(rng.sample(DOCUMENTS, rng.randint(0, 3)))),
                    as_of.isoformat(),
                    note,
                ])
                written += 1
        release += 1


if __name__ == "__main__":
    main()
