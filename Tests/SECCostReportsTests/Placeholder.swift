import Testing

@testable import SECCostReports

@Test func formatExtensions() {
  #expect(ReportFormat.markdown.fileExtension == "md")
}
