#!/usr/bin/env bash
# Benchmarks/run.sh: seccost side by side with the C library it is built on, a Python peer and
# hledger, on generated ledgers; prints a table of times, ratios and peak memory.
#
#   Benchmarks/run.sh                      # 10k, 100k and 1M rows
#   SIZES="1000000" RUNS=10 Benchmarks/run.sh
#   SECCOST_BASELINE=/path/to/old/seccost Benchmarks/run.sh   # also time an older build
#   HLEDGER_MAX_ROWS=1000000 Benchmarks/run.sh   # hledger on 1M rows too (~9 GiB, minutes)
#   RISK_SIMULATIONS=10000 Benchmarks/run.sh     # risk with more simulations (default 100)
#   SCOPE_SIZES="100000" Benchmarks/run.sh          # scope registers of these sizes (10k, 100k)
#
# It installs what it needs with apt-get if missing (hyperfine, hledger, libcsv-dev, gcc, time),
# builds seccost in release mode, compiles the C tokeniser, generates the ledgers (and hledger
# journals of the same rows) with a fixed seed, and times every command in the same hyperfine
# run as the C tokeniser, so that ratios hold on a busy machine where seconds do not.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SEED=${SEED:-20221104}
SIZES=${SIZES:-"10000 100000 1000000"}
RUNS=${RUNS:-5}
SLOW_RUNS=${SLOW_RUNS:-2}
ROUNDS=${ROUNDS:-7}
# hledger 1.25 needs about 9 KiB and 0.1 ms a transaction: 1M rows take ~9 GiB and minutes.
HLEDGER_MAX_ROWS=${HLEDGER_MAX_ROWS:-100000}
# risk simulates every range (about a fifth of the generated rows) this many times: few enough
# that the time is mostly reading, counting and grouping the ledger (which must grow linearly in
# rows, as for totals); the sampling itself grows as ranges × simulations (PERT: about a
# microsecond a sample in a debug build).
RISK_SIMULATIONS=${RISK_SIMULATIONS:-100}
DATA=${SECCOST_BENCHMARK_DATA:-${TMPDIR:-/tmp}/seccost-benchmarks}
# Scope registers (entries): `seccost scope` renders every release's scope as of the latest day.
SCOPE_SIZES=${SCOPE_SIZES:-"10000 100000"}
NOVEMBER_2022=Ledgers/2022-11-sec-release.csv
mkdir -p "$DATA"

