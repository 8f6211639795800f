#!/usr/bin/env bash
# Benchmarks/serve.sh: `seccost serve` under load — wrk on loopback against the release page and
# `/api/totals` of the November 2022 seed ledger and of a generated 100,000-line ledger; requests
# per second and p99 latency; and an edit made under that load, checked on disk afterwards.
#
#   Benchmarks/serve.sh                 # 10 s a run, 2 threads, 32 connections
#   SECONDS_PER_RUN=30 ROWS=100000 Benchmarks/serve.sh
#
# Installs wrk with apt-get if missing. Not part of the test suite.
set -euo pipefail

cd "$(dirname "$0")/.."
SEED=${SEED:-20221104}
ROWS=${ROWS:-100000}
DURATION=${SECONDS_PER_RUN:-10}
CONNECTIONS=${CONNECTIONS:-32}
DATA=${SECCOST_BENCHMARK_DATA:-${TMPDIR:-/tmp}/seccost-benchmarks}
mkdir -p "$DATA"

if ! command -v wrk >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq wrk >/dev/null
fi

echo "building seccost (release)..." >&2
swift build -c release --product seccost >&2
SECCOST="$(swift build -c release --show-bin-path)/seccost"

csv="$DATA/ledger-$ROWS-$SEED.csv"
if [ ! -s "$csv" ]; then
  python3 Benchmarks/generate-ledger.py "$ROWS" --seed "$SEED" >"$csv.tmp"
  mv "$csv.tmp" "$csv"
fi

# The server edits its ledgers: give it copies.
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
cp Ledgers/2022-11-sec-release.csv "$work/seed.csv"
cp "$csv" "$work/large.csv"

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

# Starts `seccost serve FILE --allow edit` on a free port and waits until it answers.
start() {
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$SECCOST" serve "$1" --port "$port" --allow edit >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/api/releases" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "the server did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
}

stop() { kill -INT "$server"; wait "$server" || true; }

# The first request's time (a page is rendered once per change of the files, then served from
# memory), then wrk's summary: requests/s and the 99th percentile latency.
load() {
  local first out
  first=$(curl -s -o /dev/null -w '%{time_total}' "$1")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency "$1")
  printf '%s\t%ss\t%s\t%s\n' "$2" "$first" \
    "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" \
    "$(awk '$1 == "99%" { print $2 }' <<<"$out")"
}

printf 'ledger\tpage\tfirst request\trequests/s\tp99\n'
for ledger in seed large; do
  start "$work/$ledger.csv"
  release=$(curl -fs "http://127.0.0.1:$port/api/releases" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["name"])')
  name=$(urlencode "$release")
  load "http://127.0.0.1:$port/release/$name" "$ledger	release page"
  load "http://127.0.0.1:$port/api/totals?release=$name&by=phase" "$ledger	/api/totals"
  stop
done

# An edit under load loses nothing: while wrk reads the release page, one figure is changed
# through the API; afterwards the file on disk holds it and still validates.
start "$work/seed.csv"
release_path="http://127.0.0.1:$port/release/$(urlencode "November 2022")"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$release_path" >/dev/null &
loader=$!
sleep 1
base=$(curl -fs "http://127.0.0.1:$port/api/files" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["sha256"])')
status=$(curl -s -o "$work/edit.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"release\":\"November 2022\",\"version\":\"0.4\",\"party\":\"DCC\",\"modification\":\"MP078\",\"phase\":\"sit\",\"basis\":\"firm\",\"low\":\"12345.67\",\"high\":\"\",\"note\":\"edited under load\",\"base\":\"$base\"}" \
  "http://127.0.0.1:$port/api/figures")
wait "$loader"
stop
if [ "$status" = 200 ] && grep -q 'edited under load' "$work/seed.csv" && "$SECCOST" validate "$work/seed.csv" >/dev/null; then
  echo "edit under load: kept (HTTP $status, the file validates)"
else
  echo "edit under load: LOST (HTTP $status: $(cat "$work/edit.json"))" >&2
  exit 1
fi
