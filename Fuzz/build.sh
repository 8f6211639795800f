#!/usr/bin/env bash
# Builds the libFuzzer target Fuzz/.work/import-round-trip: SECCost, SECCostCSV and SECCostReports
# (with ZIPFoundation, which it imports) compiled from Sources/ with -sanitize=fuzzer,address
# (coverage-guided, AddressSanitizer and LeakSanitizer), linked with libcsv built from Debian's
# source with the same instrumentation, so libcsv's own code is covered and checked too (falls
# back to the system's uninstrumented libcsv if the source cannot be fetched). Not part of
# Package.swift: `swift build` never sees it.
#
# Needs only the Swift toolchain (its clang and its libclang_rt.fuzzer / asan runtimes),
# libcsv-dev and zlib1g-dev (for ZIPFoundation); nothing else to install.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/Fuzz/.work"
build="$work/build"
mkdir -p "$build"

swiftc=${SWIFTC:-$(command -v swiftc)}
clang="$(dirname "$(readlink -f "$swiftc")")/clang"
[ -x "$clang" ] || clang=$(command -v clang)
sanitize=(-sanitize=fuzzer,address)

# libcsv from Debian's source package (deb-src is not configured: use a private source list).
libcsv_object=""
if [ ! -f "$work/libcsv/libcsv.c" ] && command -v apt-get >/dev/null 2>&1; then
  apt_dir="$work/apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/parts" "$work/src"
  {
    for source in /etc/apt/sources.list.d/*.sources; do
      [ -f "$source" ] && sed 's/^Types: deb$/Types: deb-src/' "$source"
      echo
    done
    [ -f /etc/apt/sources.list ] && sed -n 's/^deb /deb-src /p' /etc/apt/sources.list
  } >"$apt_dir/parts/src.list.tmp" || true
  grep -q '^deb-src ' "$apt_dir/parts/src.list.tmp" && mv "$apt_dir/parts/src.list.tmp" "$apt_dir/parts/src.list" \
    || mv "$apt_dir/parts/src.list.tmp" "$apt_dir/parts/src.sources"
  apt_options=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt_dir/parts"
    -o "Dir::State::Lists=$apt_dir/lists" -o "APT::Sandbox::User=root")
  if apt-get "${apt_options[@]}" update -qq >/dev/null 2>&1 \
    && (cd "$work/src" && apt-get "${apt_options[@]}" source -qq libcsv >/dev/null 2>&1); then
    found=$(find "$work/src" -maxdepth 2 -name libcsv.c | head -1)
    if [ -n "$found" ]; then
      mkdir -p "$work/libcsv"
      cp "$found" "$(dirname "$found")/csv.h" "$work/libcsv/"
    fi
  fi
fi
if [ -f "$work/libcsv/libcsv.c" ]; then
  "$clang" -fsanitize=fuzzer-no-link,address -O1 -g -I "$work/libcsv" \
    -c "$work/libcsv/libcsv.c" -o "$build/libcsv.o"
  libcsv_object="$build/libcsv.o"
  echo "libcsv: built from Debian's source with the fuzzer's instrumentation" >&2
else
  echo "libcsv: source not available; linking the system's (uninstrumented) libcsv" >&2
fi

common=(-swift-version 6 -package-name seccost -O -g -use-ld=lld "${sanitize[@]}" -parse-as-library -I "$build")
"$swiftc" "${common[@]}" -module-name SECCost -wmo -emit-module \
  -emit-module-path "$build/SECCost.swiftmodule" -c $(find Sources/SECCost -name '*.swift' | sort) \
  -o "$build/SECCost.o"
"$swiftc" "${common[@]}" -module-name SECCostThreads -wmo -emit-module \
  -emit-module-path "$build/SECCostThreads.swiftmodule" -c $(find Sources/SECCostThreads -name '*.swift' | sort) \
  -o "$build/SECCostThreads.o"
"$swiftc" "${common[@]}" -module-name SECCostCSV -wmo -emit-module -I Sources/CLibCSV \
  -emit-module-path "$build/SECCostCSV.swiftmodule" -c $(find Sources/SECCostCSV -name '*.swift' | sort) \
  -o "$build/SECCostCSV.o"
# The report renderers (Markdown, HTML with its charts), SECCostOOXML and ZIPFoundation, which
# SECCostOOXML imports for XLSX: ZIPFoundation from SwiftPM's checkout (`swift package resolve` fetches it),
# with AddressSanitizer but without coverage (its code is not what is searched). SECCostReports
# with -enable-testing: the target draws the HTML page part by part for large ledgers.
zip_sources=${ZIPFOUNDATION_SOURCES:-.build/checkouts/ZIPFoundation/Sources}
if [ ! -d "$zip_sources/ZIPFoundation" ]; then
  swift package resolve >&2
fi
"$swiftc" -swift-version 5 -package-name ZIPFoundation -O -g -sanitize=address -parse-as-library \
  -module-name ZIPFoundation -wmo -emit-module -emit-module-path "$build/ZIPFoundation.swiftmodule" \
  -I "$zip_sources/CZLib" -Xcc -D_GNU_SOURCE=1 \
  -c $(find "$zip_sources/ZIPFoundation" -name '*.swift' | sort) -o "$build/ZIPFoundation.o"
"$swiftc" "${common[@]}" -module-name SECCostOOXML -wmo -emit-module -I Sources/CLibCSV -I "$zip_sources/CZLib" \
  -emit-module-path "$build/SECCostOOXML.swiftmodule" \
  -c $(find Sources/SECCostOOXML -name '*.swift' | sort) -o "$build/SECCostOOXML.o"
"$swiftc" "${common[@]}" -enable-testing -module-name SECCostReports -wmo -emit-module -I Sources/CLibCSV -I "$zip_sources/CZLib" \
  -emit-module-path "$build/SECCostReports.swiftmodule" \
  -c $(find Sources/SECCostReports -name '*.swift' | sort) -o "$build/SECCostReports.o"
link=("$build/SECCost.o" "$build/SECCostThreads.o" "$build/SECCostCSV.o" "$build/SECCostOOXML.o" "$build/SECCostReports.o" "$build/ZIPFoundation.o" -lz)
if [ -n "$libcsv_object" ]; then link+=("$libcsv_object"); else link+=(-lcsv); fi
"$swiftc" "${common[@]}" -module-name ImportRoundTrip -I Sources/CLibCSV -I "$zip_sources/CZLib" \
  Fuzz/ImportRoundTrip.swift Fuzz/CommandLaws.swift Fuzz/ScopeLaws.swift "${link[@]}" \
  -o "$work/import-round-trip"
echo "built $work/import-round-trip" >&2
