/// What a risk report does with TBC figures, which have no amount yet.
public enum TBCTreatment: Hashable, Sendable {
  /// Leave them out and count them: every figure is then a lower bound on the true cost.
  case exclude
  /// Give every TBC figure this range (or amount), as if the ledger had said so.
  case range(CostRange)

  /// `exclude`, or the range in a RID's notation (`£0 to £250,000`).
  public var description: String {
    switch self {
    case .exclude: "exclude"
    case .range(let range): range.ridNotation
    }
  }
}
