import SECCost
import SECCostCSV

/// The editable ledger workbook `seccost export -o FILE.xlsx` writes: the ledger in the wide
/// layout (sheet `Wide`, the RID's table with a totals row), in the ledger layout (sheet
/// `Ledger`), and its ``LedgerFingerprint`` in a hidden sheet. The same ledger gives the same
/// bytes.
package enum LedgerWorkbook {
  /// The workbook of `ledger`.
  ///
  /// - Throws: ``LedgerWorkbookError``: a note the wide layout cannot hold, a column total
  ///   beyond the range of money.
  package static func workbook(_ ledger: Ledger) throws(LedgerWorkbookError) -> XLSXWorkbook {
    let table: WideTable
    do { table = try WideTable(ledger) } catch { throw .wideLayout(error) }
    return XLSXWorkbook(
      sheets: [WideSheet.sheet(table), LedgerSheet.sheet(ledger), LedgerFingerprint.sheet(ledger)])
  }

  /// The `.xlsx` file's bytes for `ledger`, made in memory.
  package static func bytes(_ ledger: Ledger) throws(LedgerWorkbookError) -> [UInt8] {
    let book = try workbook(ledger)
    do { return try book.bytes() } catch { throw LedgerWorkbookError(error) }
  }

  /// Writes the workbook of `ledger` to the file at `path`, atomically and a row at a time (its
  /// bytes are those of ``bytes(_:)``): memory beyond the ledger's stays bounded.
  package static func write(_ ledger: Ledger, to path: String) throws(LedgerWorkbookError) {
    let book = try workbook(ledger)
    do { try book.write(to: path) } catch { throw LedgerWorkbookError(error) }
  }
}

/// Why a ledger workbook could not be made.
package enum LedgerWorkbookError: Error, CustomStringConvertible {
  /// A note the wide sheet cannot hold unambiguously.
  case wideLayout(WideLayoutError)
  /// A column total beyond the range of money.
  case total(MoneyError)
  /// The package could not be packed.
  case packing
  /// The file could not be written.
  case output(OutputFileError)

  /// The error writing the workbook threw, as one of these.
  init(_ error: any Error) {
    switch error {
    case let error as MoneyError: self = .total(error)
    case let error as OutputFileError: self = .output(error)
    default: self = .packing
    }
  }

  /// What went wrong, for the user.
  package var description: String {
    switch self {
    case .wideLayout(let error): error.description
    case .total(let error): "a column total of the Wide sheet: \(error)"
    case .packing: OOXMLPackageError.packing.description
    case .output(let error): error.description
    }
  }
}
