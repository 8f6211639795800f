/// What `seccost variance` compares, from lines already read: two document versions within the
/// ledgers (`--from`, `--to`), or two files' latest figures (`BASELINE CURRENT`), through
/// ``VarianceSource`` and ``VarianceReport`` as the command does.
public struct VarianceComparison: Hashable, Sendable {
  /// The baseline as the report's heading names it: `version 0.1`, or the file.
  public let baselineLabel: String
  /// The baseline's releases and the version of each counted.
  public let baselineReleases: [TotalsReport.CountedRelease]
  /// The current side as the heading names it.
  public let currentLabel: String
  /// The current side's releases and versions counted.
  public let currentReleases: [TotalsReport.CountedRelease]
  /// Lines of actual spend in the ledgers compared, which a comparison of versions leaves out.
  public let ignoredSpendLines: Int
  /// The comparison.
  public let report: VarianceReport

  /// Why two sides could not be compared, in the command's words.
  public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message.
    public let description: String

    /// A failure saying `description`.
    public init(description: String) {
      self.description = description
    }
  }

  /// Compares version `from` with version `to` of the ledgers of `lines` (each file checked on
  /// its own, then together, as the command reads them), only `release` when given.
  public static func versions(
    from: String, to: String, in lines: [LocatedLine], release: String? = nil,
    threshold: VarianceThreshold? = nil, onlyChanged: Bool = false
  ) throws(Failure) -> VarianceComparison {
    let files = Self.files(of: lines)
    let sources = try Self.sources(lines, files: files, release: release)
    var source = VarianceSource()
    do {
      for other in sources { try source.add(other) }
    } catch {
      throw Failure(description: error.description)
    }
    let fromVersion = VersionLabel.canonical(from)
    let toVersion = VersionLabel.canonical(to)
    for version in [fromVersion, toVersion] where source.countedVersions(version: version).isEmpty {
      let known = Set(source.versions.flatMap(\.versions)).filter { !$0.isEmpty }
        .sorted(by: NaturalOrder.precedes)
      throw Failure(
        description: "no lines in version \(version) in \(files.joined(separator: ", "))"
          + " (versions: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
    }
    do {
      let before = try source.figures(version: fromVersion)
      let after = try source.figures(version: toVersion)
      return VarianceComparison(
        baselineLabel: "version \(fromVersion)",
        baselineReleases: source.countedVersions(version: fromVersion),
        currentLabel: "version \(toVersion)",
        currentReleases: source.countedVersions(version: toVersion),
        ignoredSpendLines: sources.reduce(0) { $0 + $1.actualLines },
        report: try compare(before, after, threshold: threshold, onlyChanged: onlyChanged))
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure(description: String(describing: error))
    }
  }

  /// Compares the latest figures of the file `baseline` with those of the file `current` (files
  /// as the lines' origins name them), only `release` when given.
  public static func files(
    baseline: String, current: String, in lines: [LocatedLine], release: String? = nil,
    threshold: VarianceThreshold? = nil, onlyChanged: Bool = false
  ) throws(Failure) -> VarianceComparison {
    let sources = try Self.sources(lines, files: [baseline, current], release: release)
    do {
      return VarianceComparison(
        baselineLabel: baseline, baselineReleases: sources[0].countedVersions(),
        currentLabel: current, currentReleases: sources[1].countedVersions(),
        ignoredSpendLines: sources.reduce(0) { $0 + $1.actualLines },
        report: try compare(
          try sources[0].figures(), try sources[1].figures(), threshold: threshold,
          onlyChanged: onlyChanged))
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure(description: String(describing: error))
    }
  }

  private static func compare(
    _ before: [VarianceKey: VarianceEntry], _ after: [VarianceKey: VarianceEntry],
    threshold: VarianceThreshold?, onlyChanged: Bool
  ) throws(Failure) -> VarianceReport {
    do {
      return try VarianceReport.compare(
        baseline: before, current: after, threshold: threshold, onlyChanged: onlyChanged)
    } catch {
      throw Failure(description: "variance: \(error)")
    }
  }

  /// The files of `lines`, in the order their first lines come.
  private static func files(of lines: [LocatedLine]) -> [String] {
    var seen: Set<String> = []
    return lines.map(\.origin.file).filter { seen.insert($0).inserted }
  }

  /// A source per file of `files`, of its lines of `release` (every release when `nil`).
  private static func sources(_ lines: [LocatedLine], files: [String], release: String?)
    throws(Failure) -> [VarianceSource]
  {
    let release = release.map(ReleaseName.key)
    let index = Dictionary(
      files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    var sources = Array(repeating: VarianceSource(), count: files.count)
    do {
      for located in lines {
        guard let file = index[located.origin.file] else { continue }
        if let release, located.line.release != release { continue }
        try sources[file].add(located.line, origin: located.origin)
      }
    } catch {
      throw Failure(description: error.description)
    }
    if let release, sources.allSatisfy(\.isEmpty) {
      throw Failure(
        description: "no lines for release \"\(release)\" in \(files.joined(separator: ", "))")
    }
    return sources
  }
}
