#!/usr/bin/env bash
# Fails if any committed report in Reports/ differs from what Reports/generate.sh makes now, or if
# a report is missing or left over. Prints the files that differ.
#
#   bash Reports/check.sh               # uses $SECCOST, else builds
set -euo pipefail
cd "$(dirname "$0")/.."
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
bash Reports/generate.sh "$fresh"
status=0
for file in "$fresh"/*; do
  name="$(basename "$file")"
  [ "${name##*.}" = png ] && continue  # a screenshot: its pixels depend on the fonts
  if ! cmp -s "$file" "Reports/$name"; then
    echo "Reports/$name differs from a fresh report (run: bash Reports/generate.sh)"
    status=1
  fi
done
for file in Reports/*.md Reports/*.html Reports/*.xlsx Reports/*.docx; do
  [ -e "$file" ] || continue
  name="$(basename "$file")"
  [ "$name" = README.md ] && continue
  if [ ! -e "$fresh/$name" ]; then
    echo "$file is not made by Reports/generate.sh any more (remove it)"
    status=1
  fi
done
[ $status = 0 ] && echo "Reports/ is up to date"
exit $status
