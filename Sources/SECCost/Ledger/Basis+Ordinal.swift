extension Basis {
  /// The basis's position in ``allCases`` (report order), without searching.
  package var ordinal: Int {
    switch self {
    case .firm: 0
    case .estimate: 1
    case .actual: 2
    case .tbc: 3
    case .notApplicable: 4
    }
  }
}
