/// The document versions of one release that a count drew on, and how many lines each gave.
public struct ReleaseVersions: Hashable, Sendable {
  /// One version and the lines of it that were counted.
  public struct Count: Hashable, Sendable {
    /// The version (`0.5`); empty for lines with no version.
    public let version: String
    /// How many of its lines are counted (the others were superseded by a later version).
    public let lines: Int

    /// Creates a count.
    public init(version: String, lines: Int) {
      self.version = version
      self.lines = lines
    }
  }

  /// The SEC Release.
  public let release: String
  /// Every version seen, latest first; a version every line of which was superseded has 0 lines.
  public let versions: [Count]

  /// Creates the versions of a release.
  public init(release: String, versions: [Count]) {
    self.release = release
    self.versions = versions
  }

  /// The latest version counted, or `nil` if the release's lines have no version.
  public var latest: String? { versions.first { !$0.version.isEmpty }?.version }

  /// What was counted, for people: `v0.5 (1 line) over v0.4 (30 lines carried forward)`; just
  /// `v0.4` when one version gives every line.
  public var summary: String {
    let counted = versions.filter { $0.lines > 0 }
    func name(_ version: String) -> String { version.isEmpty ? "lines with no version" : "v\(version)" }
    func lines(_ count: Int) -> String { count == 1 ? "1 line" : "\(count) lines" }
    guard let first = counted.first else { return "" }
    if counted.count == 1 { return first.version.isEmpty ? "" : name(first.version) }
    var text = "\(name(first.version)) (\(lines(first.lines)))"
    for earlier in counted.dropFirst() {
      text += " over \(name(earlier.version)) (\(lines(earlier.lines)) carried forward)"
    }
    return text
  }
}
