/// The one rule for what a ledger's figures say: for each key (release, party, modification,
/// phase) the line of the latest document version that has that key counts, and a key absent
/// from later versions carries forward from the version that last had it.
///
/// Every command that totals, reports, simulates or compares lines counts them through this
/// type, so that "v0.5 updates MP141 only" is read the same way everywhere. Actual spend is not
/// a figure a later version revises: every actual line counts.
///
/// Lines stream in with ``add(_:)``; ``counted()`` gives the result. Memory holds one line per
/// key (the latest seen), not every line read.
public struct CountedLedger: Sendable {
  /// Only lines of this version are counted, when set: the lines of one document as printed.
  public let onlyVersion: String?
  /// Only lines of this release are counted, when set (compared ignoring case).
  public let release: String?

  private var lines: [LedgerLine] = []
  private var index: [FigureKey: Int] = [:]
  /// Every version seen per release, counted or not.
  private var versionsSeen: [String: Set<String>] = [:]
  private let releaseKey: String?

  /// Starts an empty count, optionally of one release and of one document version.
  public init(release: String? = nil, onlyVersion: String? = nil) {
    self.release = release
    self.onlyVersion = onlyVersion
    releaseKey = release?.lowercased()
  }

  /// Adds one line: it is kept if its key has no line yet or only one of an earlier version.
  ///
  /// Two lines of one key and one version are a duplicate the reader refuses; here the first
  /// is kept.
  public mutating func add(_ line: LedgerLine) {
    if let releaseKey, line.release.lowercased() != releaseKey { return }
    if let onlyVersion, line.version != onlyVersion { return }
    if versionsSeen[line.release]?.contains(line.version) != true {
      versionsSeen[line.release, default: []].insert(line.version)
    }
    if line.figure.basis == .actual {
      lines.append(line)
      return
    }
    let key = FigureKey(line)
    if let known = index[key] {
      if VersionOrder.precedes(lines[known].version, line.version) { lines[known] = line }
      return
    }
    index[key] = lines.count
    lines.append(line)
  }

  /// Adds every line of `more`.
  public mutating func add(contentsOf more: some Sequence<LedgerLine>) {
    for line in more { add(line) }
  }

  /// What was counted: the lines, the versions they came from, what is missing and which
  /// figures a combined Preliminary Assessment covers.
  public func counted() -> CountedFigures {
    CountedFigures(lines: lines, versionsSeen: versionsSeen)
  }
}
