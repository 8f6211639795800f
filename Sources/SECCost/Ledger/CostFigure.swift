/// One cost as a RID states it: a firm, estimated or actual amount (a point or a range), or
/// TBC, or N/A.
public enum CostFigure: Hashable, Sendable {
  /// An amount, firm, estimated or actual.
  case priced(PricedBasis, CostRange)
  /// To be confirmed: a cost with no figure yet. Never counted as £0.
  case tbc
  /// Not applicable: no cost in this phase.
  case notApplicable

  /// The basis of the figure.
  public var basis: Basis {
    switch self {
    case .priced(let basis, _): basis.basis
    case .tbc: .tbc
    case .notApplicable: .notApplicable
    }
  }

  /// The amount, if the figure has one.
  public var range: CostRange? {
    if case .priced(_, let range) = self { return range }
    return nil
  }
}

/// The bases that carry an amount.
public enum PricedBasis: String, CaseIterable, Hashable, Sendable {
  /// A firm cost from an Impact Assessment.
  case firm
  /// An estimate from a Preliminary Assessment.
  case estimate
  /// Money actually spent.
  case actual

  /// The same basis in the wider ``Basis`` type.
  public var basis: Basis {
    switch self {
    case .firm: .firm
    case .estimate: .estimate
    case .actual: .actual
    }
  }

  /// The priced basis of `basis`, or `nil` for TBC and N/A.
  public init?(_ basis: Basis) {
    switch basis {
    case .firm: self = .firm
    case .estimate: self = .estimate
    case .actual: self = .actual
    case .tbc, .notApplicable: return nil
    }
  }
}
