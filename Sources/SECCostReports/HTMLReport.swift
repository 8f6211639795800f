import SECCost

/// One self-contained HTML page: the RID cost section's tables and SVG charts.
public enum HTMLReport {
  /// The page as text.
  public static func render(_ report: CostReport) -> String {
    "<!DOCTYPE html>\n"
  }
}
