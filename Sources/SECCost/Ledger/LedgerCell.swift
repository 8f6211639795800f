/// One cell of a ledger row as ``LedgerRules`` sees it, once a reader has decoded it: empty, a
/// value, or text that does not read as one.
///
/// An unreadable cell carries the message that says why, so that the rules report it where, and
/// only if, the general reading always has (a `low` that does not parse is not reported on a TBC
/// line, which instead says the cell must be empty).
package enum LedgerCell<Value> {
  /// The cell is empty (or only spaces).
  case empty
  /// The cell reads as this value.
  case value(Value)
  /// The cell has text that does not read; the message says why.
  case unreadable(String)

  /// Whether the cell is empty.
  package var isEmpty: Bool {
    if case .empty = self { return true }
    return false
  }
}

extension LedgerCell {
  /// Decodes trimmed `text`: empty, or what `parse` makes of it (its error's description when it
  /// throws).
  package init<Failure: Error & CustomStringConvertible>(
    _ text: Substring, _ parse: (Substring) throws(Failure) -> Value
  ) {
    if text.isEmpty {
      self = .empty
      return
    }
    do { self = .value(try parse(text)) } catch { self = .unreadable(error.description) }
  }
}
