import SECCost
import SECCostReports

/// The HTML page of a report as `seccost report` writes it: the risk of each section simulated
/// first, with `seccost risk`'s defaults, then handed to the renderer.
enum HTMLPage {
  /// The page of `report`.
  static func of(_ report: CostReport) throws -> String {
    HTMLReport.render(report, risks: try report.sectionRisks())
  }
}
