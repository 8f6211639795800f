import SECCost

/// The pieces every workbench page is built of: escaping (the project's ``XMLText``), figures
/// with their basis, `FILE:LINE` links, paths for releases and modifications, and tables.
enum WorkbenchHTML {
  /// `text` escaped for HTML text and attribute values.
  static func e(_ text: String) -> String { XMLText.escaped(text) }

  /// A line's figure as a RID writes it, an estimate in italics (with "(estimate)" for screen
  /// readers): `TBC` and `N/A` as words, never £0.
  static func figure(_ figure: CostFigure) -> String {
    let text = e(figure.ridNotation)
    return figure.basis == .estimate
      ? "<em>\(text)</em><span class=\"sr\"> (estimate)</span>" : text
  }

  /// The basis for people: `firm`, `estimate`, `actual`, `TBC`, `N/A`.
  static func basis(_ basis: Basis) -> String {
    switch basis {
    case .firm: "firm"
    case .estimate: "estimate"
    case .actual: "actual"
    case .tbc: "TBC"
    case .notApplicable: "N/A"
    }
  }

  /// A total as `totals` prints it (`£1,573,801 + 2 TBC + 1 not provided`).
  static func summary(_ summary: CostSummary) -> String { e(summary.ridNotation) }

  /// `FILE:LINE` linking to the line's row on its release's page.
  static func source(_ origin: LineOrigin, release: String) -> String {
    "<a href=\"\(releasePath(release))#\(anchor(origin))\"><code>\(e(origin.description))</code></a>"
  }

  /// The id of a line's row on its release page: `line-` the file's FNV-1a hash, `-` the line.
  static func anchor(_ origin: LineOrigin) -> String {
    var hash: UInt32 = 2_166_136_261
    for byte in origin.file.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 16_777_619
    }
    let hex = String(hash, radix: 16)
    return "line-" + String(repeating: "0", count: 8 - hex.count) + hex + "-\(origin.line)"
  }

  /// `/release/November%202022`.
  static func releasePath(_ release: String) -> String { "/release/" + percentEncoded(release) }

  /// `/modification/MP078`.
  static func modificationPath(_ modification: String) -> String {
    "/modification/" + percentEncoded(modification)
  }

  /// `text` as one URL path segment or query value: every byte but the unreserved ones
  /// (RFC 3986: letters, digits, `-._~`) as `%XX`.
  static func percentEncoded(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (byte < 16 ? "0" : "") + hex
      }
    }
    return result
  }

  /// A table of `table`'s cells (the cells a command prints), in a box that scrolls on a
  /// narrow screen: the first column as row headers, rows after the last rule as totals.
  static func table(_ table: TextTable, caption: String, testID: String) -> String {
    var html =
      "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(e(caption))\">"
      + "<table data-testid=\"\(e(testID))\">\n<caption>\(e(caption))</caption>\n<thead><tr>"
    for (header, alignment) in zip(table.headers, table.alignments) {
      html += "<th scope=\"col\"\(alignment == .right ? " class=\"num\"" : "")>\(e(header))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    let lastRule = table.rulesAfter.max() ?? table.rows.count
    for (index, row) in table.rows.enumerated() {
      let isTotal = index > lastRule
      html +=
        "<tr\(isTotal ? " class=\"total\"" : "") data-key=\"\(e(row.first ?? ""))\">"
      for (column, cell) in row.enumerated() {
        if column == 0 {
          html += "<th scope=\"row\">\(e(cell))</th>"
        } else {
          let numeric = table.alignments[column] == .right
          html += "<td\(numeric ? " class=\"num\"" : "")>\(e(cell))</td>"
        }
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table></div>\n"
  }

  /// A paragraph per line of `text`.
  static func paragraphs(_ text: String?) -> String {
    guard let text else { return "" }
    return text.split(separator: "\n").map { "<p>\(e(String($0)))</p>\n" }.joined()
  }
}