# --- Tools -------------------------------------------------------------------------------------
missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
command -v hledger >/dev/null 2>&1 || missing+=(hledger)
command -v cc >/dev/null 2>&1 || missing+=(gcc)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
[ -x /usr/bin/time ] || missing+=(time)
[ -f /usr/include/csv.h ] || missing+=(libcsv-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- Builds ------------------------------------------------------------------------------------
echo "building seccost (release)..." >&2
swift build -c release --product seccost >&2
SECCOST="$(swift build -c release --show-bin-path)/seccost"
cc -O2 -o "$DATA/csv-count" Benchmarks/csv-count.c -lcsv
CSV_COUNT="$DATA/csv-count"

# --- Data --------------------------------------------------------------------------------------
for rows in $SIZES; do
  csv="$DATA/ledger-$rows-$SEED.csv"
  if [ ! -s "$csv" ] || [ ! -s "$csv.journal" ]; then
    echo "generating $rows rows (seed $SEED)..." >&2
    python3 Benchmarks/generate-ledger.py "$rows" --seed "$SEED" --journal "$csv.journal.tmp" \
      >"$csv.tmp"
    mv "$csv.tmp" "$csv"
    mv "$csv.journal.tmp" "$csv.journal"
  fi
  # The same rows as spreadsheets and analysts write them: RID phase labels, TBC and N/A.
  sheet="$DATA/ledger-$rows-$SEED-spreadsheet.csv"
  if [ ! -s "$sheet" ]; then
    python3 Benchmarks/generate-ledger.py "$rows" --seed "$SEED" --spreadsheet >"$sheet.tmp"
    mv "$sheet.tmp" "$sheet"
  fi
done

for entries in $SCOPE_SIZES; do
  register="$DATA/scope-register-$entries-$SEED.csv"
  if [ ! -s "$register" ]; then
    echo "generating a scope register of $entries entries (seed $SEED)..." >&2
    python3 Benchmarks/generate-scope-register.py "$entries" --seed "$SEED" >"$register.tmp"
    mv "$register.tmp" "$register"
  fi
done

# The journal is a fair equivalent: hledger's phase totals equal seccost's on the smallest size.
smallest=$(echo "$SIZES" | tr ' ' '\n' | sort -n | head -1)
python3 - "$SECCOST" "$DATA/ledger-$smallest-$SEED.csv" <<'PY' >&2
import csv, io, json, subprocess, sys
seccost, ledger = sys.argv[1], sys.argv[2]
ours = json.loads(subprocess.run([seccost, "totals", "--by", "phase", "--format", "json", ledger],
                                 check=True, capture_output=True, text=True).stdout)
out = subprocess.run(["hledger", "-f", ledger + ".journal", "bal", "-N", "--depth", "3", "-O", "csv"],
                     check=True, capture_output=True, text=True).stdout
theirs = {}
for account, balance in csv.reader(io.StringIO(out)):
    parts = account.split(":")
    if len(parts) == 3 and parts[0] in ("low", "high"):
        theirs[(parts[0], parts[2])] = balance.replace("£", "").replace(",", "")
checked = 0
for group in ours["groups"]:
    for end in ("low", "high"):
        expected = theirs.get((end, group["key"]))
        if expected is None or f"{float(expected):.2f}" != group[end]:
            sys.exit(f"journal check failed: {end} {group['key']}: seccost {group[end]}, hledger {expected}")
        checked += 1
print(f"journal check: hledger and seccost agree on all {checked} phase totals (low and high)")
PY

# --- Timing ------------------------------------------------------------------------------------
RESULTS="$DATA/results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
# What else is running: on a shared machine it decides the wall times more than anything here.
{
  echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  ps -eo pcpu=,comm= --sort=-pcpu | head -3 | awk '$1 > 10 { printf "busy: %s%% %s\n", $1, $2 }'
} >"$RESULTS/load.txt"
baseline=()
if [ -n "${SECCOST_BASELINE:-}" ]; then
  baseline=(-n "baseline totals" "$SECCOST_BASELINE totals --by phase {csv}")
fi
for rows in $SIZES; do
  csv="$DATA/ledger-$rows-$SEED.csv"
  echo "timing $rows rows..." >&2
  hyperfine --style basic -N --warmup 1 --runs "$RUNS" --export-json "$RESULTS/fast-$rows.json" \
    -n "C tokeniser" "$CSV_COUNT $csv" \
    -n "seccost totals" "$SECCOST totals --by phase $csv" \
    -n "seccost validate" "$SECCOST validate $csv" \
    -n "seccost export" "$SECCOST export $csv" \
    -n "seccost risk" "$SECCOST risk --simulations $RISK_SIMULATIONS $csv" \
    "${baseline[@]//\{csv\}/$csv}" >&2
  sheet="$DATA/ledger-$rows-$SEED-spreadsheet.csv"
  hyperfine --style basic -N --warmup 1 --runs "$RUNS" --export-json "$RESULTS/spreadsheet-$rows.json" \
    -n "C tokeniser" "$CSV_COUNT $sheet" \
    -n "seccost totals" "$SECCOST totals --by phase $sheet" \
    -n "seccost validate" "$SECCOST validate $sheet" \
    -n "seccost export" "$SECCOST export $sheet" >&2
  hledger=()
  if [ "$rows" -le "$HLEDGER_MAX_ROWS" ]; then
    hledger=(-n "hledger" "hledger -f $csv.journal bal --tree -N")
  fi
  hyperfine --style basic -N --warmup 0 --runs "$SLOW_RUNS" --export-json "$RESULTS/slow-$rows.json" \
    -n "C tokeniser" "$CSV_COUNT $csv" \
    -n "seccost totals" "$SECCOST totals --by phase $csv" \
    -n "python csv+decimal" "python3 Benchmarks/totals.py $csv" \
    "${hledger[@]}" >&2
done
# Scope: rendering every release (table) against reading and validating the register (--check),
# in the same run; both grow linearly (ns per entry in the table).
for entries in $SCOPE_SIZES; do
  register="$DATA/scope-register-$entries-$SEED.csv"
  echo "timing scope on $entries register entries..." >&2
  hyperfine --style basic -N --warmup 1 --runs "$RUNS" --export-json "$RESULTS/scope-$entries.json" \
    -n "C tokeniser" "$CSV_COUNT $register" \
    -n "seccost scope --check" "$SECCOST scope --check $register" \
    -n "seccost scope" "$SECCOST scope $register" \
    -n "seccost scope --format json" "$SECCOST scope --format json $register" >&2
done
hyperfine --style basic -N --warmup 5 --runs 50 --export-json "$RESULTS/start.json" \
  -n "seccost totals (November 2022)" "$SECCOST totals $NOVEMBER_2022" >&2

# Peak resident memory, on the largest size.
largest=$(echo "$SIZES" | tr ' ' '\n' | sort -n | tail -1)
csv="$DATA/ledger-$largest-$SEED.csv"
peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }
{
  echo "C tokeniser	$(peak "$CSV_COUNT" "$csv")"
  echo "seccost totals	$(peak "$SECCOST" totals --by phase "$csv")"
  echo "seccost validate	$(peak "$SECCOST" validate "$csv")"
  echo "seccost export	$(peak "$SECCOST" export "$csv")"
  echo "seccost risk	$(peak "$SECCOST" risk --simulations "$RISK_SIMULATIONS" "$csv")"
  echo "python csv+decimal	$(peak python3 Benchmarks/totals.py "$csv")"
  if [ "$largest" -le "$HLEDGER_MAX_ROWS" ]; then
    echo "hledger	$(peak hledger -f "$csv.journal" bal --tree -N)"
  fi
} >"$RESULTS/rss.tsv"

