import SECCost

extension LedgerFingerprint {
  /// The hidden sheet that carries the fingerprint of `ledger`: A1 the label, B1 the
  /// fingerprint, both text.
  package static func sheet(_ ledger: Ledger) -> XLSXSheet {
    var sheet = XLSXSheet(name: sheetName)
    sheet.isHidden = true
    sheet.append([.text(label), .text(of(ledger))])
    return sheet
  }
}
