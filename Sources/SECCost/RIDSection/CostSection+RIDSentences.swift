extension CostSection {
  /// The RID's sentence when no operational cost impact is recorded (seccost records
  /// implementation costs only), worded as the RIDs print it.
  public static let operationalCostsSentence =
    "No impact on operational costs have been identified."

  /// The RID's sentence when the release's other modifications incur no DCC costs.
  public static let otherModificationsSentence =
    "None of the other modifications targeted for this release are expected to incur any DCC"
    + " implementation costs."

  /// The RID's paragraph while Preliminary Assessment estimates stand and the DCC has not yet
  /// produced a combined Preliminary Assessment (November 2022 RID v0.4, section 5).
  public static let pendingCombinedAssessmentParagraph =
    "The DCC will provide standalone costs for SIT, UIT and Implement to Live for each"
    + " modification for inclusion in their Modification Reports as part of the Impact"
    + " Assessment. Once the scope of the release is confirmed and the Preliminary Assessments for"
    + " all candidate modifications are complete, the DCC will produce a combined Preliminary"
    + " Assessment. This will provide a combined estimated cost for each of these stages when the"
    + " modifications are delivered as a single package. Where possible, these combined costs"
    + " will also be provided in the respective Modification Reports."

  /// The sentences of the "DCC costs" paragraph in `style`:
  ///
  /// - `panel`: ``dccTotalSentence`` (with what the figures so far add up to while costs are
  ///   open);
  /// - `rid`: the RID's own: "The total DCC implementation costs of this release have not yet
  ///   been determined." while any cost is TBC or not provided, else ``dccTotalSentence`` ("…
  ///   are estimated to be £340,000 due to the implementation of MP122."), followed by
  ///   ``otherModificationsSentence`` when some modifications carry the figure and others of
  ///   the release have none (``modificationsWithoutDCCCosts``).
  public func dccTotalSentences(_ style: ReportStyle) -> String {
    guard style == .rid else { return dccTotalSentence }
    let total = breakdown.total
    if total.tbc > 0 || total.missing > 0 {
      return "The total DCC implementation costs of this release have not yet been determined."
    }
    var text = dccTotalSentence
    let priced = Set(breakdown.pricedModifications)
    if !priced.isEmpty && modificationsWithoutDCCCosts.contains(where: { !priced.contains($0) }) {
      text += " " + Self.otherModificationsSentence
    }
    return text
  }

  /// The RID's paragraph on the combined Preliminary Assessment to come
  /// (``pendingCombinedAssessmentParagraph``) when the table has a modification with an estimate
  /// whose SIT, UIT or Implement to live cost is TBC, and no combined figure yet; `nil`
  /// otherwise.
  public var pendingCombinedAssessment: String? {
    guard breakdown.standaloneTotal == nil else { return nil }
    let stages: [Phase] = [.sit, .uit, .implementToLive]
    let pending = breakdown.rows.contains { row in
      row.cells.values.contains(where: \.isEstimate)
        && stages.contains { row.cells[$0]?.figure == .tbc }
    }
    return pending ? Self.pendingCombinedAssessmentParagraph : nil
  }

  /// The paragraphs under the breakdown table, in the RID's order, for `style`: the operational
  /// costs sentence (`rid`), the italics sentence when any cost is an estimate, how totals add
  /// (`panel`), then the combined Preliminary Assessment paragraph (done or to come).
  public func paragraphsUnderTable(_ style: ReportStyle) -> [String] {
    var paragraphs: [String] = []
    if style == .rid { paragraphs.append(Self.operationalCostsSentence) }
    var legend: [String] = []
    if breakdown.hasEstimates { legend.append(Self.italicsSentence) }
    if style.showsTotals { legend.append(Self.totalsSentence) }
    if !legend.isEmpty { paragraphs.append(legend.joined(separator: " ")) }
    if let combinedSentence {
      paragraphs.append(combinedSentence)
    } else if style == .rid, let pendingCombinedAssessment {
      paragraphs.append(pendingCombinedAssessment)
    }
    return paragraphs
  }

  /// The paragraphs after the DCC total when the RID prints no table (one figure for the
  /// release): the operational costs sentence in `rid` style, the combined Preliminary
  /// Assessment paragraph when there is one.
  public func paragraphsWithoutTable(_ style: ReportStyle) -> [String] {
    var paragraphs: [String] = []
    if style == .rid { paragraphs.append(Self.operationalCostsSentence) }
    if let combinedSentence { paragraphs.append(combinedSentence) }
    return paragraphs
  }
}
