extension Phase {
  /// The phase's position in ``allCases`` (report order), without searching.
  package var ordinal: Int {
    switch self {
    case .designBuildPIT: 0
    case .sit: 1
    case .uit: 2
    case .implementToLive: 3
    case .applicationSupport: 4
    case .total: 5
    case .secChanges: 6
    case .projectManagement: 7
    }
  }
}
