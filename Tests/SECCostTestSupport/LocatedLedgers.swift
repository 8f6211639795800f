import Foundation
import SECCost
import SECCostCSV

/// Ledgers read as the workbench server reads them: every line with its `FILE:LINE`.
package enum LocatedLedgers {
  /// The seed ledgers, relative to the package root.
  package static let seedPaths = [
    "Ledgers/2021-02-sec-release.csv", "Ledgers/2022-11-sec-release.csv",
  ]

  /// Every valid line of `paths` (relative to the package root) with where it was read, the
  /// file named as given.
  package static func lines(_ paths: [String] = seedPaths) -> [LocatedLine] {
    let reader = LedgerReader()
    var lines: [LocatedLine] = []
    for path in paths {
      reader.read(packageRoot.appendingPathComponent(path).path) { line, number in
        lines.append(LocatedLine(line, origin: LineOrigin(file: path, line: number)))
      }
    }
    return lines
  }
}
