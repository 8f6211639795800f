import SECCost

extension Ledger {
  /// The ledger as canonical ledger CSV v1.
  ///
  /// The header in canonical column order, one line per row in canonical order, amounts as plain
  /// decimals with two places (`high` written for point figures too), canonical ids for party,
  /// phase and basis, UTF-8 without BOM, `\n` line ends. Exporting an imported canonical file
  /// gives the same bytes.
  public func canonicalCSV() -> [UInt8] {
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    for line in canonicalLines {
      writer.writeRow(line.canonicalFields)
    }
    return writer.bytes
  }
}

extension LedgerLine {
  /// The line's cells in canonical column order.
  var canonicalFields: [String] {
    [
      release, version, party.id, modification, title, phase.id, figure.basis.id,
      figure.range?.low.plainDecimal ?? "", figure.range?.high.plainDecimal ?? "",
      likely?.plainDecimal ?? "",
      effort?.days.plainDecimal ?? "", effort?.dayRate.plainDecimal ?? "", note,
    ]
  }
}
