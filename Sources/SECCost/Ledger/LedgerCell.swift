/// One cell of a ledger row as ``LedgerRules`` sees it, once a reader has decoded it: empty, a
/// value, or text that does not read as one.
///
/// Why an unreadable cell does not read is given to ``LedgerRules/apply(issues:reasons:)`` by
/// column, so that the rules report it where, and only if, the general reading always has (a
/// `low` that does not parse is not reported on a TBC line, which instead says the cell must be
/// empty). The cell itself holds no string: a row of cells is then plain bytes, copied and
/// dropped without a reference count or a call per cell, which the fast path needs.
package enum LedgerCell<Value> {
  /// The cell is empty (or only spaces).
  case empty
  /// The cell reads as this value.
  case value(Value)
  /// The cell has text that does not read.
  case unreadable

  /// Whether the cell is empty.
  package var isEmpty: Bool {
    if case .empty = self { return true }
    return false
  }
}

extension LedgerCell {
  /// Decodes trimmed `text`: empty, or what `parse` makes of it; when it throws, the cell is
  /// unreadable and the error's description is `reasons[column]`.
  package init<Failure: Error & CustomStringConvertible>(
    _ text: Substring, column: LedgerColumn, reasons: inout [LedgerColumn: String],
    _ parse: (Substring) throws(Failure) -> Value
  ) {
    if text.isEmpty {
      self = .empty
      return
    }
    do { self = .value(try parse(text)) } catch {
      reasons[column] = error.description
      self = .unreadable
    }
  }
}
