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
    lines.enumerated().sorted { a, b in
      if a.element.canonicallyPrecedes(b.element) { return true }
      if b.element.canonicallyPrecedes(a.element) { return false }
      return a.offset < b.offset
    }.map(\.element)
  }
}
