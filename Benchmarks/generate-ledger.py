#!/usr/bin/env python3
"""Writes a large ledger CSV v1 for benchmarks, deterministically (a fixed seed gives the same bytes).

Mixed notations as spreadsheets and people write them: plain decimals, "£1,335,568", ranges,
TBC and N/A lines, SECAS effort, quoted titles with commas, quotes and newlines.

    generate-ledger.py ROWS [--seed S] [--journal FILE] [--spreadsheet]   > ledger.csv

--spreadsheet writes what analysts and spreadsheets write on top of that: the RID's phase labels
("Design, Build & PIT", "Implement to live") on a third of the lines, TBC and N/A in capitals.
Without it, phases and TBC/N/A are written as the canonical export writes them.

--journal also writes the same rows as an hledger journal (for the hledger comparison): one
transaction per row, so that hledger reads as many records as seccost does; amounts as the CSV
writes them (with "£" in front where the CSV has none, and `decimal-mark .` declared, so that
hledger too parses "£1,335,568" and "1335568.00" alike); accounts low:PARTY:PHASE:BASIS and
high:PARTY:PHASE:BASIS (`hledger bal --tree` then totals by phase and basis, as
`seccost totals --by phase` does); TBC and N/A rows as a count posting (lines:PARTY:PHASE:tbc
1 L), as seccost counts them.
"""
import argparse
import csv
import random
import sys

PHASES = ["design-build-pit", "sit", "uit", "implement-to-live", "application-support"]
RID_LABELS = {"design-build-pit": "Design, Build & PIT", "sit": "SIT", "uit": "UIT",
              "implement-to-live": "Implement to live", "application-support": "Application Support",
              "sec-changes": "SEC changes", "project-management": "Project management"}
RELEASES = ["June 2020", "November 2020", "February 2021", "June 2021", "November 2021",
            "February 2022", "June 2022", "November 2022", "February 2023", "June 2023"]
TITLES = [
    "GPF timestamp for reading instantaneous Gas values",
    "IHD / PPMID Zigbee Attributes Available on the HAN",
    "Incorporation of multiple Issue Resolution Proposals into the SEC, Part 2",
    'CH Stock Transfer ("returns")',
    "SRV Visibility for Devices on SSI\nsecond line of the title",
    "Incorporating IRPs into GBCS v3 series",
]


def sec_id(number):
    """A modification id of a form the SEC uses, distinct for each number below 36,972: MP001 to
    MP999, then MP001A to MP999Z, then SECMP0001 to SECMP9999 (as users write them, so that the
    reader's id check takes the path real ledgers take)."""
    if number < 26_973:
        suffix = "" if number < 999 else chr(ord("A") + number // 999 - 1)
        return f"MP{number % 999 + 1:03d}{suffix}"
    return f"SECMP{number - 26_973 + 1:04d}"


def money(pence, style):
    pounds, rest = divmod(pence, 100)
    if style == 0:
        return f"{pounds}.{rest:02d}"
    if style == 1:
        return f"£{pounds:,}" if rest == 0 else f"£{pounds:,}.{rest:02d}"
    return str(pounds) if rest == 0 else f"{pounds}.{rest:02d}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("--seed", type=int, default=20221104)
    parser.add_argument("--journal")
    parser.add_argument("--spreadsheet", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["release", "version", "party", "modification", "title", "phase", "basis",
                  "low", "high", "days", "day_rate", "note"])
    journal = open(args.journal, "w") if args.journal else None
    if journal:
        journal.write("decimal-mark .\n\n")
    for row in range(args.rows):
        # unique keys: 10 releases x 5 phases per modification, one version
        release = RELEASES[row % len(RELEASES)]
        slot = (row // len(RELEASES)) % 5
        modification = sec_id(row // 50)
        title = TITLES[row % len(TITLES)]
        kind = rng.random()
        days = rate = note = ""
        party, phase = "DCC", PHASES[slot]
        if kind < 0.05:
            basis, low, high = "tbc", "", ""
        elif kind < 0.10:
            basis, low, high = "n/a", "", ""
        elif kind < 0.15 and slot < 2:
            party, basis = "SECAS", "estimate"
            phase = "sec-changes" if slot == 0 else "project-management"
            days, rate = str(rng.randint(1, 40)), "600.00"
            low = high = money(int(days) * 60000, 0)
        else:
            basis = "firm" if kind < 0.6 else ("estimate" if kind < 0.9 else "actual")
            pence = rng.randint(0, 200_000_000)
            low = money(pence, row % 3)
            if kind > 0.8:
                high = money(pence + rng.randint(0, 50_000_000), row % 3)
            else:
                high = "" if row % 2 else low
            note = "This is a one-off charge for the DSP only." if row % 7 == 0 else ""
        written_phase, written_basis = phase, basis
        if args.spreadsheet:
            if row % 3 == 0:
                written_phase = RID_LABELS[phase]
            if basis in ("tbc", "n/a"):
                written_basis = basis.upper()
        out.writerow([release, "1.0", party, modification, title, written_phase, written_basis,
                      low, high, days, rate, note])
        if journal:
            if low:
                def pounds(text):
                    return text if text.startswith("£") else "£" + text
                journal.write(
                    f"2022-01-01 {modification}\n"
                    f"    low:{party}:{phase}:{basis}  {pounds(low)}\n"
                    f"    high:{party}:{phase}:{basis}  {pounds(high or low)}\n"
                    f"    funding\n\n")
            else:
                basis_account = "na" if basis == "n/a" else basis
                journal.write(
                    f"2022-01-01 {modification}\n"
                    f"    lines:{party}:{phase}:{basis_account}  1 L\n"
                    f"    funding\n\n")
    if journal:
        journal.close()


if __name__ == "__main__":
    main()
