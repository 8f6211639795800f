#!/usr/bin/python3
"""The Python peer of `seccost export -o FILE.xlsx` and `seccost import FILE.xlsx`: openpyxl.

  xlsx-openpyxl.py write LEDGER.csv OUT.xlsx   # the ledger's rows as a sheet (write-only mode)
  xlsx-openpyxl.py read BOOK.xlsx SHEET        # every cell of a sheet (read-only mode), counted

What a user would write instead; it validates nothing, so it is a floor, not a rival.
"""
import csv, sys

import openpyxl


def write(source, target):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Ledger")
    with open(source, newline="", encoding="utf-8-sig") as file:
        for row in csv.reader(file):
            sheet.append(row)
    book.save(target)


def read(source, name):
    book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    cells = 0
    for row in book[name].iter_rows(values_only=True):
        cells += sum(1 for value in row if value is not None)
    print(cells)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "read":
        read(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
