extension LedgerReader {
  /// The problems that make what was read unusable, or `nil` if there are none: the issues,
  /// and with `strict` the warnings too, as errors, in file and line order among them.
  public func problems(strict: Bool) -> LedgerLoadError? {
    guard strict && warningCount > 0 else {
      return isValid ? nil : LedgerLoadError(issues: issues, count: issueCount)
    }
    let order = Dictionary(
      reports.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    let merged = (issues + warnings.map(\.asError)).enumerated().sorted {
      (order[$0.element.file] ?? .max, $0.element.line, $0.offset)
        < (order[$1.element.file] ?? .max, $1.element.line, $1.offset)
    }
    return LedgerLoadError(
      issues: Array(merged.map(\.element).prefix(Self.issueLimit)),
      count: issueCount + warningCount)
  }

  /// The warnings, one per line, with a count of any not listed; `nil` if there are none.
  public var warningText: String? {
    guard warningCount > 0 else { return nil }
    return LedgerLoadError(issues: warnings, count: warningCount, noun: "warnings").description
  }
}
