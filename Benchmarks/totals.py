#!/usr/bin/env python3
"""The obvious thing a user would write instead of seccost: totals by phase with csv and decimal.

Reads ledger CSV v1, parses "£1,335,568"-style and plain amounts exactly with Decimal, adds lows
and highs per phase, counts TBC and N/A. Prints one line per phase.
"""
import csv
import sys
from collections import defaultdict
from decimal import Decimal


def amount(text):
    return Decimal(text.strip().replace("£", "").replace(",", ""))


def main(path):
    low = defaultdict(Decimal)
    high = defaultdict(Decimal)
    tbc = defaultdict(int)
    na = defaultdict(int)
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            phase = row["phase"]
            basis = row["basis"].lower()
            if basis == "tbc":
                tbc[phase] += 1
            elif basis == "n/a":
                na[phase] += 1
            else:
                value = amount(row["low"])
                low[phase] += value
                high[phase] += amount(row["high"]) if row["high"].strip() else value
    for phase in sorted(set(low) | set(tbc) | set(na)):
        print(f"{phase},{low[phase]:.2f},{high[phase]:.2f},{tbc[phase]},{na[phase]}")


if __name__ == "__main__":
    main(sys.argv[1])
