#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SECCost

/// Settling the decimal convention of a file (``DecimalConventionTally``) before its lines are
/// handed on.
///
/// A `,`-delimited file has a decimal point (``DecimalReading/pointByDefault``: an amount such as
/// `£20.000` that a decimal-comma spreadsheet would write for twenty thousand is refused), and its
/// rows go straight through (the fast path included). So does every file when ``LedgerReader/Options/decimal`` names a convention. A
/// `;`-delimited file without one has its convention decided from all its amounts before any
/// row is validated, in one of two ways:
/// - a regular file is read twice: once only to record what its amount cells say, which keeps
///   nothing but counts and the first amount of each convention (memory does not grow with the
///   file), then as usual. `;` files come from spreadsheets, so the second read is cheap.
/// - a file that cannot be read twice (standard input, a pipe) has its rows held as they are
///   read, up to ``LedgerReader/defaultDecimalBufferLimit`` bytes (each row within the reader's
///   ``CSVLimits`` as ever), then settled and handled. Past that a file is refused with a message
///   asking for `--decimal`, and read on under the convention of the rows held so far.
extension LedgerReader {
  /// The most bytes of rows held to settle the convention of a `;`-delimited pipe: 64 MiB.
  static let defaultDecimalBufferLimit = 64 << 20

  /// A cell of the file being read, where an amount's evidence was found.
  struct Cell: Sendable {
    let line: Int
    let column: String
  }

  /// What remains to be done about a file's decimal convention while its rows are read.
  enum DecimalPlan {
    /// The convention is known; the issue, if any, is a conflict to report at its line.
    case decided(LedgerIssue?)
    /// The rows are being held until the whole file has been read.
    case buffering(DecimalBuffer)
  }

  /// Rows held until a file's decimal convention is known.
  struct DecimalBuffer {
    private(set) var records: [CSVRecord] = []
    private(set) var bytes = 0

    /// Holds `record`, unless that would take the bytes held past `limit`.
    mutating func add(_ record: CSVRecord, limit: Int) -> Bool {
      let size = record.withFields { bytes, ends in bytes.count + ends.count * 8 } + 64
      guard bytes + size <= limit else { return false }
      bytes += size
      records.append(record)
      return true
    }
  }

  /// How the rows after `header` are to be read, and what is left to do: the convention the
  /// options name, a decimal point for a `,` file, or — for a `;` file — the convention its
  /// amounts settle, read now from a second reading of a regular file or later from the rows
  /// held from a pipe.
  func decimalReading(for header: CSVRecord, layout: FileLayout, path: String)
    -> (DecimalReading, DecimalPlan)
  {
    // A workbook's numbers are decimal text with a point; its text amounts read as a ',' file's.
    if sheetMaps[path] != nil { return (.workbook, .decided(nil)) }
    if let decimal = options.decimal { return (.convention(decimal), .decided(nil)) }
    guard header.delimiter == UInt8(ascii: ";") else { return (.pointByDefault, .decided(nil)) }
    var status = stat()
    guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      return (.point, .buffering(DecimalBuffer()))
    }
    var tally = DecimalConventionTally<Cell>()
    var reader = CSVReader(path: path, delimiter: header.delimiter, encoding: options.encoding)
    reader.limits = options.limits
    var headerSkipped = false
    // A problem reading the file is reported by the reading proper; the amounts before it are
    // evidence enough.
    _ = try? reader.forEachRow { record in
      guard headerSkipped else {
        headerSkipped = true
        return
      }
      recordEvidence(of: record, layout: layout, into: &tally)
    }
    return settle(tally, path: path)
  }

  /// The reading `tally` decides, and the issue to report if its amounts conflict.
  func settle(_ tally: DecimalConventionTally<Cell>, path: String) -> (DecimalReading, DecimalPlan)
  {
    let decision = tally.decision
    guard case .conflict(let conflict) = decision else { return (decision.reading, .decided(nil)) }
    let place = conflict.minorityFirst.place
    let issue = LedgerIssue(
      file: path, line: place.line, column: place.column,
      message: conflict.message { "line \($0.line), \($0.column)" })
    return (decision.reading, .decided(issue))
  }

  /// Records what the amount cells of `record` say about the file's convention.
  func recordEvidence(
    of record: CSVRecord, layout: FileLayout, into tally: inout DecimalConventionTally<Cell>
  ) {
    switch layout {
    case .ledger(let header):
      for (index, column) in header.columns.enumerated() where index < record.count {
        guard let column, column.isAmount, !record.isEmpty(at: index),
          let text = record.text(at: index)
        else { continue }
        tally.record(
          amount: text, days: column == .days, at: Cell(line: record.line, column: column.name))
      }
    case .wide(let header):
      var row = WideRow()
      for (index, column) in header.columns.enumerated() where index < record.count {
        guard let column, !record.isEmpty(at: index), let text = record.text(at: index) else {
          continue
        }
        row.cells[column] = text
      }
      for expansion in row.expanded().expansions {
        for column in [LedgerColumn.low, .high, .likely] {
          tally.record(
            amount: expansion.row[column],
            at: Cell(
              line: record.line, column: WideRow.columnName(for: column, phase: expansion.phase)))
        }
      }
      for (column, wide) in [(LedgerColumn.days, WideColumn.days), (.dayRate, .dayRate)] {
        tally.record(
          amount: row.cells[wide] ?? "", days: column == .days,
          at: Cell(line: record.line, column: WideRow.columnName(for: column, phase: nil)))
      }
    }
  }
}
