#!/usr/bin/env bash
# Source coverage of the fuzzing corpus: builds the target with -profile-coverage-mapping (no
# sanitizers), replays Fuzz/.work/corpus and Fuzz/seeds once, and prints llvm-cov's report for
# the files of Sources/SECCostCSV and Sources/SECCost the import path runs through.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/Fuzz/.work"
build="$work/coverage"
mkdir -p "$build"
swiftc=${SWIFTC:-$(command -v swiftc)}
bin="$(dirname "$(readlink -f "$swiftc")")"
common=(-swift-version 6 -package-name seccost -Onone -use-ld=lld -sanitize=fuzzer -profile-generate
  -profile-coverage-mapping -parse-as-library -I "$build")
"$swiftc" "${common[@]}" -module-name SECCost -wmo -emit-module \
  -emit-module-path "$build/SECCost.swiftmodule" -c $(find Sources/SECCost -name '*.swift' | sort) \
  -o "$build/SECCost.o"
"$swiftc" "${common[@]}" -module-name SECCostThreads -wmo -emit-module \
  -emit-module-path "$build/SECCostThreads.swiftmodule" -c $(find Sources/SECCostThreads -name '*.swift' | sort) \
  -o "$build/SECCostThreads.o"
"$swiftc" "${common[@]}" -module-name SECCostCSV -wmo -emit-module -I Sources/CLibCSV \
  -emit-module-path "$build/SECCostCSV.swiftmodule" -c $(find Sources/SECCostCSV -name '*.swift' | sort) \
  -o "$build/SECCostCSV.o"
"$swiftc" "${common[@]}" -module-name ImportRoundTrip -I Sources/CLibCSV \
  Fuzz/ImportRoundTrip.swift "$build/SECCost.o" "$build/SECCostThreads.o" "$build/SECCostCSV.o" -lcsv -o "$build/import-round-trip"
rm -f "$build"/*.profraw
mkdir -p "$work/corpus"
SWIFT_BACKTRACE=enable=no LLVM_PROFILE_FILE="$build/replay-%p.profraw" \
  "$build/import-round-trip" -runs=0 "$work/corpus" Fuzz/seeds >"$build/replay.log" 2>&1
"$bin/llvm-profdata" merge -sparse "$build"/*.profraw -o "$build/replay.profdata"
# The import path's files. Not here: CSVPipeline and CanonicalCSVPipeline, the second threads for
# files from 4 MiB and ledgers from 65,536 lines, which inputs of at most 1 KiB never reach (their
# tests read and write such files).
files=(Sources/SECCostCSV/{CSVParser,CSVReader,CSVRecord,CSVLimits,CSVWriter,TextEncoding,LedgerReader,LedgerReader+Duplicates,LedgerHeader,LedgerFieldMap,FastLedgerRow,TextCache,EditionTable,DuplicateKeys,FingerprintSet,WideHeader,WideColumn,WideRow,SpreadsheetText,DecimalComma,Ledger+CanonicalCSV,Ledger+WideCSV,LedgerIssue}.swift
  Sources/SECCost/{Money+Parsing,Money+Formatting,CostFigure+RIDNotation,LedgerRow+Validation,Identifier+Normalised,Days,SECASEffort,CostTotals,CostSummary,CalendarDate+ISOParsing,Ledger+CanonicalOrder,RadixSort}.swift)
"$bin/llvm-cov" report "$build/import-round-trip" -instr-profile="$build/replay.profdata" "${files[@]}"
