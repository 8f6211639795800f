import Foundation
import SECCost
import SECCostCSV

/// The state of `seccost serve`: the named ledgers as last read, re-read whenever a file
/// changes on disk, and the one place they are written. An actor, so edits are applied one at a
/// time: each is checked against the bytes on disk and written before the next is looked at,
/// and two edits from the same base can never both be written (the second gets ``EditOutcome/stale(path:sha256:message:)``).
package actor Workbench {
  /// How the server was started.
  package nonisolated let configuration: WorkbenchConfiguration
  /// The token the pages' forms carry (`csrf`) and the server requires on every form post: made
  /// fresh by each process, never written anywhere.
  package nonisolated let csrfToken: String
  /// The port the server listens on (the one the system chose, if 0 was asked).
  package nonisolated let boundPort: BoundPort
  /// The scope register (`--scope`), read once when the server starts.
  package nonisolated let register: ScopeRegister?
  private var current: LedgerSnapshot
  private let scratch: String
  /// Pages and API answers as made from ``current``, by what they show (the route and its
  /// parameters): emptied whenever the ledgers are read again, so none is older than the files.
  private var pages: [String: any Sendable] = [:]
  /// At most this many pages are kept (a page of a 100,000-line ledger is megabytes).
  private static let pageLimit = 64

  /// Reads the ledgers of `configuration`.
  package init(configuration: WorkbenchConfiguration) {
    self.configuration = configuration
    boundPort = BoundPort(configuration.port)
    var random = SystemRandomNumberGenerator()
    csrfToken = SHA256.hex((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) })
    current = LedgerSnapshot.read(configuration.ledgers, options: configuration.readerOptions)
    register = configuration.scope.flatMap { try? ScopeRegister.loadLocated($0).register }
    var template = Array((NSTemporaryDirectory() + "/seccost-serve-XXXXXX").utf8CString)
    scratch =
      template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }.map {
        String(cString: $0)
      } ?? NSTemporaryDirectory()
  }

  deinit {
    try? FileManager.default.removeItem(atPath: scratch)
  }

  /// The ledgers as they are on disk now: read again if any file changed since last read.
  package func snapshot() -> LedgerSnapshot {
    if current.isStale { reread() }
    return current
  }

  /// The page `key` names, made by `make` from the ledgers as they are now and kept until they
  /// change (so a busy page is rendered once per change, not once per request); `nil` when
  /// `make` finds nothing to show. `make` runs outside the actor: a long render (the risk curve
  /// of a large release) holds up no other request.
  package nonisolated func page(_ key: String, _ make: @Sendable (LedgerSnapshot) -> String?)
    async -> String?
  {
    await kept("page \(key)") { KeptPage(html: make($0)) }.html
  }

  /// The answer `key` names (an API route and its parameters), made by `make` from the ledgers
  /// as they are now and kept until they change, as ``page(_:_:)`` keeps a page.
  package nonisolated func kept<Answer: Sendable>(
    _ key: String, _ make: @Sendable (LedgerSnapshot) -> Answer
  ) async -> Answer {
    let (kept, snapshot) = await cached(key)
    if let kept = kept as? Answer { return kept }
    let answer = make(snapshot)
    await keep(answer, for: key, from: snapshot.version)
    return answer
  }

  /// A page as kept: `nil` when there is nothing to show.
  private struct KeptPage: Sendable {
    let html: String?
  }

  /// What is kept for `key` from the ledgers as they are now, and those ledgers.
  private func cached(_ key: String) -> ((any Sendable)?, LedgerSnapshot) {
    let snapshot = snapshot()
    return (pages[key], snapshot)
  }

  /// Keeps `page` for `key` if the ledgers it was made from are still the current ones.
  private func keep(_ page: any Sendable, for key: String, from version: String) {
    guard version == current.version else { return }
    if pages.count >= Self.pageLimit { pages.removeAll(keepingCapacity: true) }
    pages[key] = page
  }

  private func reread() {
    current = LedgerSnapshot.read(configuration.ledgers, options: configuration.readerOptions)
    pages.removeAll(keepingCapacity: true)
  }

  /// Sets one figure, as ``FigureEdit`` describes, if the server allows edits, the file holding
  /// its key (the first file, for a new key) is still the one `base` names, and the ledgers it
  /// leaves are valid as `seccost validate` reads them. The file is written back whole, in
  /// canonical form (as `seccost export` writes it), atomically.
  package func edit(_ edit: FigureEdit) -> EditOutcome {
    guard configuration.allowsEdits else { return .forbidden }
    let snapshot = snapshot()
    let tooLong = edit.fields.filter { $0.value.utf8.count > FigureEdit.maxFieldBytes }
    guard tooLong.isEmpty else {
      return .invalid(
        tooLong.map { "\($0.name): longer than \(FigureEdit.maxFieldBytes) bytes" })
    }
    guard snapshot.isValid else {
      return .invalid(
        ["the ledgers have problems; fix them in the files first"]
          + snapshot.errors.map(\.description))
    }
    guard let first = configuration.ledgers.first else { return .invalid(["no ledger to edit"]) }
    // The figure as the ledger reader reads it: every rule applied to the row as given.
    let parsed: LedgerLine
    switch readRow(edit) {
    case .failure(let problems): return .invalid(problems.messages)
    case .success(let line): parsed = line
    }
    let existing = snapshot.lines.indices.first { snapshot.lines[$0].key == parsed.key }
    let path = existing.map { snapshot.origins[$0].file } ?? first
    let onDisk = FileManager.default.contents(atPath: path).map { SHA256.hex([UInt8]($0)) }
    guard edit.base == onDisk, edit.base == snapshot.file(path)?.sha256 else {
      return .stale(
        path: path, sha256: onDisk,
        message: staleMessage(
          path: path, base: edit.base, now: onDisk,
          existing: existing.map {
            snapshot.lines[$0]
          }))
    }
    var row = edit
    if let existing { row.keepUnset(from: snapshot.lines[existing]) }
    var kept = Ledger()
    for index in snapshot.lines.indices
    where snapshot.origins[index].file == path && index != existing {
      kept.lines.append(snapshot.lines[index])
    }
    // The file as it would be: its other lines and the new row, read with every other file by
    // one reader, so duplicates across files are caught as `validate` catches them.
    var candidate = kept.canonicalCSV()
    var writer = CSVWriter()
    writer.writeRow(Self.rowValues(row))
    candidate += writer.drain()
    let staged = scratch + "/" + Self.fileName(of: path)
    guard FileManager.default.createFile(atPath: staged, contents: Data(candidate)) else {
      return .failed("\(path): cannot stage the edit")
    }
    defer { try? FileManager.default.removeItem(atPath: staged) }
    let reader = LedgerReader(options: configuration.readerOptions)
    var written = Ledger()
    for ledger in configuration.ledgers {
      if ledger == path {
        reader.read(staged) { line, _ in written.lines.append(line) }
      } else {
        reader.read(ledger) { _, _ in }
      }
    }
    if let problems = reader.problems(strict: false) {
      return .invalid(
        problems.issues.map { $0.description.replacingOccurrences(of: staged, with: path) })
    }
    let bytes = written.canonicalCSV()
    do {
      try OutputFile.write(bytes, to: path)
    } catch {
      return .failed(error.description)
    }
    reread()
    return .saved(path: path, sha256: SHA256.hex(bytes))
  }

  /// Reads `edit` as one row of a ledger file by itself: the line, or every problem with its
  /// column (`low: …`).
  private func readRow(_ edit: FigureEdit) -> Result<LedgerLine, Problems> {
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    writer.writeRow(Self.rowValues(edit))
    let staged = scratch + "/figure.csv"
    guard FileManager.default.createFile(atPath: staged, contents: Data(writer.drain())) else {
      return .failure(Problems(["cannot stage the edit"]))
    }
    defer { try? FileManager.default.removeItem(atPath: staged) }
    let reader = LedgerReader(options: configuration.readerOptions)
    var read: LedgerLine?
    reader.read(staged) { line, _ in read = line }
    if let problems = reader.problems(strict: false) {
      return .failure(
        Problems(
          problems.issues.map { issue in
            issue.column.map { "\($0): \(issue.message)" } ?? issue.message
          }))
    }
    guard let read else { return .failure(Problems(["no figure given"])) }
    return .success(read)
  }

  /// Problems with an edit, as messages.
  private struct Problems: Error {
    let messages: [String]
    init(_ messages: [String]) { self.messages = messages }
  }

  /// The row's cells in canonical column order.
  private static func rowValues(_ edit: FigureEdit) -> [String] {
    let values = Dictionary(uniqueKeysWithValues: edit.fields.map { ($0.name, $0.value) })
    return LedgerColumn.allCases.map { values[$0.name] ?? "" }
  }

  private func staleMessage(path: String, base: String, now: String?, existing: LedgerLine?)
    -> String
  {
    var message =
      "\(path) changed on disk since it was read (sha256 \(base.prefix(64)) was given; it is now "
      + "\(now ?? "unreadable")); nothing was written. Reload, check the figure and edit again."
    if let existing {
      message +=
        " The figure now reads \(existing.figure.ridNotation) (\(existing.figure.basis.id))."
    }
    return message
  }

  private static func fileName(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? "ledger.csv"
  }
}

extension FigureEdit {
  /// Takes the line's own title, date, likely amount and effort where the edit leaves them out.
  mutating func keepUnset(from line: LedgerLine) {
    if title == nil { title = line.title }
    if date == nil { date = line.date?.iso ?? "" }
    if likely == nil { likely = line.likely?.plainDecimal ?? "" }
    if days == nil { days = line.effort?.days.plainDecimal ?? "" }
    if dayRate == nil { dayRate = line.effort?.dayRate.plainDecimal ?? "" }
  }
}
