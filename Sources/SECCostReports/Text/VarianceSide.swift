import SECCost

/// One side of a variance report as the heading names it: where its figures come from and the
/// version of each release counted.
package struct VarianceSide {
  /// The file, or `version 0.4`.
  let label: String
  /// The releases and the version of each that was counted.
  let releases: [TotalsReport.CountedRelease]

  /// The side named `label`, counting `releases`.
  package init(label: String, releases: [TotalsReport.CountedRelease]) {
    self.label = label
    self.releases = releases
  }

  /// `Ledgers/x.csv (November 2022 v0.4)`, the file name escaped as every message escapes it
  /// (``MessageText/escaped(_:)``), so that a hostile name cannot drive the terminal.
  var description: String {
    let label = MessageText.escaped(label)
    let counted = releases.map { release in
      release.version.map { "\(release.release) v\($0)" } ?? release.release
    }
    return counted.isEmpty
      ? "\(label) (no figures)" : "\(label) (\(counted.joined(separator: ", ")))"
  }
}
