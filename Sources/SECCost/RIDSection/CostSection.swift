/// A release's "Costs" section as a RID prints it: the DCC costs (a sentence on the total and
/// the breakdown table, with italics for estimates and footnotes), and the SECAS costs in the
/// RID's words. Built from ledger lines; no IO.
///
/// Only the release's latest document version is used (with any lines that have no version), as
/// ``CostTotals`` counts it. Actual spend is not part of a RID's cost section: it is left out and
/// counted in ``actualLinesLeftOut``.
public struct CostSection: Hashable, Sendable {
  /// The SEC Release.
  public let release: String
  /// The latest document version used; `nil` when its lines have no version.
  public let version: String?
  /// Every version the section's lines come from (a later version's figures over the earlier
  /// ones they carry forward).
  public let versions: ReleaseVersions
  /// The DCC's costs by modification and phase.
  public let breakdown: CostBreakdown
  /// The SECAS costs, in phase order.
  public let secas: [SECASCost]
  /// The SECAS costs added.
  public let secasTotal: CostSummary
  /// DCC and SECAS together.
  public let total: CostSummary
  /// The footnotes the table and sentences refer to (see ``ReportFootnote/number``).
  public let footnotes: [ReportFootnote]
  /// The other notes, in the order of their lines (not part of the RID's text).
  public let remarks: [ReportRemark]
  /// Lines of actual spend in the release, left out of the section.
  public let actualLinesLeftOut: Int
  /// The modifications of the release with no DCC implementation costs: those whose every DCC
  /// line is N/A, and those the scope register lists in the release with no DCC line (when the
  /// report is given the register); in ``ModificationOrder``.
  public internal(set) var modificationsWithoutDCCCosts: [String]

  /// The section's heading.
  public static let heading = "Costs"
  /// The RID's first sentence.
  public static let introduction =
    "This section summarises the costs that will be incurred by the DCC and the Smart Energy Code"
    + " Administrator and Secretariat (SECAS) in implementing this release."
  /// The heading of the DCC part.
  public static let dccHeading = "DCC costs"
  /// A label for the DCC total sentence where it stands alone (a spreadsheet row).
  public static let dccTotalSentenceLabel = "DCC costs"
  /// The sentence that introduces the breakdown table.
  public static let breakdownIntroduction =
    "The DCC has provided the following cost breakdown for each DCC System impacting modification"
    + " in this release via the individual DCC Assessments:"
  /// The table's title.
  public static let breakdownTitle = "Breakdown of DCC implementation costs"
  /// The RID's sentence under a table with estimates.
  public static let italicsSentence =
    "Costs in italics are estimated costs provided in the Preliminary Assessments. Firm costs will"
    + " be provided in the Impact Assessments."
  /// seccost's sentence on how the totals row adds up.
  public static let totalsSentence =
    "Totals add ranges low to low and high to high; TBC costs are counted, not added as £0."
  /// The heading of the SECAS part.
  public static let secasHeading = "SECAS costs"
  /// The RID's closing sentence on SECAS costs.
  public static let secasBudgetSentence =
    "This cost has already been accounted for in the SECAS budget, and so Parties will not incur"
    + " any additional costs."

  /// The DCC total.
  public var dccTotal: CostSummary { breakdown.total }

  /// The RID's sentence on the DCC total:
  ///
  /// - with TBC costs: "The total DCC implementation costs of this release have not yet been
  ///   determined.", then what the figures provided so far add up to;
  /// - otherwise "The total DCC implementation costs of this release are [estimated to be] £X due
  ///   to the implementation of MP122." ("estimated to be" when any figure is an estimate).
  public var dccTotalSentence: String {
    let total = breakdown.total
    let priced = total.lines - total.tbc - total.notApplicable
    if total.lines == 0 && total.missing == 0 && breakdown.standaloneTotal == nil {
      return "No DCC implementation costs are recorded for this release."
    }
    if total.tbc > 0 || total.missing > 0 {
      var text = "The total DCC implementation costs of this release have not yet been determined."
      var open: [String] = []
      if total.tbc > 0 {
        open.append(
          (total.tbc == 1 ? "1 cost is" : "\(total.tbc) costs are")
            + " still to be confirmed (TBC)")
      }
      if total.missing > 0 {
        open.append(
          (total.missing == 1 ? "1 cost is" : "\(total.missing) costs are") + " not provided")
      }
      let rest = Self.list(open)
      if priced > 0 {
        text +=
          " The costs provided so far add up to \(total.priced.ridNotation); \(rest), not included."
      } else {
        text += " \(rest.prefix(1).uppercased() + rest.dropFirst())."
      }
      return text
    }
    if priced == 0 {
      return "This release is not expected to incur any DCC implementation costs."
    }
    let estimated = breakdown.hasEstimates
    var text =
      "The total DCC implementation costs of this release are "
      + (estimated ? "estimated to be " : "") + total.priced.ridNotation
    let modifications = breakdown.pricedModifications
    if !modifications.isEmpty {
      text += " due to the implementation of " + Self.list(modifications)
    }
    return text + "."
  }

  /// What the section counted, when its lines come from more than one version: `November 2022:
  /// v0.5 (1 line) over v0.4 (30 lines carried forward)`; `nil` for one version.
  public var versionsNote: String? {
    guard versions.versions.filter({ $0.lines > 0 }).count > 1 else { return nil }
    return "\(release): \(versions.summary)"
  }

  /// The RID's paragraph on the DCC's combined Preliminary Assessment, when the release has one:
  /// which phases it covers and the standalone figures it replaces in the totals.
  public var combinedSentence: String? {
    guard let standalone = breakdown.standaloneTotal else { return nil }
    let phases = breakdown.combinedPhases.map(\.label)
    return
      "The DCC has produced a combined Preliminary Assessment, which provides a combined estimated"
      + " cost for \(phases.isEmpty ? "the release" : Self.list(phases)) when the modifications"
      + " are delivered as a single package. The totals use the combined costs in place of the"
      + " standalone costs of each modification (\(standalone.ridNotation) in these stages)."
  }

  /// The SECAS paragraph: a sentence per SECAS cost, then the RID's sentence on the SECAS budget
  /// when any cost has a figure. Footnote markers follow the sentence they belong to.
  public var secasSentences: [(text: String, footnote: Int?)] {
    guard !secas.isEmpty else {
      return [("No SECAS costs are recorded for this release.", nil)]
    }
    var sentences = secas.map { ($0.sentence, $0.footnote) }
    if secas.contains(where: { $0.figure.range != nil }) {
      sentences.append((Self.secasBudgetSentence, nil))
    }
    return sentences
  }

  /// `A`, `A and B`, `A, B and C`.
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
  }
}
