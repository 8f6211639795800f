import SECCost

/// The workbench's pages, one function each: placeholders that the pages' renderers (in
/// SECCostReports) replace. Each gets what it shows, already read; none reads a file.
package enum WorkbenchPages {
  /// `/`: every release with its total.
  package static func releases(_ snapshot: LedgerSnapshot, csrfToken: String) -> String {
    let items = snapshot.releases.map { name in
      "<li><a href=\"/release/\(pathComponent(name))\">\(XMLText.escaped(name))</a></li>"
    }
    return page("Releases", "<ul>\(items.joined())</ul>")
  }

  /// `/release/NAME`: one release, its tables and its downloads.
  package static func release(_ name: String, _ snapshot: LedgerSnapshot, csrfToken: String)
    -> String
  {
    let base = "/release/\(pathComponent(name))/download."
    let downloads = ["csv", "wide.csv", "xlsx", "docx", "md"].map {
      "<li><a href=\"\(base)\($0)\">\($0)</a></li>"
    }
    return page(name, "<ul>\(downloads.joined())</ul>")
  }

  /// `/modification/ID`: one modification's figures across releases and versions.
  package static func modification(_ id: String, _ snapshot: LedgerSnapshot) -> String {
    let rows = snapshot.lines.indices.filter { snapshot.lines[$0].modification == id }.map {
      index in
      let line = snapshot.lines[index]
      return "<li>\(XMLText.escaped(line.release)) \(XMLText.escaped(line.version)) "
        + "\(line.phase.id): \(XMLText.escaped(line.figure.ridNotation)) "
        + "(\(XMLText.escaped(snapshot.origins[index].description)))</li>"
    }
    return page(id, "<ul>\(rows.joined())</ul>")
  }

  /// `/variance?from=&to=`: what `seccost variance` reports between two versions or files.
  package static func variance(from: String?, to: String?, _ snapshot: LedgerSnapshot) -> String {
    page(
      "Variance",
      "<p>\(XMLText.escaped(from ?? "")) → \(XMLText.escaped(to ?? ""))</p>")
  }

  /// `/problems`: every problem and warning, as `validate` lists them.
  package static func problems(_ snapshot: LedgerSnapshot) -> String {
    let items = (snapshot.errors + snapshot.warnings).map {
      "<li>\(XMLText.escaped($0.description))</li>"
    }
    return page("Problems", items.isEmpty ? "<p>No problems.</p>" : "<ul>\(items.joined())</ul>")
  }

  /// A message page: an edit refused, a release not found.
  package static func message(_ title: String, _ lines: [String]) -> String {
    page(title, lines.map { "<p>\(XMLText.escaped($0))</p>" }.joined())
  }

  /// `text` as one percent-encoded path component.
  package static func pathComponent(_ text: String) -> String {
    var allowed = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        allowed.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let digits = Array("0123456789ABCDEF")
        allowed += "%\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xf)])"
      }
    }
    return allowed
  }

  private static func page(_ title: String, _ body: String) -> String {
    """
    <!doctype html>
    <html lang="en"><head><meta charset="utf-8">\
    <meta name="viewport" content="width=device-width, initial-scale=1">\
    <title>\(XMLText.escaped(title)) — seccost</title></head>
    <body><main><h1>\(XMLText.escaped(title))</h1>\(body)</main></body></html>

    """
  }
}
