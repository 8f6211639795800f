import Foundation
import SECCost
import SECCostCSV

/// The transcribed ledgers of the seeds, and reports of them.
package enum SeedLedgers {
  /// The package's root directory.
  package static let root = packageRoot

  /// The lines of a ledger under the package root.
  package static func lines(_ path: String) throws -> [LedgerLine] {
    try Ledger.load([root.appendingPathComponent(path).path]).lines
  }

  /// The November 2022 RID v0.4 ledger.
  package static var november2022: [LedgerLine] {
    get throws { try lines("Ledgers/2022-11-sec-release.csv") }
  }

  /// The February 2021 RID v0.1 ledger.
  package static var february2021: [LedgerLine] {
    get throws { try lines("Ledgers/2021-02-sec-release.csv") }
  }

  /// The illustrative November 2022 v0.1 baseline.
  package static var illustrativeBaseline: [LedgerLine] {
    get throws { try lines("Ledgers/examples/2022-11-sec-release-v0.1-illustrative.csv") }
  }

  /// The report of the November 2022 ledger, optionally against the illustrative baseline.
  package static func novemberReport(withBaseline: Bool = false) throws -> CostReport {
    try CostReport(
      name: "2022-11-sec-release.csv", lines: november2022,
      baseline: withBaseline
        ? (name: "2022-11-sec-release-v0.1-illustrative.csv", lines: try illustrativeBaseline)
        : nil)
  }
}
