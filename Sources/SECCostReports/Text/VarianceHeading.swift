import SECCost

/// What a variance report's heading says besides the figures.
package struct VarianceHeading {
  /// Where the baseline figures come from.
  let baseline: VarianceSide
  /// Where the current figures come from.
  let current: VarianceSide
  /// Lines of actual spend in the ledgers, which a comparison of versions leaves out.
  let ignoredSpendLines: Int

  /// The heading of a comparison of `baseline` with `current`, noting `ignoredSpendLines`.
  package init(baseline: VarianceSide, current: VarianceSide, ignoredSpendLines: Int) {
    self.baseline = baseline
    self.current = current
    self.ignoredSpendLines = ignoredSpendLines
  }
}
