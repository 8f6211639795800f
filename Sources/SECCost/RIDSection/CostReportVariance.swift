/// A report's comparison with a baseline ledger: the variance of the current figures against
/// the baseline's, release by release, as `seccost variance` computes it.
public struct CostReportVariance: Hashable, Sendable {
  /// The baseline ledger's name (its file name).
  public let baselineName: String
  /// The baseline's releases and the version of each compared.
  public let baselineReleases: [TotalsReport.CountedRelease]
  /// The current ledger's name.
  public let currentName: String
  /// The current releases and versions compared.
  public let currentReleases: [TotalsReport.CountedRelease]
  /// The comparison: every line, totals per phase, per modification and overall.
  public let report: VarianceReport

  /// Compares `current` with the lines of `baseline` that belong to releases in `current`, each
  /// side's latest version of each release (actual spend left out).
  ///
  /// - Throws: ``CostReportError/variance(_:)`` if a side holds conflicting lines or a sum does
  ///   not fit.
  public init(
    baselineName: String, baseline: [LedgerLine], currentName: String, current: [LedgerLine]
  ) throws(CostReportError) {
    let releases = Set(current.map(\.release))
    var before = VarianceSource()
    var after = VarianceSource()
    do {
      for line in baseline where releases.contains(line.release) { try before.add(line) }
      for line in current { try after.add(line) }
      self.report = try VarianceReport.compare(
        baseline: try before.figures(), current: try after.figures())
    } catch let error as VarianceInputError {
      throw .variance(error.description)
    } catch {
      throw .variance(String(describing: error))
    }
    self.baselineName = baselineName
    self.currentName = currentName
    self.baselineReleases = before.countedVersions()
    self.currentReleases = after.countedVersions()
  }

  /// One side for people: `2022-11-sec-release.csv (November 2022 v0.4)`.
  public static func label(_ name: String, _ releases: [TotalsReport.CountedRelease]) -> String {
    let versions = releases.map { counted in
      counted.release + (counted.version.map { " v\($0)" } ?? "")
    }
    return versions.isEmpty ? name : "\(name) (\(versions.joined(separator: ", ")))"
  }

  /// The baseline for people.
  public var baselineLabel: String { Self.label(baselineName, baselineReleases) }

  /// The current figures for people.
  public var currentLabel: String { Self.label(currentName, currentReleases) }
}
