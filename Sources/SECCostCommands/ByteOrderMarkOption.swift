import ArgumentParser
import SECCostCSV

/// `--bom` / `--no-bom`: whether written CSV begins with the UTF-8 byte order mark that Excel
/// needs to open a CSV by double-click as UTF-8.
///
/// The default depends on the layout: the wide layout, the table analysts open in Excel, has the
/// mark; the ledger layout, canonical CSV whose bytes must survive export → import → export, has
/// none.
struct ByteOrderMarkOption: ParsableArguments {
  @Flag(
    inversion: .prefixedNo,
    help: "Begin with the UTF-8 byte order mark Excel needs (default: on for wide, off for ledger).")
  var bom: Bool?

  /// The bytes to write before CSV in `layout`: the mark, or nothing.
  func prefix(for layout: LedgerLayout) -> [UInt8] {
    bom ?? (layout == .wide) ? TextEncoding.utf8ByteOrderMark : []
  }
}
