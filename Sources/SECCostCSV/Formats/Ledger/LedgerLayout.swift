/// How a ledger file is laid out; every command that reads a ledger takes either, telling them
/// apart by the header.
public enum LedgerLayout: String, CaseIterable, Sendable {
  /// Ledger CSV v1: one line per figure (`release,version,party,…`).
  case ledger
  /// The RID table: one row per modification, one column per phase, cells in RID notation.
  case wide
}
