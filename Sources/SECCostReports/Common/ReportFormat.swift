/// The kinds of report `seccost report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// The RID's "Costs" section as Markdown.
  case markdown
  /// One self-contained HTML page with tables and SVG charts.
  case html
  /// An Excel workbook (Office Open XML).
  case xlsx
  /// A Word document (Office Open XML): the RID's cost section with real footnotes.
  case docx

  /// The file name extension of the format.
  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .html: "html"
    case .xlsx: "xlsx"
    case .docx: "docx"
    }
  }
}
