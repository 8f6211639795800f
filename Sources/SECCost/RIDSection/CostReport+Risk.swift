extension CostReport {
  /// The risk of each section's total, in the order of ``sections``, for the report's risk
  /// charts: a run of ``RiskModel`` over the release's lines (actual spend left out, as in the
  /// cost section), grouped by phase, with `options` (by default `seccost risk`'s: 100,000 PERT
  /// simulations, seed 1, independent ranges, TBC figures left out and counted).
  ///
  /// - Throws: ``RiskError`` if the options are out of range or a simulated amount leaves the
  ///   representable range.
  public func sectionRisks(_ options: RiskOptions = RiskOptions()) throws(RiskError)
    -> [RiskReport]
  {
    // Grouped once: a filter per section would be quadratic in a ledger of many releases.
    var linesByRelease: [String: [LedgerLine]] = [:]
    for line in lines where line.figure.basis != .actual {
      linesByRelease[line.release, default: []].append(line)
    }
    var risks: [RiskReport] = []
    risks.reserveCapacity(sections.count)
    for section in sections {
      var model = RiskModel(by: .phase, release: section.release)
      for line in linesByRelease[section.release] ?? [] { model.add(line) }
      risks.append(try model.simulate(options))
    }
    return risks
  }
}
