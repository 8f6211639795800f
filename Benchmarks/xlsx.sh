#!/usr/bin/env bash
# Benchmarks/xlsx.sh: the workbook round trip on a 100,000-line ledger — `seccost export` to XLSX
# and `seccost import` of it, against the CSV path and against Python's openpyxl on the same
# workbook; peak memory of the XLSX import.
#
#   Benchmarks/xlsx.sh                 # 100,000 lines
#   ROWS=1000000 RUNS=3 Benchmarks/xlsx.sh
#
# Installs what it needs with apt-get if missing (hyperfine, python3-openpyxl, time).
set -euo pipefail

cd "$(dirname "$0")/.."
SEED=${SEED:-20221104}
ROWS=${ROWS:-100000}
RUNS=${RUNS:-5}
DATA=${SECCOST_BENCHMARK_DATA:-${TMPDIR:-/tmp}/seccost-benchmarks}
mkdir -p "$DATA"

missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "building seccost (release)..." >&2
swift build -c release --product seccost >&2
SECCOST="$(swift build -c release --show-bin-path)/seccost"

csv="$DATA/ledger-$ROWS-$SEED.csv"
if [ ! -s "$csv" ]; then
  python3 Benchmarks/generate-ledger.py "$ROWS" --seed "$SEED" >"$csv.tmp"
  mv "$csv.tmp" "$csv"
fi
book="$DATA/ledger-$ROWS-$SEED.xlsx"
"$SECCOST" export "$csv" -o "$book"
peer="$DATA/ledger-$ROWS-$SEED-openpyxl.xlsx"
/usr/bin/python3 Benchmarks/xlsx-openpyxl.py write "$csv" "$peer"

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
hyperfine --style basic -N --warmup 1 --runs "$RUNS" \
  -n "export CSV" "$SECCOST export $csv -o $DATA/out.csv" \
  -n "export XLSX" "$SECCOST export $csv -o $DATA/out.xlsx" \
  -n "openpyxl write" "/usr/bin/python3 Benchmarks/xlsx-openpyxl.py write $csv $DATA/out-openpyxl.xlsx" \
  -n "import CSV" "$SECCOST import $csv -o $DATA/back.csv" \
  -n "import XLSX" "$SECCOST import $book -o $DATA/back.csv" \
  -n "openpyxl read (Ledger sheet)" "/usr/bin/python3 Benchmarks/xlsx-openpyxl.py read $book Ledger"
for what in "export $csv -o $DATA/out.xlsx" "import $book -o $DATA/back.csv" "import $csv -o $DATA/back.csv"; do
  # shellcheck disable=SC2086
  kib=$(/usr/bin/time -f %M "$SECCOST" $what 2>&1 >/dev/null | tail -1)
  echo "peak memory of seccost $what: $((kib / 1024)) MiB"
done
