import SECCost

extension Ledger {
  /// The ledger as canonical ledger CSV v1.
  ///
  /// The header in canonical column order, one line per row in canonical order, amounts as plain
  /// decimals with two places (`high` written for point figures too), canonical ids for party,
  /// phase and basis, UTF-8 without BOM, `\n` line ends. Text is guarded against formula
  /// injection and quoted where a spreadsheet would take it for a number (`"0.10"`). Exporting an
  /// imported canonical file gives the same bytes.
  public func canonicalCSV() -> [UInt8] {
    var writer = CSVWriter()
    writer.writeRow(LedgerColumn.allCases.map(\.name))
    for line in canonicalLines {
      writer.writeRow(line.canonicalCells)
    }
    return writer.bytes
  }
}

extension LedgerLine {
  /// The line's cells in canonical column order.
  var canonicalCells: [CSVCell] {
    [
      .text(release), .text(version), .text(party.id), .text(modification), .text(title),
      .text(phase.id), .text(figure.basis.id), .text(date?.iso ?? ""),
      .amount(figure.range?.low), .amount(figure.range?.high), .amount(likely),
      .number(effort?.days.plainDecimal ?? ""), .amount(effort?.dayRate),
      .text(note),
    ]
  }
}
