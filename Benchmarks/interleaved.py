#!/usr/bin/env python3
"""The speed goals of issue 17, measured so that a shared machine's drift cancels out.

hyperfine times all runs of one command, then all runs of the next: on a virtual machine whose
speed drifts by a factor of two within minutes (measured on this one: the C tokeniser alone took
0.48 s and 0.94 s an hour apart), two commands can land in different weather. Here every round
runs the C tokeniser and each seccost command once, one after another, in an order that rotates
from round to round, and the ratio is taken within the round; the table gives the median ratio
over the rounds and its spread (the middle half of the rounds lie between the quartiles).

    Benchmarks/interleaved.py C_TOKENISER SECCOST ROUNDS LEDGER [LEDGER...]

Each ledger is timed with `totals --by phase`, `validate` and `export` (to standard output, sent
to /dev/null as hyperfine does). Wall time is from start to exit; CPU is user + system time.
"""

import os
import statistics
import subprocess
import sys
import time

GOALS = {"totals": 1.5, "validate": 1.5, "export": 2.0}


def run(argv):
    """Wall and CPU seconds of one run, its output discarded; exits if the command fails."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({process.returncode}): {process.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def quartiles(values):
    ordered = sorted(values)
    if len(ordered) < 4:
        return ordered[0], ordered[-1]
    q = statistics.quantiles(ordered, n=4)
    return q[0], q[2]


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    tokeniser, seccost, rounds, ledgers = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    commands = {
        "totals": lambda ledger: [seccost, "totals", "--by", "phase", ledger],
        "validate": lambda ledger: [seccost, "validate", ledger],
        "export": lambda ledger: [seccost, "export", ledger],
    }
    names = list(commands)
    for ledger in ledgers:  # one warm-up of each, so that the file is in the page cache
        run([tokeniser, ledger])
        for name in names:
            run(commands[name](ledger))
    ratios = {(ledger, name): [] for ledger in ledgers for name in names}
    cpu_ratios = {key: [] for key in ratios}
    walls = {key: [] for key in ratios}
    base = {ledger: [] for ledger in ledgers}
    load_start = open("/proc/loadavg").read().split()[0]
    for round_number in range(rounds):
        for ledger in ledgers:
            # Rotate the order, the C tokeniser included, so that none is always first or last.
            order = ["C"] + names
            shift = round_number % len(order)
            order = order[shift:] + order[:shift]
            times = {}
            for name in order:
                argv = [tokeniser, ledger] if name == "C" else commands[name](ledger)
                times[name] = run(argv)
            base[ledger].append(times["C"][0])
            for name in names:
                ratios[(ledger, name)].append(times[name][0] / times["C"][0])
                cpu_ratios[(ledger, name)].append(times[name][1] / times["C"][1])
                walls[(ledger, name)].append(times[name][0])
    load_end = open("/proc/loadavg").read().split()[0]
    print(f"{rounds} interleaved rounds; load average {load_start} at the start, {load_end} at the end.\n")
    print("| ledger | command | median wall (s) | × C tokeniser, median | middle half | CPU × C | goal | met |")
    print("|---|---|---:|---:|---|---:|---|---|")
    for ledger in ledgers:
        label = os.path.basename(ledger)
        print(f"| {label} | C tokeniser | {statistics.median(base[ledger]):.3f} | 1.00 | | 1.00 | | |")
        for name in names:
            key = (ledger, name)
            ratio = statistics.median(ratios[key])
            low, high = quartiles(ratios[key])
            goal = GOALS[name]
            met = "yes" if ratio <= goal else "no"
            print(f"| {label} | `seccost {name}` | {statistics.median(walls[key]):.3f} | {ratio:.2f} | "
                  f"{low:.2f}–{high:.2f} | {statistics.median(cpu_ratios[key]):.2f} | ≤ {goal:g}× | {met} |")


if __name__ == "__main__":
    main()
