import SECCost
import SECCostCSV

/// What a ledger workbook was written from, so that reading it back can tell which of its sheets
/// an analyst edited.
///
/// `seccost export -o FILE.xlsx` writes the same ledger twice (the wide sheet and the ledger
/// sheet) and this fingerprint in a hidden sheet. A sheet whose ledger still has the fingerprint
/// is as exported; a sheet whose ledger does not was edited. The reader takes the one edited
/// sheet, and refuses a workbook whose sheets were edited differently, so that an edit in one
/// sheet is never silently lost to the other.
package enum LedgerFingerprint {
  /// The name of the hidden sheet that holds the fingerprint.
  package static let sheetName = "seccost"

  /// The label in cell A1 of that sheet; the fingerprint is text in B1.
  package static let label = "ledger fingerprint"

  /// 64-bit FNV-1a of the ledger's canonical CSV, as 16 lowercase hex digits: a change detector,
  /// not a security measure (the workbook is the analyst's own file).
  package static func of(_ ledger: Ledger) -> String {
    of(bytes: ledger.canonicalCSV())
  }

  /// The fingerprint of a ledger's canonical CSV `bytes`.
  package static func of(bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
