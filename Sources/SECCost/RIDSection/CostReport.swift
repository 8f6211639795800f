/// Everything a report of one ledger shows, shaped for rendering without IO: the RID cost section
/// of each release, the ledger's lines, and, against a baseline, the variance.
public struct CostReport: Hashable, Sendable {
  /// The ledger's name for people (its file name).
  public let name: String
  /// The ledger's lines in canonical order.
  public let lines: [LedgerLine]
  /// The cost section of each release, in date order.
  public internal(set) var sections: [CostSection]
  /// The comparison with a baseline, when one was given.
  public let variance: CostReportVariance?

  /// Shapes the report of `lines`, compared with `baseline` when given.
  ///
  /// Only the baseline's lines of releases in `lines` are compared, so a baseline ledger that
  /// covers more releases does not list theirs as removed.
  ///
  /// With `onlyVersion`, the sections show exactly the lines of that document version (see
  /// ``CountedLedger/onlyVersion``).
  ///
  /// - Throws: ``CostReportError`` if a total does not fit or the comparison cannot be made.
  public init(
    name: String, lines: [LedgerLine], baseline: (name: String, lines: [LedgerLine])? = nil,
    onlyVersion: String? = nil
  ) throws(CostReportError) {
    self.name = name
    self.lines = Ledger(lines: lines).canonicalLines
    do {
      sections = try CostSection.sections(of: lines, onlyVersion: onlyVersion)
    } catch {
      throw .overflow
    }
    if let baseline {
      variance = try CostReportVariance(
        baselineName: baseline.name, baseline: baseline.lines, currentName: name, current: lines)
    } else {
      variance = nil
    }
  }

  /// The report's title: `November 2022 SEC Release: Costs (v0.4)`, or the releases listed.
  public var title: String {
    guard !sections.isEmpty else { return "\(name): Costs" }
    return sections.map(\.title).joined(separator: "; ")
  }
}

extension CostSection {
  /// The release as a RID names it, with the version used: `November 2022 SEC Release (v0.4)`.
  public var releaseName: String {
    "\(release) SEC Release" + (version.map { " (v\($0))" } ?? "")
  }

  /// The section's title: `November 2022 SEC Release: Costs (v0.4)`.
  public var title: String {
    "\(release) SEC Release: \(Self.heading)" + (version.map { " (v\($0))" } ?? "")
  }
}

/// Why a report could not be shaped.
public enum CostReportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A total left the representable range.
  case overflow
  /// The comparison with the baseline failed.
  case variance(String)

  /// What went wrong, in words for the user.
  public var description: String {
    switch self {
    case .overflow: "report: \(MoneyError.overflow.totalDescription)"
    case .variance(let message): "report --baseline: \(message)"
    }
  }
}
