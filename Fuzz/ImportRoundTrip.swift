// libFuzzer target: the whole import path of seccost, with a round-trip oracle, and the commands
// after it.
//
// bytes → CSVReader (libcsv) → rows → LedgerReader (either layout, validated) → totals →
// canonical export → re-import, which must give the same ledger, the same totals and the same
// bytes again; and the same through the wide layout. Every input is also re-read in small chunks
// and under tight limits, which must give the same rows (or a limit error after a prefix of them).
// A valid ledger then goes through `totals`, `report` (model, Markdown, HTML) and `risk`
// (CommandLaws.swift); every input is also read as a scope register, and a valid one goes
// through the scope checks and scenarios (ScopeLaws.swift).
//
// Built by Fuzz/build.sh with `swiftc -sanitize=fuzzer,address`; not part of Package.swift.

import SECCost
import SECCostCSV

#if canImport(Glibc)
  import Glibc
#endif

/// A file in memory (tmpfs, unlinked at once) that readers open by a /proc/self/fd path.
final class ScratchFile {
  let descriptor: Int32
  let path: String

  init(_ name: String) {
    let template = "/dev/shm/seccost-fuzz-\(getpid())-\(name)"
    descriptor = open(template, O_RDWR | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { fail("cannot create \(template)") }
    unlink(template)
    path = "/proc/self/fd/\(descriptor)"
  }

  func replace(with bytes: UnsafeRawBufferPointer) {
    guard ftruncate(descriptor, 0) == 0 else { fail("ftruncate") }
    var written = 0
    while written < bytes.count {
      let result = pwrite(
        descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(written))
      guard result > 0 else { fail("pwrite") }
      written += result
    }
  }

  func replace(with bytes: [UInt8]) {
    bytes.withUnsafeBytes { replace(with: $0) }
  }
}

nonisolated(unsafe) let inputFile = ScratchFile("input")
nonisolated(unsafe) let exportFile = ScratchFile("export")

func fail(_ message: String) -> Never {
  let text = "ORACLE FAILURE: \(message)\n"
  _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
  abort()
}

/// A row as the reader delivered it.
struct Row: Equatable {
  let line: Int
  let fields: [[UInt8]]
}

/// Every row of `path`, and how the read ended.
func rows(of reader: CSVReader) -> (rows: [Row], source: CSVSource?, error: CSVReadError?) {
  var rows: [Row] = []
  do {
    let source = try reader.forEachRow { record in
      rows.append(
        Row(line: record.line, fields: (0..<record.count).map { Array(record.bytes(at: $0)) }))
    }
    return (rows, source, nil)
  } catch {
    return (rows, nil, error)
  }
}

/// A ledger read from `path`: its lines, or `nil` with the reader if it was invalid.
func readLedger(_ path: String) -> (ledger: Ledger?, reader: LedgerReader) {
  let reader = LedgerReader()
  var ledger = Ledger()
  reader.read(path) { line, _ in ledger.lines.append(line) }
  return (reader.isValid ? ledger : nil, reader)
}

/// The totals of `ledger` by phase (the report also holds the DCC, SECAS and overall totals),
/// with its lines added in their order; or the overflow that stopped it.
func totals(_ ledger: Ledger) -> Result<TotalsReport, MoneyError> {
  var totals = CostTotals(by: .phase)
  for line in ledger.lines { totals.add(line) }
  return totalsReport(of: totals)
}

/// The report of `totals`, or the overflow that stopped it; any other error is a failure (the
/// lines of a revised release not read again is the caller's mistake).
func totalsReport(of totals: CostTotals) -> Result<TotalsReport, MoneyError> {
  do {
    return .success(try totals.report())
  } catch let error as MoneyError {
    return .failure(error)
  } catch {
    fail("totals: \(error)")
  }
}

/// The lines of `bytes`, counted as editors count them (LF, CR LF or a lone CR ends a line): an
/// issue may name any of them, or the line after the last.
func lineCount(_ bytes: UnsafeRawBufferPointer) -> Int {
  var lines = 1
  for index in bytes.indices {
    if bytes[index] == 0x0A
      || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
    {
      lines += 1
    }
  }
  return lines
}

func checkReader(_ bytes: UnsafeRawBufferPointer) {
  let whole = rows(of: CSVReader(path: inputFile.path))
  // Chunk boundaries must not change a thing: the same rows, the same error. (The encoding and
  // delimiter are detected from the first chunk, so they are given: those detected, or UTF-8
  // and ',' if the read failed, when the reference read is repeated with them.)
  let encoding = whole.source?.encoding ?? .utf8
  let delimiter = whole.source?.delimiter ?? UInt8(ascii: ",")
  let reference =
    whole.source == nil
    ? rows(of: CSVReader(path: inputFile.path, delimiter: delimiter, encoding: encoding)) : whole
  let chunkSize = 4 + bytes.count % 29
  let again = rows(
    of: CSVReader(
      path: inputFile.path, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize))
  if again.rows != reference.rows || again.error != reference.error {
    fail(
      "in \(chunkSize)-byte chunks: \(again.rows.count) rows, \(String(describing: again.error));"
        + " in one: \(reference.rows.count) rows, \(String(describing: reference.error))")
  }
  // Tight limits: a prefix of the rows, then a limit error; or everything if none was hit.
  var limited = CSVReader(path: inputFile.path)
  limited.limits = CSVLimits(maxFieldBytes: 24, maxFields: 9, maxRowBytes: 96)
  let tight = rows(of: limited)
  guard tight.rows.count <= whole.rows.count,
    Array(whole.rows.prefix(tight.rows.count)) == tight.rows
  else { fail("rows under tight limits are not a prefix of the rows") }
  if let error = tight.error {
    let isLimit = error.message.contains(", the limit (")
    if !isLimit && error != whole.error {
      fail("under tight limits: \(error), without: \(String(describing: whole.error))")
    }
  } else if tight.rows != whole.rows || whole.error != nil {
    fail("tight limits read everything but the rows differ")
  }
}

/// Every problem names a line of the file (of `lines`), has a message, is about the data and is
/// one line; `count` counts them all.
func checkIssues(_ issues: [LedgerIssue], lines: Int, count: Int) {
  for issue in issues {
    if issue.line < 0 || issue.line > lines {
      fail("issue on line \(issue.line) of \(lines): \(issue)")
    }
    if issue.message.isEmpty { fail("an issue without a message: \(issue)") }
    if issue.kind != .invalidData { fail("an in-memory file called unreadable: \(issue)") }
    if issue.description.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      fail("a problem not on one line, or with a control character: \(issue.description)")
    }
  }
  if count < issues.count { fail("issue count") }
}

