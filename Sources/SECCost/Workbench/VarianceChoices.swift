/// What the workbench's variance form offers: the document versions in the ledgers and the
/// ledger files, to compare two of either.
public struct VarianceChoices: Hashable, Sendable {
  /// Every version any line gives, in ``VersionOrder``.
  public let versions: [String]
  /// The files, in the order their first lines come.
  public let files: [String]

  /// The choices of `lines`.
  public init(lines: [LocatedLine]) {
    var versions: Set<String> = []
    var seen: Set<String> = []
    var files: [String] = []
    for located in lines {
      if !located.line.version.isEmpty { versions.insert(located.line.version) }
      if seen.insert(located.origin.file).inserted { files.append(located.origin.file) }
    }
    self.versions = versions.sorted(by: VersionOrder.precedes)
    self.files = files
  }
}