# The goals of issue 17, on the largest size, in interleaved rounds: each round times the C
# tokeniser and every command one after another, so that the machine's drift cancels out in the
# ratio (see Benchmarks/interleaved.py). This table decides whether a goal is met.
echo "timing the goals in $ROUNDS interleaved rounds..." >&2
python3 Benchmarks/interleaved.py "$CSV_COUNT" "$SECCOST" "$ROUNDS" \
  "$DATA/ledger-$largest-$SEED.csv" "$DATA/ledger-$largest-$SEED-spreadsheet.csv" \
  >"$RESULTS/interleaved.md"

# --- Table -------------------------------------------------------------------------------------
python3 - "$RESULTS" "$SIZES" "$largest" "$SCOPE_SIZES" <<'PY'
import json, os, platform, subprocess, sys
results, sizes, largest = sys.argv[1], [int(s) for s in sys.argv[2].split()], int(sys.argv[3])
scope_sizes = [int(s) for s in sys.argv[4].split()]

def load(name):
    with open(os.path.join(results, name)) as f:
        return {r["command"]: r for r in json.load(f)["results"]}

def machine():
    model = "?"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    cores = os.cpu_count()
    memory = int(open("/proc/meminfo").readline().split()[1]) // 1024 // 1024
    load = open("/proc/loadavg").read().split()[:3]
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return (f"{model}, {cores} cores, {memory} GiB; {platform.system()} {platform.release()}; "
            f"{swift[0] if swift else 'swift ?'}; load average {' '.join(load)} at the end")

