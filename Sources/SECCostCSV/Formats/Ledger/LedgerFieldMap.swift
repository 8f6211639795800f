import SECCost

/// Where each column of a ledger-layout file is among a record's fields, for reading rows
/// straight from their bytes (``FastLedgerRow``).
struct LedgerFieldMap {
  /// The columns the fast path knows; a file with any other column is read the general way.
  private static let known: Set<LedgerColumn> = [
    .release, .version, .party, .modification, .title, .phase, .basis, .date, .low, .high,
    .likely, .days, .dayRate, .note,
  ]

  /// The number of fields a row must have.
  let fieldCount: Int
  /// The field of each column, or -1 when the file does not have it.
  let release, version, party, modification, title, phase, basis, date: Int
  let low, high, likely, days, dayRate, note: Int
  /// Fields under an unnamed (empty) header, which must be empty, as bits (field 0 is bit 0).
  let unnamed: UInt64

  /// The map of `header`, or `nil` if it has a column the fast path does not know or more than
  /// 64 fields.
  init?(_ header: LedgerHeader) {
    let named = header.columns.compactMap { $0 }
    guard header.columns.count <= 64, named.allSatisfy({ Self.known.contains($0) }) else {
      return nil
    }
    func field(_ column: LedgerColumn) -> Int {
      header.columns.firstIndex(of: column) ?? -1
    }
    fieldCount = header.columns.count
    release = field(.release)
    version = field(.version)
    party = field(.party)
    modification = field(.modification)
    title = field(.title)
    phase = field(.phase)
    basis = field(.basis)
    date = field(.date)
    low = field(.low)
    high = field(.high)
    likely = field(.likely)
    days = field(.days)
    dayRate = field(.dayRate)
    note = field(.note)
    unnamed = header.columns.indices.reduce(0) { bits, index in
      header.columns[index] == nil ? bits | (1 << UInt64(index)) : bits
    }
  }
}
