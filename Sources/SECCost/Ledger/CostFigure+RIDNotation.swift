extension CostFigure {
  /// The RID's cell notation: `£1,335,568`, `£301,000 to £625,000`, `TBC`, `N/A`.
  public var ridNotation: String {
    switch self {
    case .priced(_, let range): range.ridNotation
    case .tbc: "TBC"
    case .notApplicable: "N/A"
    }
  }

  /// Reads a RID cell: `TBC`, `N/A`, an amount, or a range `£301,000 to £625,000`.
  ///
  /// The notation does not say whether an amount is firm or estimated (a RID uses italics for
  /// that), so the caller gives the basis of amounts.
  public init(ridNotation text: some StringProtocol, basis: PricedBasis)
    throws(CostFigureParseError)
  {
    let trimmed = text.trimmingSpaces
    switch Basis(parsing: trimmed) {
    case .tbc?:
      self = .tbc
      return
    case .notApplicable?:
      self = .notApplicable
      return
    default:
      break
    }
    let bounds = CostFigure.rangeBounds(of: trimmed)
    let low: Money
    let high: Money
    do {
      low = try Money(parsing: bounds.low)
      high =
        try bounds.high.map { (text) throws(MoneyParseError) in try Money(parsing: text) } ?? low
    } catch {
      throw .money(error)
    }
    do {
      self = .priced(basis, try CostRange(low: low, high: high))
    } catch {
      throw .figure(error)
    }
  }

  /// Splits a RID range `A to B` (any case; or `A – B` with an en dash) into its bounds; a
  /// single figure has no high bound.
  public static func rangeBounds(of text: Substring) -> (low: Substring, high: Substring?) {
    let scalars = Array(text.unicodeScalars)
    for separator in [" to ", " – "] {
      let pattern = Array(separator.unicodeScalars)
      guard scalars.count >= pattern.count else { continue }
      for offset in 0...(scalars.count - pattern.count) {
        let window = scalars[offset..<(offset + pattern.count)]
        if zip(window, pattern).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) {
          let splitAt = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset)
          let resumeAt = text.unicodeScalars.index(splitAt, offsetBy: pattern.count)
          return (text[..<splitAt], text[resumeAt...])
        }
      }
    }
    return (text, nil)
  }
}

/// Why a RID cell is not a cost figure.
public enum CostFigureParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An amount did not parse.
  case money(MoneyParseError)
  /// The amounts do not form a valid range.
  case figure(CostFigureError)

  /// A description of the problem for the user.
  public var description: String {
    switch self {
    case .money(let error): error.description
    case .figure(let error): error.description
    }
  }
}
