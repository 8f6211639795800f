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
    let wide: XLSXSheet
    do { wide = try WideSheet.sheet(table) } catch { throw .total(error) }
    return XLSXWorkbook(sheets: [wide, LedgerSheet.sheet(ledger), LedgerFingerprint.sheet(ledger)])
  }

  /// The `.xlsx` file's bytes for `ledger`.
  package static func bytes(_ ledger: Ledger) throws(LedgerWorkbookError) -> [UInt8] {
    do { return try workbook(ledger).bytes() } catch let error as LedgerWorkbookError {
      throw error
    } catch {
      throw .packing
    }
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

  /// What went wrong, for the user.
  package var description: String {
    switch self {
    case .wideLayout(let error): error.description
    case .total(let error): "a column total of the Wide sheet: \(error)"
    case .packing: OOXMLPackageError.packing.description
    }
  }
}