rss = dict(line.rstrip("\n").split("\t") for line in open(os.path.join(results, "rss.tsv")))
print(f"\nMachine: {machine()}")
print(open(os.path.join(results, "load.txt")).read())
print("Wall time (median of the runs, ± standard deviation) and its ratio to the C tokeniser's in the")
print("same hyperfine run; CPU is user + system time, whose ratio is what it would be on one core.\n")
print("| rows | command | median (ms) | ± (ms) | × C tokeniser | CPU × C | goal | met |")
print("|---:|---|---:|---:|---:|---:|---|---|")
goals = {
    "seccost totals": ("≤ 1.5×", lambda r: r <= 1.5),
    "seccost validate": ("≤ 1.5×", lambda r: r <= 1.5),
    "seccost export": ("≤ 2×", lambda r: r <= 2.0),
}
cpu = lambda r: r["user"] + r["system"]
for rows in sizes:
    slow = load(f"slow-{rows}.json")
    # The generator's canonical spellings, then the same rows as spreadsheets write them.
    for run, suffix in ((f"fast-{rows}.json", ""), (f"spreadsheet-{rows}.json", " (spreadsheet)")):
        fast = load(run)
        c = fast["C tokeniser"]["median"]
        c_cpu = cpu(fast["C tokeniser"])
        for name, r in fast.items():
            ratio = r["median"] / c
            goal, test = goals.get(name, ("", None))
            met = ("yes" if test(ratio) else "NO") if test and rows == largest else ""
            print(f"| {rows:,} | {name}{suffix} | {r['median'] * 1000:.1f} | "
                  f"{(r['stddev'] or 0) * 1000:.1f} | {ratio:.2f} | {cpu(r) / c_cpu:.2f} | {goal} | {met} |")
    fast = load(f"fast-{rows}.json")
    c_slow = slow["C tokeniser"]["median"]
    ours = slow["seccost totals"]["median"]
    for name in ("python csv+decimal", "hledger"):
        if name not in slow:
            continue
        r = slow[name]
        ratio = r["median"] / c_slow
        versus = r["median"] / ours
        if name.startswith("python"):
            goal, met = "seccost ≥ 5× faster", versus >= 5
        else:
            goal, met = "seccost faster", versus > 1
        met_text = "yes" if met else "NO"
        print(f"| {rows:,} | {name} | {r['median'] * 1000:.1f} | {(r['stddev'] or 0) * 1000:.1f} | "
              f"{ratio:.2f} | {cpu(r) / cpu(slow['C tokeniser']):.2f} | "
              f"{goal} (seccost {versus:.1f}× faster) | {met_text} |")

start = load("start.json")["seccost totals (November 2022)"]
print(f"\nseccost totals {os.path.basename('Ledgers/2022-11-sec-release.csv')}: start to exit "
      f"{start['median'] * 1000:.1f} ms ± {(start['stddev'] or 0) * 1000:.1f} ms "
      f"(goal ≤ 50 ms: {'yes' if start['median'] <= 0.05 else 'NO'})")

print(f"\nPeak resident memory, {largest:,} rows (/usr/bin/time):\n")
print("| command | peak RSS (MiB) | goal | met |")
print("|---|---:|---|---|")
for name, kb in rss.items():
    mib = int(kb) / 1024
    goal = "≤ 64 MiB" if name == "seccost totals" else ""
    met = ("yes" if mib <= 64 else "NO") if goal else ""
    print(f"| {name} | {mib:.1f} | {goal} | {met} |")

if scope_sizes:
    print("\nScope registers (entries): wall time, median, and per entry; the ratio to the C")
    print("tokeniser reading the same register in the same run.\n")
    print("| entries | command | median (ms) | ± (ms) | × C tokeniser | ns per entry |")
    print("|---:|---|---:|---:|---:|---:|")
    for entries in scope_sizes:
        runs = load(f"scope-{entries}.json")
        c = runs["C tokeniser"]["median"]
        for name, r in runs.items():
            print(f"| {entries:,} | {name} | {r['median'] * 1000:.1f} | "
                  f"{(r['stddev'] or 0) * 1000:.1f} | {r['median'] / c:.2f} | "
                  f"{r['median'] / entries * 1e9:.0f} |")


for command in ("seccost totals", "seccost risk"):
    print(f"\nLinear growth, {command} (ns per row):", ", ".join(
        f"{rows:,}: {load(f'fast-{rows}.json')[command]['median'] / rows * 1e9:.0f}"
        for rows in sizes))
PY
echo
echo "The goals, in interleaved rounds ($largest rows; this table decides them):"
echo
cat "$RESULTS/interleaved.md"
