/// A cost ledger: validated lines from one or more files.
public struct Ledger: Hashable, Sendable {
  /// The lines, in the order they were added.
  public var lines: [LedgerLine]

  /// Creates a ledger of `lines`.
  public init(lines: [LedgerLine] = []) {
    self.lines = lines
  }

  /// The lines in canonical order (see ``LedgerLine/canonicallyPrecedes(_:)``), ties kept in
  /// their original order.
  public var canonicalLines: [LedgerLine] {
    canonicalOrder.map { lines[$0] }
  }
}
