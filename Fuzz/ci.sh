#!/usr/bin/env bash
# CI: a short, bounded fuzzing run (default 60 seconds) of the import path and the commands after
# it (totals, report and its renderers, risk, the scope register and scenarios), from the seed
# corpus in Fuzz/seeds (which holds every input that ever failed, as a regression test). Exits
# non-zero on a crash, a hang, a leak or an oracle failure, leaving the input in
# Fuzz/.work/artifacts/.
#
# Needs the Swift toolchain (it ships clang, lld and the libFuzzer and AddressSanitizer runtimes:
# nothing like libclang-rt-*-dev is needed), libcsv-dev and zlib1g-dev (for ZIPFoundation, which
# the report renderers import); dpkg-dev lets Fuzz/build.sh unpack Debian's libcsv source to
# instrument it too (without it the system's libcsv is linked).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

missing=()
[ -f /usr/include/csv.h ] || missing+=(libcsv-dev)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
command -v dpkg-source >/dev/null 2>&1 || missing+=(dpkg-dev)
command -v xz >/dev/null 2>&1 || missing+=(xz-utils)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

Fuzz/build.sh
SKIP_BUILD=1 Fuzz/run.sh "$seconds"
