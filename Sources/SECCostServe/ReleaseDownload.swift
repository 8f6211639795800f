import SECCost
import SECCostCSV
import SECCostOOXML
import SECCostReports

/// A release's downloads, `/release/NAME/download.EXT`, made in memory by the code the commands
/// use: the ledger CSV and the wide CSV as `seccost export` writes them (the wide layout with
/// its byte order mark, as `export --layout wide` does by default), the editable workbook as
/// `export -o FILE.xlsx`, and the RID cost section as `report --format docx|markdown`.
enum ReleaseDownload: String, CaseIterable {
  case ledgerCSV = "download.csv"
  case wideCSV = "download.wide.csv"
  case workbook = "download.xlsx"
  case document = "download.docx"
  case markdown = "download.md"

  /// The media type.
  var contentType: String {
    switch self {
    case .ledgerCSV, .wideCSV: "text/csv; charset=utf-8"
    case .workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    case .document: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    case .markdown: "text/markdown; charset=utf-8"
    }
  }

  /// The file name offered: the release's name with the extension (`November 2022.wide.csv`).
  func fileName(release: String) -> String {
    release + "." + rawValue.dropFirst("download.".count)
  }

  /// The bytes of the download of the release whose lines are `lines`.
  func bytes(release: String, lines: [LedgerLine]) throws -> [UInt8] {
    let ledger = Ledger(lines: lines)
    switch self {
    case .ledgerCSV: return ledger.canonicalCSV()
    case .wideCSV: return TextEncoding.utf8ByteOrderMark + (try ledger.wideCSV())
    case .workbook: return try LedgerWorkbook.bytes(ledger)
    case .document:
      return try DOCXReport.render(CostReport(name: release, lines: lines), style: .panel)
    case .markdown:
      return Array(
        MarkdownReport.render(try CostReport(name: release, lines: lines), style: .panel).utf8)
    }
  }
}
