import SECCost

extension CostTotals {
  /// Performance only: totals to be counted from the ledger files `paths`, as
  /// ``CostTotals/init(by:release:onlyVersion:expectedLines:keepingLines:)`` counts them. When
  /// every file is a regular file (``Ledger/areRegularFiles(_:)``) the lines are not kept: the
  /// files can be read a second time for the releases that need it
  /// (``CostTotals/releasesToReadAgain``). Otherwise (a pipe) the lines are kept, with room made
  /// at once for as many as the files' sizes suggest. The totals are the same either way.
  package init(
    files paths: [String], by dimension: TotalsDimension, release: String?, onlyVersion: String?
  ) {
    let rereadable = Ledger.areRegularFiles(paths)
    self.init(
      by: dimension, release: release, onlyVersion: onlyVersion,
      expectedLines: rereadable ? 0 : Ledger.expectedLineCount(inFiles: paths),
      keepingLines: !rereadable)
  }
}
