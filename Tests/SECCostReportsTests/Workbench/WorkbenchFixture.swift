import Foundation
import SECCost
import SECCostCSV
import SECCostTestSupport
@testable import SECCostReports

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Ledgers with their lines' origins, as the server reads them, and a check that a page is
/// well-formed XML.
enum WorkbenchFixture {
  /// The seed ledgers, relative to the package root.
  static let seedPaths = LocatedLedgers.seedPaths

  /// Every line of `paths` with its `FILE:LINE`, the file as given.
  static func located(_ paths: [String] = seedPaths) -> [LocatedLine] {
    LocatedLedgers.lines(paths)
  }

  /// A context naming `paths` with made-up hashes.
  static func context(
    _ paths: [String] = seedPaths, allowEdit: Bool = false, csrf: String = "token-123"
  ) -> WorkbenchContext {
    WorkbenchContext(
      files: paths.enumerated().map {
        .init(path: $0.element, sha256: String(repeating: "\($0.offset + 1)", count: 64))
      },
      allowEdit: allowEdit, csrf: csrf)
  }

  /// The parse error of `page` read as XML, or `nil` when it is well-formed. The report's
  /// `&nbsp;` (an HTML entity XML does not define) is read as `&#160;`.
  static func xmlError(_ page: String) -> String? {
    let xml = page.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
      .replacingOccurrences(of: "&nbsp;", with: "&#160;")
    let parser = XMLParser(data: Data(xml.utf8))
    if parser.parse() { return nil }
    return
      "\(parser.parserError.map { String(describing: $0) } ?? "?") at line \(parser.lineNumber)"
  }

  /// How often `needle` occurs in `text`.
  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }
}
