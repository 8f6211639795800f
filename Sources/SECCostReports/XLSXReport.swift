import SECCost

/// The report as an Excel workbook.
public enum XLSXReport {
  /// The workbook's bytes.
  public static func render(_ report: CostReport) throws -> [UInt8] {
    []
  }
}
