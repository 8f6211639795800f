import SECCost

/// Performance only: ledger files written out as canonical ledger CSV the fast way. Room for the
/// lines is made at once from the files' sizes (``Ledger/expectedLineCount(inFiles:)``), the
/// canonical order is begun while the lines are read (``CanonicalOrdering``), the CSV is handed
/// out a megabyte at a time as it is made, and the lines are freed on another thread
/// (``BackgroundRelease``) once written. The bytes are exactly ``Ledger/canonicalCSV()``'s.
package struct CanonicalExport {
  private var ledger = Ledger()
  private var ordering: CanonicalOrdering

  /// An export with room for the lines `paths` are expected to hold.
  package init(expectingLinesOf paths: [String]) {
    let capacity = Ledger.expectedLineCount(inFiles: paths)
    ordering = CanonicalOrdering(capacity: capacity)
    ledger.lines.reserveCapacity(capacity)
  }

  /// Takes the next line read.
  package mutating func add(_ line: LedgerLine) {
    ordering.add(line)
    ledger.lines.append(line)
  }

  /// Hands the canonical CSV of the lines taken to `emit` in pieces, in order; then frees the
  /// lines on another thread, leaving the export empty.
  package mutating func write(_ emit: ([UInt8]) -> Void) {
    let order = ordering.order(of: ledger)
    ledger.writeCanonicalCSV(order: order, emit)
    let lines = ledger
    ledger = Ledger()
    ordering = CanonicalOrdering()
    BackgroundRelease.free((consume lines, consume order))
  }
}
