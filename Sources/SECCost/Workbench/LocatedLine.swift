/// A ledger line with where it was read (`FILE:LINE`): what the workbench's pages show beside
/// every figure, so that each one can be traced to its source.
public struct LocatedLine: Hashable, Sendable {
  /// The line.
  public let line: LedgerLine
  /// Where it was read.
  public let origin: LineOrigin

  /// A line read at `origin`.
  public init(_ line: LedgerLine, origin: LineOrigin) {
    self.line = line
    self.origin = origin
  }
}