func checkLedger(_ bytes: UnsafeRawBufferPointer) {
  let (ledger, reader) = readLedger(inputFile.path)
  checkIssues(reader.issues, lines: lineCount(bytes), count: reader.issueCount)
  guard let ledger else { return }
  checkKeys(ledger)
  checkCommands(ledger)
  let expectedLines = ledger.canonicalLines
  let expectedTotals = totals(Ledger(lines: expectedLines))
  if case .success(let inOrder) = totals(ledger), case .success(let canonical) = expectedTotals,
    inOrder != canonical
  {
    fail("the totals depend on the order of the lines")
  }

  // Canonical export → re-import: the same ledger, the same totals, the same bytes.
  let canonical = ledger.canonicalCSV()
  exportFile.replace(with: canonical)
  let (reread, rereader) = readLedger(exportFile.path)
  guard let reread else {
    fail(
      "the canonical export does not re-import: \(rereader.issues.first.map(\.description) ?? "")")
  }
  if reread.lines != expectedLines { fail("canonical round trip changed the ledger") }
  if totals(reread) != expectedTotals { fail("canonical round trip changed the totals") }
  if reread.canonicalCSV() != canonical { fail("canonical export is not idempotent") }
  // (hadCRLF is not checked: it is also set by a CR LF inside a quoted text.)
  if let report = rereader.reports.first,
    report.source.encoding != .utf8 || report.source.delimiter != UInt8(ascii: ",")
      || report.source.hadByteOrderMark || report.layout != .ledger
  {
    fail("canonical export is not canonical: \(report)")
  }

  // Wide export → re-import: the same ledger (a note the wide layout cannot hold is refused).
  guard let wide = try? ledger.wideCSV() else { return }
  exportFile.replace(with: wide)
  let (fromWide, wideReader) = readLedger(exportFile.path)
  guard let fromWide else {
    fail("the wide export does not re-import: \(wideReader.issues.first.map(\.description) ?? "")")
  }
  if fromWide.canonicalLines != expectedLines { fail("wide round trip changed the ledger") }
  if totals(fromWide) != expectedTotals { fail("wide round trip changed the totals") }
  if fromWide.canonicalCSV() != canonical { fail("wide round trip changed the canonical bytes") }
}

/// Keys that look alike are one key: no release, version or modification of a valid ledger holds
/// an invisible character, and each release is its own key, so that `--release` selects exactly
/// the lines the duplicate check compares as one release.
func checkKeys(_ ledger: Ledger) {
  for line in ledger.lines {
    for text in [line.release, line.version, line.modification] {
      if let invisible = InvisibleCharacter.first(in: text) {
        fail("a key with an invisible character \(InvisibleCharacter.describe(invisible)): \(text)")
      }
    }
    if ReleaseName.key(line.release) != line.release {
      fail("release \(line.release) is selected as \(ReleaseName.key(line.release))")
    }
  }
}

/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
  inputFile.replace(with: bytes)
  checkReader(bytes)
  checkLedger(bytes)
  checkScopeRegister(bytes)
  return 0
}
