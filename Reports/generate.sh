#!/usr/bin/env bash
# Regenerates every report in Reports/ from the cost ledgers: the one documented command.
#
#   bash Reports/generate.sh            # writes into Reports/
#   bash Reports/generate.sh DIR        # writes into DIR instead (the check compares DIR with Reports/)
#
# Uses $SECCOST if set (a built seccost executable), else builds with `swift build` and uses
# .build/debug/seccost. Run from anywhere; paths are relative to the package root, so the reports
# never depend on where they were made (they hold no paths, dates or times).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-Reports}"
if [ -z "${SECCOST:-}" ]; then
  swift build --product seccost >/dev/null
  SECCOST=.build/debug/seccost
fi

# Every cost ledger in Ledgers/ (not the scope register in Ledgers/scope/, not Ledgers/examples/).
"$SECCOST" report Ledgers/*.csv --out "$out" --format all >/dev/null
# The DOCX in the RID's own voice (--style rid), replacing the Panel-style one just made: what an
# analyst pastes into the RID. The scope register lets February 2021 say that none of the other
# modifications incur DCC costs (it warns on stderr where it and the ledgers disagree).
"$SECCOST" report Ledgers/*.csv --out "$out" --format docx --style rid \
  --scope Ledgers/scope/scope-register.csv >/dev/null
# The November 2022 ledger against the illustrative v0.1 baseline in Ledgers/examples/ (no DOCX:
# the Word document has no comparison with a baseline).
for format in markdown html xlsx; do
  "$SECCOST" report Ledgers/2022-11-sec-release.csv \
    --baseline Ledgers/examples/2022-11-sec-release-v0.1-illustrative.csv \
    --out "$out" --format "$format" >/dev/null
done

# The README's screenshot: the November 2022 release page of `seccost serve`, as headless Chromium
# shows it (Reports/check.sh does not compare it: its pixels depend on the machine's fonts).
if command -v chromium >/dev/null 2>&1; then
  log="$(mktemp)"
  "$SECCOST" serve Ledgers --scope Ledgers/scope/scope-register.csv --port 0 >"$log" 2>&1 &
  server=$!
  url=""
  for _ in $(seq 1 100); do
    url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" || true)"
    [ -n "$url" ] && break
    sleep 0.1
  done
  if [ -n "$url" ]; then
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1500 \
      --screenshot="$out/workbench-release.png" "$url/release/November%202022?as-of=2022-11-04" \
      >/dev/null 2>&1 || echo "generate.sh: the screenshot was not taken" >&2
  else
    echo "generate.sh: seccost serve did not start: $(cat "$log")" >&2
  fi
  kill -INT "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -f "$log"
fi
