#!/usr/bin/env bash
# Source coverage of the fuzzing corpus: builds the target as Fuzz/build.sh does, but with
# -profile-coverage-mapping and no sanitizers, replays Fuzz/.work/corpus (made if missing; it may
# be empty) and Fuzz/seeds once, and prints llvm-cov's report for every Swift file of the modules
# the target runs through (SECCost, SECCostThreads, SECCostCSV, SECCostOOXML, SECCostReports), found by `find`,
# so that files added, moved or renamed are reported without editing this script.
#
# Files the target cannot reach by design: CSVPipeline and CanonicalCSVPipeline with the Monitor
# and WorkerThread they share (second threads for files from 4 MiB and ledgers from 65,536 lines;
# inputs are at most 16 KiB, and their tests read and write such files), the output files
# (Output/: the target writes nothing to disk), and the XLSX writer.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/Fuzz/.work"
build="$work/coverage"
mkdir -p "$build"
swiftc=${SWIFTC:-$(command -v swiftc)}
bin="$(dirname "$(readlink -f "$swiftc")")"
sources() { find "$1" -name '*.swift' | LC_ALL=C sort; }
common=(-swift-version 6 -package-name seccost -Onone -use-ld=lld -sanitize=fuzzer -profile-generate
  -profile-coverage-mapping -parse-as-library -I "$build")
"$swiftc" "${common[@]}" -module-name SECCost -wmo -emit-module \
  -emit-module-path "$build/SECCost.swiftmodule" -c $(sources Sources/SECCost) -o "$build/SECCost.o"
"$swiftc" "${common[@]}" -module-name SECCostThreads -wmo -emit-module \
  -emit-module-path "$build/SECCostThreads.swiftmodule" -c $(sources Sources/SECCostThreads) \
  -o "$build/SECCostThreads.o"
"$swiftc" "${common[@]}" -module-name SECCostCSV -wmo -emit-module -I Sources/CLibCSV \
  -emit-module-path "$build/SECCostCSV.swiftmodule" -c $(sources Sources/SECCostCSV) -o "$build/SECCostCSV.o"
# ZIPFoundation (imported by SECCostOOXML for XLSX) from SwiftPM's checkout, without coverage.
zip_sources=${ZIPFOUNDATION_SOURCES:-.build/checkouts/ZIPFoundation/Sources}
if [ ! -d "$zip_sources/ZIPFoundation" ]; then
  swift package resolve >&2
fi
"$swiftc" -swift-version 5 -package-name ZIPFoundation -Onone -parse-as-library \
  -module-name ZIPFoundation -wmo -emit-module -emit-module-path "$build/ZIPFoundation.swiftmodule" \
  -I "$zip_sources/CZLib" -Xcc -D_GNU_SOURCE=1 \
  -c $(sources "$zip_sources/ZIPFoundation") -o "$build/ZIPFoundation.o"
"$swiftc" "${common[@]}" -module-name SECCostOOXML -wmo -emit-module -I Sources/CLibCSV -I "$zip_sources/CZLib" \
  -emit-module-path "$build/SECCostOOXML.swiftmodule" -c $(sources Sources/SECCostOOXML) \
  -o "$build/SECCostOOXML.o"
"$swiftc" "${common[@]}" -enable-testing -module-name SECCostReports -wmo -emit-module -I "$zip_sources/CZLib" \
  -emit-module-path "$build/SECCostReports.swiftmodule" -c $(sources Sources/SECCostReports) \
  -o "$build/SECCostReports.o"
"$swiftc" "${common[@]}" -module-name ImportRoundTrip -I Sources/CLibCSV -I "$zip_sources/CZLib" \
  Fuzz/ImportRoundTrip.swift Fuzz/CommandLaws.swift Fuzz/ScopeLaws.swift \
  "$build/SECCost.o" "$build/SECCostThreads.o" "$build/SECCostCSV.o" "$build/SECCostOOXML.o" \
  "$build/SECCostReports.o" "$build/ZIPFoundation.o" -lz -lcsv -o "$build/import-round-trip"
rm -f "$build"/*.profraw
mkdir -p "$work/corpus"
SWIFT_BACKTRACE=enable=no LLVM_PROFILE_FILE="$build/replay-%p.profraw" \
  "$build/import-round-trip" -runs=0 -max_len=16384 "$work/corpus" Fuzz/seeds >"$build/replay.log" 2>&1 \
  || { tail -20 "$build/replay.log" >&2; echo "coverage: the replay failed (log: $build/replay.log)" >&2; exit 1; }
"$bin/llvm-profdata" merge -sparse "$build"/*.profraw -o "$build/replay.profdata"
files=()
while IFS= read -r file; do files+=("$file"); done < <(
  for module in SECCost SECCostThreads SECCostCSV SECCostOOXML SECCostReports; do sources "Sources/$module"; done)
"$bin/llvm-cov" report "$build/import-round-trip" -instr-profile="$build/replay.profdata" "${files[@]}"
