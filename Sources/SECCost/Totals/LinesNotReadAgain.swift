/// ``CostTotals`` made without keeping the lines was asked for its report before the lines of
/// its releases in several versions were given again (see ``CostTotals/releasesToReadAgain``):
/// those releases cannot be counted key by key.
public struct LinesNotReadAgain: Error, Sendable, CustomStringConvertible {
  /// The releases whose lines were not given again.
  public let releases: [String]

  /// What is wrong, for the programmer who called ``CostTotals/report()``.
  public var description: String {
    "the lines of \(releases.joined(separator: ", ")) (in several versions) were not read again"
  }
}
